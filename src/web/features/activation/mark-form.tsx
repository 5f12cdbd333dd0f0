/**
 * Marking one activated commitment honoured: when (the reader's clock) and the evidence, which
 * is required. It opens in place (a disclosure), so the board stays a table.
 */
import { useId, useState } from 'react';
import { isApiError } from '../../api/client';
import { TextArea, TextInput } from '../../components/field';
import { type ActivationItemView, markItem } from './api';
import { nowLocalInput } from './time';

export function MarkForm({ item, onMarked }: { item: ActivationItemView; onMarked: () => void }) {
  const id = useId().replace(/:/g, '');
  const [at, setAt] = useState(() => nowLocalInput());
  const [evidence, setEvidence] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const local: Record<string, string> = {};
    if (!evidence.trim()) local.evidence = 'Give the evidence that it was honoured';
    const when = new Date(at);
    if (Number.isNaN(when.getTime())) local.at = 'Give the date and time it was honoured';
    setErrors(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      await markItem(item.id, { outcome: 'honoured', at: when.toISOString(), evidence: evidence.trim() });
      onMarked();
    } catch (e) {
      const out: Record<string, string> = {};
      if (isApiError(e)) for (const i of e.errors) out[i.path.replace(/^body\./, '')] = i.message;
      if (!Object.keys(out).length) out.form = (e as Error).message;
      setErrors(out);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="act-mark">
      <summary>Mark honoured</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        aria-label={`Mark ${item.commitmentRef} honoured`}
      >
        {errors.form ? (
          <p className="error-message" role="alert">
            {errors.form}
          </p>
        ) : null}
        <TextInput
          id={`${id}-at`}
          type="datetime-local"
          label="When"
          hint="Your own time"
          value={at}
          error={errors.at}
          onChange={(e) => setAt(e.target.value)}
        />
        <TextArea
          id={`${id}-evidence`}
          label="Evidence"
          hint="What shows it was honoured: a statement, a record, a link"
          rows={3}
          value={evidence}
          error={errors.evidence}
          onChange={(e) => setEvidence(e.target.value)}
        />
        <button type="submit" className="button button--small" disabled={busy}>
          {busy ? 'Saving…' : 'Mark honoured'}
        </button>
      </form>
    </details>
  );
}
