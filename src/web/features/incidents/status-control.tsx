/**
 * Moving a report along the verification ladder (monitors and the secretariat): the moves the
 * server allows from its current status, as radio buttons, with a note saying why.
 */
import { type FormEvent, useRef, useState } from 'react';
import type { VerificationStatus } from '../../../contracts/incident';
import { isApiError } from '../../api/client';
import { ErrorSummary } from '../../components/error-summary';
import { changeStatus, type Incident } from './api';
import { VERIFICATION_HINTS, VERIFICATION_LABELS } from './labels';

export function StatusControl({
  incident,
  onChanged,
}: {
  incident: Incident;
  onChanged: (i: Incident) => void;
}) {
  const options = incident.permissions?.allowedStatuses ?? [];
  const [errors, setErrors] = useState<{ fieldId?: string; message: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  if (!incident.permissions?.canVerify) return null;
  if (options.length === 0)
    return (
      <p className="muted">
        This report is {VERIFICATION_LABELS[incident.status].toLowerCase()}: that is final.
      </p>
    );

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const status = String(data.get('status') ?? '') as VerificationStatus;
    if (!status) {
      setErrors([{ fieldId: `status-${options[0]}`, message: 'Choose the new status' }]);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const note = String(data.get('note') ?? '').trim();
      const changed = await changeStatus(incident.id, {
        status,
        from: incident.status,
        ...(note ? { note } : {}),
      });
      setErrors([]);
      form.current?.reset();
      onChanged(changed);
    } catch (err) {
      setErrors(
        isApiError(err)
          ? [
              { message: err.message.charAt(0).toUpperCase() + err.message.slice(1) },
              ...err.errors.map((x) => ({ message: `${x.path}: ${x.message}` })),
            ]
          : [{ message: 'The change could not be saved; try again.' }],
      );
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inset" onSubmit={submit} ref={form} aria-labelledby="status-change-title" noValidate>
      <h2 className="heading-m" id="status-change-title">
        Change the verification status
      </h2>
      <ErrorSummary items={errors} focusKey={attempt} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--s">
          Now {VERIFICATION_LABELS[incident.status].toLowerCase()}. Move it to:
        </legend>
        {options.map((s) => (
          <div className="checkbox checkbox--small" key={s}>
            <input className="checkbox__input" type="radio" id={`status-${s}`} name="status" value={s} />
            <label className="checkbox__label" htmlFor={`status-${s}`}>
              {VERIFICATION_LABELS[s]} <span className="muted">— {VERIFICATION_HINTS[s]}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <div className="form-group">
        <label className="label" htmlFor="status-note">
          Why (optional)
        </label>
        <div className="hint" id="status-note-hint">
          The corroborating source, or the reason to reject
        </div>
        <textarea
          id="status-note"
          name="note"
          rows={3}
          className="textarea"
          aria-describedby="status-note-hint"
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        Change status
      </button>
    </form>
  );
}
