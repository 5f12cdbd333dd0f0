/**
 * Recording a determination (Special Commission members only): which trigger, when (a wall
 * time in a chosen zone), the severity of a breach, whom it is attributed to, the incidents and
 * evidence relied on, and the reasoning. Errors follow the GOV.UK pattern: a summary at the top,
 * each message beside its field.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary';
import { Select, TextArea, TextInput } from '../../components/field';
import { recordDetermination } from './api';
import { SEVERITY_LABELS, TRIGGER_LABELS } from './labels';
import { nowLocalInput, wallTimeToIso } from './time';

const ZONES = ['Europe/Kyiv', 'Europe/Brussels', 'Europe/London', 'America/New_York', 'UTC'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** API paths (body.x, evidence.0.url, …) → the form's field ids. */
const FIELD: Record<string, string> = {
  trigger: 'det-trigger',
  severity: 'det-severity',
  determinedAt: 'det-at',
  timeZone: 'det-zone',
  attributedTo: 'det-attributed',
  incidentIds: 'det-incidents',
  incidentRefs: 'det-incidents',
  evidence: 'det-evidence',
  reasoning: 'det-reasoning',
};

export function DeterminationForm() {
  const navigate = useNavigate();
  const [v, setV] = useState({
    trigger: 'renewed_attack',
    severity: '',
    at: nowLocalInput(),
    zone: 'Europe/Kyiv',
    attributedTo: '',
    incidents: '',
    evidence: '',
    reasoning: '',
  });
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  const submit = async () => {
    const local: SummaryItem[] = [];
    const determinedAt = wallTimeToIso(v.at, v.zone);
    if (!determinedAt)
      local.push({ fieldId: 'det-at', message: 'Enter the date and time of the determination' });
    if (v.trigger === 'attributed_breach' && !v.severity)
      local.push({ fieldId: 'det-severity', message: 'Select how severe the breach is' });
    if (!v.reasoning.trim())
      local.push({ fieldId: 'det-reasoning', message: "Enter the commission's reasoning" });
    const evidence = v.evidence
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const [title = '', url] = l.split('|').map((s) => s.trim());
        return { title, ...(url ? { url } : {}) };
      });
    const incidents = v.incidents
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    setAttempts((n) => n + 1);
    setErrors(local);
    if (local.length || !determinedAt) return;
    setBusy(true);
    try {
      const plan = await recordDetermination({
        trigger: v.trigger as 'renewed_attack',
        ...(v.trigger === 'attributed_breach' ? { severity: v.severity as 'minor' } : {}),
        determinedAt,
        timeZone: v.zone,
        ...(v.attributedTo.trim() ? { attributedTo: v.attributedTo.trim().toUpperCase() } : {}),
        incidentIds: incidents.filter((s) => UUID.test(s)),
        incidentRefs: incidents.filter((s) => !UUID.test(s)),
        evidence,
        reasoning: v.reasoning.trim(),
      });
      navigate(`/determinations/${plan.determination.id}`);
    } catch (e) {
      const items: SummaryItem[] = isApiError(e)
        ? e.errors.map((i) => {
            const key = i.path.replace(/^body\./, '').split('.')[0] ?? '';
            return { fieldId: FIELD[key], message: `${i.path.replace(/^body\./, '')}: ${i.message}` };
          })
        : [];
      setErrors(items.length ? items : [{ message: (e as Error).message }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="det-form-title">
      <h2 className="heading-m" id="det-form-title">
        Record a determination
      </h2>
      <ErrorSummary items={errors} focusKey={attempts} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Select
          id="det-trigger"
          label="Trigger"
          value={v.trigger}
          onChange={set('trigger')}
          options={Object.entries(TRIGGER_LABELS).map(([value, label]) => ({ value, label }))}
          error={errorFor('det-trigger')}
        />
        {v.trigger === 'attributed_breach' ? (
          <Select
            id="det-severity"
            label="Severity of the breach"
            placeholder="Select"
            value={v.severity}
            onChange={set('severity')}
            options={Object.entries(SEVERITY_LABELS).map(([value, label]) => ({ value, label }))}
            error={errorFor('det-severity')}
          />
        ) : null}
        <TextInput
          id="det-at"
          type="datetime-local"
          label="Determined at"
          hint="The wall-clock time in the time zone below; response times run from this moment"
          value={v.at}
          onChange={set('at')}
          error={errorFor('det-at')}
        />
        <Select
          id="det-zone"
          label="Time zone"
          value={v.zone}
          onChange={set('zone')}
          options={ZONES.map((z) => ({ value: z, label: z }))}
          error={errorFor('det-zone')}
        />
        <TextInput
          id="det-attributed"
          label="Attributed to (optional)"
          hint="The party found responsible, as a code such as RU"
          className="width-10"
          value={v.attributedTo}
          onChange={set('attributedTo')}
          error={errorFor('det-attributed')}
        />
        <TextInput
          id="det-incidents"
          label="Incident reports relied on (optional)"
          hint="Incident ids or report references, separated by commas"
          value={v.incidents}
          onChange={set('incidents')}
          error={errorFor('det-incidents')}
        />
        <TextArea
          id="det-evidence"
          label="Evidence (optional)"
          hint="One a line: title | https://link"
          rows={3}
          value={v.evidence}
          onChange={set('evidence')}
          error={errorFor('det-evidence')}
        />
        <TextArea
          id="det-reasoning"
          label="Reasoning"
          value={v.reasoning}
          onChange={set('reasoning')}
          error={errorFor('det-reasoning')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Recording…' : 'Record and activate'}
          </button>
        </div>
      </form>
    </section>
  );
}
