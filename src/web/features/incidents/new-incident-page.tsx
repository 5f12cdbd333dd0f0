/**
 * Recording one incident report (monitors, the secretariat). Checked in the browser with the
 * API's own contract before it is sent; the server's answer names the same fields. Times are
 * entered on Kyiv's clock, as the mission reports them, and sent as UTC instants.
 */
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { IncidentCreate } from '../../../contracts/incident';
import { ApiError, isApiError } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary';
import { Select, TextArea, TextInput } from '../../components/field';
import { ErrorMessage, usePageTitle } from '../../components/page';
import { recordIncident } from './api';
import './incidents.css';
import { keysOf, OBSERVATION_LABELS, REGION_LABELS, TYPE_LABELS, WEAPON_LABELS } from './labels';
import { canRecord } from './permissions';
import { kyivLocalToIso } from './query';

const CASUALTIES = [
  ['civilianKilled', 'Civilians killed'],
  ['civilianInjured', 'Civilians injured'],
  ['militaryKilled', 'Military killed'],
  ['militaryInjured', 'Military injured'],
] as const;

const options = (labels: Record<string, string>) =>
  keysOf(labels).map((v) => ({ value: v, label: labels[v]! }));

/** The form field an error path is about (`body.casualties.civilianKilled` → `civilianKilled`). */
function fieldOf(path: string): string {
  const parts = path.replace(/^body\.?/, '').split('.');
  if (parts[0] === 'casualties' && parts[1]) return parts[1];
  if (parts[0] === 'observedBy') return 'observedBy-heard';
  return parts[0] || 'occurredAt';
}

