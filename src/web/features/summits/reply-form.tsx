/** A delegation's reply to its invitation (GOV.UK form pattern: error summary, labels above fields). */
import { type FormEvent, useState } from 'react';
import type { AttendanceLevel, AttendanceMode } from '../../../contracts/summit';
import { isApiError } from '../../api/client';
import { ErrorSummary } from '../../components/error-summary';
import { Select, TextArea } from '../../components/field';
import { sendReply } from './api';
import { ATTENDANCE_LEVEL_VALUES, ATTENDANCE_MODE_VALUES, LEVEL_LABELS, MODE_LABELS } from './labels';

export function ReplyForm({
  summit,
  parties,
  onDone,
}: {
  summit: string;
  parties: string[];
  onDone: () => void;
}) {
  const [party, setParty] = useState(parties[0] ?? '');
  const [attending, setAttending] = useState('yes');
  const [level, setLevel] = useState<string>('');
  const [mode, setMode] = useState<string>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [tries, setTries] = useState(0);
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setSaved(false);
    try {
      const yes = attending === 'yes';
      await sendReply(summit, {
        party,
        attending: yes,
        ...(yes && level ? { level: level as AttendanceLevel } : {}),
        ...(yes && mode ? { mode: mode as AttendanceMode } : {}),
        ...(note ? { note } : {}),
      });
      setErrors({});
      setSaved(true);
      onDone();
    } catch (err) {
      const found: Record<string, string> = {};
      if (isApiError(err)) for (const i of err.errors) found[i.path.replace(/^body\./, '')] = i.message;
      if (!Object.keys(found).length)
        found.form = err instanceof Error ? err.message : 'the reply was not saved';
      setErrors(found);
      setTries((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const items = Object.entries(errors).map(([k, message]) => ({
    ...(k === 'form' ? {} : { fieldId: `reply-${k}` }),
    message: k === 'form' ? message : `${k}: ${message}`,
  }));
  return (
    <form onSubmit={submit} noValidate>
      {items.length ? <ErrorSummary items={items} focusKey={tries} /> : null}
      {saved ? (
        <p className="notice notice--success" role="status">
          Your reply was recorded.
        </p>
      ) : null}
      {parties.length > 1 ? (
        <Select
          id="reply-party"
          label="Reply for"
          value={party}
          onChange={(e) => setParty(e.target.value)}
          options={parties.map((p) => ({ value: p, label: p }))}
          error={errors.party}
        />
      ) : null}
      <Select
        id="reply-attending"
        label={`Will ${party} attend?`}
        value={attending}
        onChange={(e) => setAttending(e.target.value)}
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        error={errors.attending}
      />
      {attending === 'yes' ? (
        <>
          <Select
            id="reply-level"
            label="Level of the delegation"
            placeholder="Choose a level"
            value={level}
            onChange={(e) => setLevel(e.target.value)}
            options={ATTENDANCE_LEVEL_VALUES.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))}
            error={errors.level}
          />
          <Select
            id="reply-mode"
            label="In person or online"
            placeholder="Choose one"
            value={mode}
            onChange={(e) => setMode(e.target.value)}
            options={ATTENDANCE_MODE_VALUES.map((m) => ({ value: m, label: MODE_LABELS[m] }))}
            error={errors.mode}
          />
        </>
      ) : null}
      <TextArea
        id="reply-note"
        label="Note (optional)"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        rows={2}
      />
      <button type="submit" className="button" disabled={busy}>
        Send reply
      </button>
    </form>
  );
}
