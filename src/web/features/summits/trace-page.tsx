/** Paste a leaked excerpt: the most likely copy, the confidence, and the evidence of each layer. */
import './summits.css';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MemoTraceAnswer } from '../../../contracts/memo-copy';
import { isApiError } from '../../api/client';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea, TextInput } from '../../components/field';
import { fmtShare } from '../../components/format';
import { usePageTitle } from '../../components/page';
import { SummaryList } from '../../components/summary-list';
import { traceExcerpt } from './api';

const LAYER_LABELS: Record<string, string> = {
  words: 'Word choices',
  punctuation: 'Punctuation and spacing',
  'zero-width': 'Zero-width characters',
};

export default function TracePage() {
  usePageTitle('Trace a leaked memo');
  const [params, setParams] = useSearchParams();
  const [memoId, setMemoId] = useState(params.get('memo') ?? '');
  const [excerpt, setExcerpt] = useState('');
  const [result, setResult] = useState<MemoTraceAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      setResult(await traceExcerpt(excerpt, memoId || undefined));
      setError(null);
      if (memoId) setParams({ memo: memoId }, { replace: true });
    } catch (err) {
      setResult(null);
      setError(
        isApiError(err) && err.errors[0]
          ? `${err.errors[0].path}: ${err.errors[0].message}`
          : String((err as Error).message),
      );
      setTries((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <h1 className="heading-l">Trace a leaked memo</h1>
      <p className="lead">
        Paste the text as it was found, any part of a copy. Each layer of marks is read on its own, so an
        excerpt that lost its invisible characters or its spacing can still name its copy.
      </p>
      <form onSubmit={submit} noValidate>
        {error ? (
          <ErrorSummary items={[{ fieldId: 'trace-excerpt', message: error }]} focusKey={tries} />
        ) : null}
        <TextInput
          id="trace-memo"
          label="Memo id (optional)"
          hint="Leave empty to try every memo"
          value={memoId}
          onChange={(e) => setMemoId(e.target.value)}
        />
        <TextArea
          id="trace-excerpt"
          label="Leaked excerpt"
          rows={12}
          value={excerpt}
          onChange={(e) => setExcerpt(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy || !excerpt.trim()}>
          Trace
        </button>
      </form>
      {result ? (
        <section aria-labelledby="result-h" aria-live="polite">
          <h2 id="result-h" className="heading-m">
            {result.recipient
              ? `Most likely the copy of ${result.recipientName ?? result.recipient}`
              : 'No copy found'}
          </h2>
          <p>Confidence: {fmtShare(result.confidence)}</p>
          <span
            className="summit-confidence"
            role="img"
            aria-label={`confidence ${fmtShare(result.confidence)}`}
          >
            <span
              className="summit-confidence__bar"
              style={{ width: `${Math.round(result.confidence * 100)}%` }}
            />
          </span>
          <SummaryList
            rows={[
              ['Memo', result.memoTitle ?? '—'],
              ['Copy', result.copyId ?? '—'],
              ['From none of the copies', fmtShare(result.noCopy)],
              [
                'Runner-up',
                result.runnerUp
                  ? `${result.runnerUp.recipient}, ${fmtShare(result.runnerUp.confidence)}`
                  : '—',
              ],
            ]}
          />
          <h3 className="heading-s">Evidence, layer by layer</h3>
          <ul className="list">
            {result.evidence.map((e) => (
              <li key={e.layer}>
                <strong>{LAYER_LABELS[e.layer] ?? e.layer}</strong>:{' '}
                {e.present
                  ? `${e.marks} marks read (${e.bits} bits); ${e.agreement.copy.matched} of ${e.agreement.copy.of} agree with this copy${
                      e.agreement.runnerUp ? `, ${e.agreement.runnerUp.matched} with the runner-up` : ''
                    }; alone it points to ${e.best ? `${e.best.recipient} (${fmtShare(e.best.confidence)})` : 'no copy'}${
                      e.normalised.length ? `; looks normalised: ${e.normalised.join(', ')}` : ''
                    }`
                  : 'not present in the excerpt'}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