export default function NewIncidentPage() {
  usePageTitle('Record an incident');
  const { user } = useSession();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  if (user !== undefined && !canRecord(user))
    return (
      <ErrorMessage
        page
        error={
          new ApiError({
            status: user ? 403 : 401,
            code: user ? 'forbidden' : 'unauthenticated',
            title: 'Not allowed',
            detail: 'only the monitoring mission and the secretariat record incident reports',
          })
        }
      />
    );

  function fail(items: { field: string; message: string }[]) {
    const byField: Record<string, string> = {};
    for (const x of items) byField[x.field] ??= x.message;
    setErrors(byField);
    setSummary(items.map((x) => ({ fieldId: x.field, message: x.message })));
    setAttempt((n) => n + 1);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const s = (k: string) => String(d.get(k) ?? '').trim();
    const num = (k: string) => (s(k) === '' ? undefined : Number(s(k)));
    const local: { field: string; message: string }[] = [];
    const occurredAt = kyivLocalToIso(s('occurredAt'));
    if (!occurredAt) local.push({ field: 'occurredAt', message: 'Enter the date and time it happened' });
    const reportedAt = s('reportedAt') ? kyivLocalToIso(s('reportedAt')) : undefined;
    const body = {
      occurredAt: occurredAt ?? '',
      ...(reportedAt ? { reportedAt } : {}),
      latitude: num('latitude'),
      longitude: num('longitude'),
      region: s('region'),
      ...(s('settlement') ? { settlement: s('settlement') } : {}),
      type: s('type'),
      weaponClass: s('weaponClass') || 'unknown',
      casualties: Object.fromEntries(CASUALTIES.map(([k]) => [k, num(k) ?? 0])),
      observedBy: d.getAll('observedBy').map(String),
      team: s('team'),
      description: s('description'),
      ...(s('attributedTo') ? { attributedTo: s('attributedTo') } : {}),
    };
    const checked = IncidentCreate.safeParse(body);
    if (!checked.success || local.length) {
      const issues = (checked.error?.issues ?? []).map((i) => ({
        field: fieldOf(i.path.join('.')),
        message: `${i.path.join('.') || 'form'}: ${i.message}`,
      }));
      fail([...local, ...issues.filter((i) => !local.some((l) => l.field === i.field))]);
      return;
    }
    setBusy(true);
    try {
      const saved = await recordIncident(checked.data);
      navigate(`/incidents/${encodeURIComponent(saved.id)}`);
    } catch (err) {
      if (isApiError(err) && err.errors.length)
        fail(
          err.errors.map((x) => ({
            field: fieldOf(x.path),
            message: `${x.path.replace(/^body\./, '')}: ${x.message}`,
          })),
        );
      else
        fail([
          {
            field: 'occurredAt',
            message: err instanceof Error ? err.message : 'The report could not be saved',
          },
        ]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>
        <Link to="/incidents" className="back-link">
          Back to incident reports
        </Link>
      </p>
      <h1 className="heading-l">Record an incident</h1>
      <ErrorSummary items={summary} focusKey={attempt} />
      <form onSubmit={submit} noValidate className="narrow">
        <div className="fieldset--row">
          <TextInput
            id="occurredAt"
            label="When it happened"
            hint="Kyiv time"
            type="datetime-local"
            error={errors.occurredAt}
          />
          <TextInput
            id="reportedAt"
            label="When it was reported (optional)"
            hint="Kyiv time; now if empty"
            type="datetime-local"
            error={errors.reportedAt}
          />
        </div>
        <div className="fieldset--row">
          <TextInput
            id="latitude"
            label="Latitude"
            hint="Decimal degrees north (WGS84), e.g. 48.0159"
            inputMode="decimal"
            error={errors.latitude}
            className="width-10"
          />
          <TextInput
            id="longitude"
            label="Longitude"
            hint="Decimal degrees east, e.g. 37.8028"
            inputMode="decimal"
            error={errors.longitude}
            className="width-10"
          />
        </div>
        <Select
          id="region"
          label="Region"
          options={options(REGION_LABELS)}
          placeholder="Choose the oblast"
          error={errors.region}
        />
        <TextInput id="settlement" label="Nearest settlement (optional)" error={errors.settlement} />
        <Select
          id="type"
          label="Type"
          options={options(TYPE_LABELS)}
          placeholder="Choose the type"
          error={errors.type}
        />
        <Select
          id="weaponClass"
          label="Weapon class"
          options={options(WEAPON_LABELS)}
          defaultValue="unknown"
          error={errors.weaponClass}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend fieldset__legend--s">Casualties</legend>
          <div className="fieldset--row">
            {CASUALTIES.map(([k, label]) => (
              <TextInput
                key={k}
                id={k}
                label={label}
                inputMode="numeric"
                defaultValue="0"
                className="width-5"
                error={errors[k]}
              />
            ))}
          </div>
        </fieldset>
        <fieldset
          className="fieldset"
          aria-describedby={errors['observedBy-heard'] ? 'observedBy-error' : undefined}
        >
          <legend className="fieldset__legend fieldset__legend--s">How it was observed</legend>
          {errors['observedBy-heard'] ? (
            <p className="error-message" id="observedBy-error">
              <span className="visually-hidden">Error: </span>
              {errors['observedBy-heard']}
            </p>
          ) : null}
          {keysOf(OBSERVATION_LABELS).map((o) => (
            <div className="checkbox checkbox--small" key={o}>
              <input
                className="checkbox__input"
                type="checkbox"
                id={`observedBy-${o}`}
                name="observedBy"
                value={o}
              />
              <label className="checkbox__label" htmlFor={`observedBy-${o}`}>
                {OBSERVATION_LABELS[o]}
              </label>
            </div>
          ))}
        </fieldset>
        <TextInput id="team" label="Reporting team" hint="e.g. Team Kramatorsk" error={errors.team} />
        <TextArea id="description" label="What the team reports" error={errors.description} />
        <TextInput
          id="attributedTo"
          label="Attributed to (optional)"
          hint="The party or side the report attributes it to"
          error={errors.attributedTo}
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            Record the incident
          </button>
          <Link to="/incidents" className="link">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
