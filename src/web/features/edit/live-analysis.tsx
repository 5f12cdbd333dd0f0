/**
 * Beside the original text in the commitment form: its concreteness as the drafter types (the
 * verdict, what is missing, the hedges, the text marked up) and the terms found in it, which
 * the drafter can copy into the structured fields — empty ones only, unless they tick
 * "replace" — and take back with Undo.
 */
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { languageName } from '../../components/format';
import { ConcretenessTag } from '../../components/tags';
import { AnalysisNotes, HedgeList, MissingList } from '../concreteness/analysis-summary';
import { HighlightedText, HighlightLegend, kindsIn } from '../concreteness/highlighted-text';
import type { FormValues } from './form-values';
import {
  type Applied,
  applyProposals,
  proposalsFor,
  type TermKey,
  type TermProposal,
  undoApplied,
} from './prefill';
import { useLiveAnalysis } from './use-live-analysis';

export function LiveAnalysis({
  values,
  onChange,
}: {
  values: FormValues;
  onChange: (next: FormValues) => void;
}) {
  const live = useLiveAnalysis(values.text);
  const a = live.analysis;
  const [replace, setReplace] = useState<ReadonlySet<TermKey>>(new Set());
  const [undo, setUndo] = useState<Applied | null>(null);
  const [message, setMessage] = useState('');
  const proposals = a ? proposalsFor(a, values) : [];
  const chosen = proposals.filter(
    (t) => t.state === 'empty' || (t.state === 'different' && replace.has(t.key)),
  );
  const waiting = live.pending || live.text !== values.text;

  function use() {
    if (waiting) {
      setMessage('The analysis is catching up with your typing: try again in a moment.');
      return;
    }
    if (chosen.length === 0) {
      setMessage(
        proposals.some((t) => t.state === 'different')
          ? 'Nothing filled: tick “Replace” beside a term to overwrite what the form holds.'
          : 'Nothing to fill: the form already holds these terms.',
      );
      return;
    }
    const { next, ...applied } = applyProposals(values, chosen);
    const { labels } = applied;
    onChange(next);
    setUndo(applied);
    setReplace(new Set());
    setMessage(`Filled from the text: ${labels.join(', ')}. Check them in Terms below.`);
  }

  function takeBack() {
    if (!undo) return;
    const { next, kept } = undoApplied(values, undo);
    onChange(next);
    setMessage(
      `Put back what the form held before: ${undo.labels.join(', ')}.${
        kept.length ? ` Your later changes to ${kept.join(', ')} are kept.` : ''
      }`,
    );
    setUndo(null);
  }

  const mismatch =
    a && a.languageSupport === 'full' && a.lang !== values.lang && live.text.trim().length >= 20
      ? a.lang
      : null;

  return (
    <section className="live-analysis" id="live-analysis" aria-labelledby="live-analysis-title">
      <h3 className="live-analysis__title" id="live-analysis-title">
        Concreteness, as you type
      </h3>
      {!values.text.trim() ? (
        <p className="muted">Type the original text to see whether it is concrete or vague, and why.</p>
      ) : null}
      {live.error ? (
        <p className="error-message">
          The text could not be analysed{isApiError(live.error) ? `: ${live.error.message}` : ''}. Your typing
          is not affected.
        </p>
      ) : null}
      {values.text.trim() ? (
        <p className="live-analysis__verdict" role="status" aria-atomic="true">
          {a ? (
            <>
              <ConcretenessTag concreteness={a} withScore={false} />{' '}
              <span className="verdict__score">
                score {a.score}
                <span className="verdict__outof"> / 100</span>
              </span>
            </>
          ) : null}
          {waiting ? <span className="muted live-analysis__pending"> Analysing…</span> : null}
        </p>
      ) : null}
      {a ? (
        <div className="live-analysis__body" aria-busy={waiting || undefined}>
          {a.missing.length === 0 ? (
            <p>It names who is bound, binds them, and gives a quantity or a time that can be checked.</p>
          ) : null}
          <MissingList analysis={a} />
          <HedgeList analysis={a} />
          <AnalysisNotes analysis={a} />
          {mismatch ? (
            <div className="live-analysis__lang">
              <p>
                The text reads as {languageName(mismatch)}, but the Language field says{' '}
                {languageName(values.lang)}. Once saved, the text is analysed in the language the record
                gives.
              </p>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange({ ...values, lang: mismatch })}
              >
                Set the language to {languageName(mismatch)}
              </button>
            </div>
          ) : null}
          <h4 className="live-analysis__subtitle">What was found</h4>
          <HighlightLegend kinds={kindsIn(a)} />
          <HighlightedText
            text={live.text}
            analysis={a}
            lang={a.lang}
            className="quote quote--analysed quote--live"
          />
          <Proposals
            proposals={proposals}
            replace={replace}
            onReplace={(k, on) => {
              const s = new Set(replace);
              if (on) s.add(k);
              else s.delete(k);
              setReplace(s);
            }}
          />
          {proposals.length > 0 ? (
            <div className="button-group live-analysis__actions">
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={chosen.length === 0 || undefined}
                onClick={use}
              >
                Use these terms
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="live-analysis__message" role="status">
        {message ? <p>{message}</p> : null}
        {undo ? (
          <button type="button" className="button button--secondary button--small" onClick={takeBack}>
            Undo
          </button>
        ) : null}
      </div>
    </section>
  );
}

const STATE_WORDS: Record<TermProposal['state'], string> = {
  empty: 'fills an empty field',
  same: 'already in the form',
  different: '',
};

function Proposals({
  proposals,
  replace,
  onReplace,
}: {
  proposals: TermProposal[];
  replace: ReadonlySet<TermKey>;
  onReplace: (key: TermKey, on: boolean) => void;
}) {
  if (proposals.length === 0) {
    return <p className="muted">No term in the text could fill the structured fields.</p>;
  }
  return (
    <>
      <h4 className="live-analysis__subtitle">Terms found in the text</h4>
      <ul className="proposals">
        {proposals.map((t) => (
          <li key={t.key} className={`proposals__item proposals__item--${t.state}`}>
            <span className="proposals__label">{t.label}:</span> <strong>{t.display}</strong>{' '}
            {t.state === 'different' ? (
              <div className="checkbox checkbox--small proposals__replace">
                <input
                  className="checkbox__input"
                  type="checkbox"
                  id={`prefill-replace-${t.key}`}
                  checked={replace.has(t.key)}
                  onChange={(e) => onReplace(t.key, e.target.checked)}
                />
                <label className="checkbox__label" htmlFor={`prefill-replace-${t.key}`}>
                  Replace what the form holds ({t.current})
                </label>
              </div>
            ) : (
              <span className="muted">– {STATE_WORDS[t.state]}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
