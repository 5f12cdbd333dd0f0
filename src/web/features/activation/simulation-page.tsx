/**
 * "If attacked again, what can we count on by day N?": the Monte Carlo simulation. The form sets
 * the hypothetical trigger, the runs, the seed, the horizon and any condition's probability and
 * delay; the job runs on the server's worker threads with a progress bar and a Cancel button;
 * the result shows p10/p50/p90 bands per pillar and per kind, and the commitments that most often
 * fail. The job's id is in the URL, so a result can be shared while the server keeps it.
 */
import './activation.css';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useSession } from '../../api/session';
import { type Column, DataTable } from '../../components/data-table';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary';
import { Select, TextInput } from '../../components/field';
import { fmtNumber, fmtShare } from '../../components/format';
import { KIND_LABELS, PILLAR_LONG } from '../../components/labels';
import { ErrorMessage, usePageTitle } from '../../components/page';
import { cancelSimulation, type SimulationJob, type SimulationStart, startSimulation } from './api';
import { type BandMetric, BandsChart } from './bands-chart';
import { useFollowSimulation } from './follow-simulation';
import { CONDITION_LABELS, SEVERITY_LABELS, TRIGGER_LABELS } from './labels';
import { ActivationNav, SignInFirst } from './nav';

type Failure = NonNullable<SimulationJob['result']>['mostOftenFail'][number];
const SCOPES: Record<string, string> = {
  parliamentary_approval: 'guarantor',
  mandate: 'coalition',
  us_backstop: 'coalition',
  national_procedures: 'guarantor',
  ceasefire: 'coalition',
  other: 'commitment',
};

const FAILURE_COLUMNS: Column<Failure>[] = [
  { key: 'ref', header: 'Commitment', cell: (f) => f.commitmentRef },
  { key: 'guarantor', header: 'Guarantor', cell: (f) => f.guarantor },
  { key: 'kind', header: 'Kind', cell: (f) => KIND_LABELS[f.kind] },
  { key: 'fail', header: 'Fails within the horizon', numeric: true, cell: (f) => fmtShare(f.failRate) },
  {
    key: 'cond',
    header: 'Of which a condition never met',
    numeric: true,
    cell: (f) => fmtShare(f.conditionRate),
  },
];

function seriesTitle(key: string): string {
  if (key === 'total') return 'All activated commitments';
  const [group, name = ''] = key.split(':');
  return group === 'pillar'
    ? (PILLAR_LONG[name as keyof typeof PILLAR_LONG] ?? name)
    : (KIND_LABELS[name as keyof typeof KIND_LABELS] ?? name);
}

interface FormState {
  trigger: string;
  severity: string;
  runs: string;
  seed: string;
  days: string;
  workers: string;
  conditions: Record<string, { p: string; median: string; p90: string }>;
}

function toOptions(f: FormState): { body?: SimulationStart; errors: SummaryItem[] } {
  const errors: SummaryItem[] = [];
  const whole = (s: string, id: string, label: string, min: number, max: number) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < min || n > max) {
      errors.push({ fieldId: id, message: `${label} must be a whole number from ${min} to ${max}` });
      return min;
    }
    return n;
  };
  const runs = whole(f.runs, 'sim-runs', 'Runs', 1, 100_000);
  const seed = whole(f.seed, 'sim-seed', 'Seed', 0, 4_294_967_295);
  const horizonDays = whole(f.days, 'sim-days', 'Days', 1, 365);
  const workers = whole(f.workers, 'sim-workers', 'Workers', 1, 8);
  const conditions: NonNullable<SimulationStart['conditions']> = {};
  for (const [kind, c] of Object.entries(f.conditions)) {
    if (!c.p.trim()) continue;
    const p = Number(c.p);
    const median = Number(c.median);
    const p90 = Number(c.p90);
    if (!(p >= 0 && p <= 1))
      errors.push({
        fieldId: `sim-${kind}-p`,
        message: `${CONDITION_LABELS[kind]}: the probability must be from 0 to 1`,
      });
    if (!(median > 0) || !(p90 >= median))
      errors.push({
        fieldId: `sim-${kind}-median`,
        message: `${CONDITION_LABELS[kind]}: give a median delay above 0 days and a 90th percentile at least as long`,
      });
    conditions[kind as keyof typeof conditions] = {
      probability: p,
      delay: { type: 'lognormal', medianHours: median * 24, p90Hours: p90 * 24 },
      scope: SCOPES[kind] as 'coalition',
    };
  }
  if (f.trigger === 'attributed_breach' && !f.severity)
    errors.push({ fieldId: 'sim-severity', message: 'Select the severity of the breach' });
  if (errors.length) return { errors };
  return {
    errors,
    body: {
      trigger: {
        kind: f.trigger as 'renewed_attack',
        ...(f.trigger === 'attributed_breach' ? { severity: f.severity as 'minor' } : {}),
      },
      runs,
      seed,
      horizonDays,
      workers,
      conditions,
    },
  };
}

export default function SimulationPage() {
  usePageTitle('Simulation');
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const metric: BandMetric = params.get('metric') === 'money' ? 'money' : 'capability';
  const [job, setJob] = useState<SimulationJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [f, setF] = useState<FormState>({
    trigger: 'renewed_attack',
    severity: '',
    runs: '10000',
    seed: '1',
    days: '90',
    workers: '2',
    conditions: Object.fromEntries(Object.keys(SCOPES).map((k) => [k, { p: '', median: '', p90: '' }])),
  });

  useFollowSimulation(user ? jobId : null, setJob, setError);

  if (user === null)
    return (
      <>
        <h1 className="heading-l">What can we count on?</h1>
        <SignInFirst what="the simulation" />
      </>
    );

  const start = async () => {
    const { body, errors: local } = toOptions(f);
    setAttempts((n) => n + 1);
    setErrors(local);
    if (!body) return;
    try {
      setError(null);
      const j = await startSimulation(body);
      setJob(j);
      setParams((p) => {
        p.set('job', j.id);
        return p;
      });
    } catch (e) {
      if (isApiError(e) && e.errors.length)
        setErrors(e.errors.map((i) => ({ message: `${i.path.replace(/^body\./, '')}: ${i.message}` })));
      else setError(e);
    }
  };
  const running = job && (job.status === 'queued' || job.status === 'running');
  const p = job?.progress;
  const share = p ? p.chunksDone / Math.max(1, p.chunks) : 0;
  const set = (k: keyof FormState) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });
  const setCond = (kind: string, field: 'p' | 'median' | 'p90') => (e: { target: { value: string } }) =>
    setF({
      ...f,
      conditions: { ...f.conditions, [kind]: { ...f.conditions[kind]!, [field]: e.target.value } },
    });
  const result = job?.result;

  return (
    <>
      <h1 className="heading-l">What can we count on?</h1>
      <ActivationNav />
      <p className="lead">
        A Monte Carlo simulation of a determination: for each commitment it activates, the chance and the
        delay of honouring it, from the guarantor's reliability record, the legal form (a ratified treaty is
        not a statement) and its pending conditions. The same seed gives the same answer.
      </p>
      <ErrorSummary items={errors} focusKey={attempts} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <div className="fieldset--row">
          <Select
            id="sim-trigger"
            label="Trigger"
            value={f.trigger}
            onChange={set('trigger')}
            options={Object.entries(TRIGGER_LABELS).map(([value, label]) => ({ value, label }))}
          />
          {f.trigger === 'attributed_breach' ? (
            <Select
              id="sim-severity"
              label="Severity"
              placeholder="Select"
              value={f.severity}
              onChange={set('severity')}
              options={Object.entries(SEVERITY_LABELS).map(([value, label]) => ({ value, label }))}
            />
          ) : null}
          <TextInput
            id="sim-runs"
            label="Runs"
            inputMode="numeric"
            className="width-10"
            value={f.runs}
            onChange={set('runs')}
            hint="Up to 100,000"
          />
          <TextInput
            id="sim-seed"
            label="Seed"
            inputMode="numeric"
            className="width-10"
            value={f.seed}
            onChange={set('seed')}
          />
          <TextInput
            id="sim-days"
            label="Days"
            inputMode="numeric"
            className="width-5"
            value={f.days}
            onChange={set('days')}
          />
          <TextInput
            id="sim-workers"
            label="Worker threads"
            inputMode="numeric"
            className="width-5"
            value={f.workers}
            onChange={set('workers')}
          />
        </div>
        <details>
          <summary>Conditions: probability and delay (blank: the documented defaults)</summary>
          <table className="table act-conditions">
            <caption className="visually-hidden">Condition overrides</caption>
            <thead>
              <tr>
                <th scope="col">Condition</th>
                <th scope="col">Chance it is ever met (0–1)</th>
                <th scope="col">Median delay (days)</th>
                <th scope="col">90th percentile (days)</th>
              </tr>
            </thead>
            <tbody>
              {Object.keys(SCOPES).map((kind) => (
                <tr key={kind}>
                  <th scope="row">
                    {CONDITION_LABELS[kind]}
                    <span className="act-sub">shared per {SCOPES[kind]}</span>
                  </th>
                  {(['p', 'median', 'p90'] as const).map((field) => (
                    <td key={field}>
                      <input
                        id={`sim-${kind}-${field}`}
                        className="input"
                        inputMode="decimal"
                        aria-label={`${CONDITION_LABELS[kind]}: ${field === 'p' ? 'chance' : field === 'median' ? 'median delay in days' : '90th percentile delay in days'}`}
                        value={f.conditions[kind]?.[field] ?? ''}
                        onChange={setCond(kind, field)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        <div className="form-actions">
          <button type="submit" className="button" disabled={Boolean(running)}>
            Run the simulation
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      <div aria-live="polite">
        {running ? (
          <div className="notice notice--info">
            <h2 className="notice__title">
              {job.status === 'queued' ? 'Waiting for the workers' : 'Simulating…'}
            </h2>
            <div
              className="act-progress"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(share * 100)}
              aria-label="Simulation progress"
            >
              <div className="act-progress__fill" style={{ width: `${Math.round(share * 100)}%` }} />
            </div>
            <p className="muted">{p ? `${fmtNumber(p.runsDone)} runs done` : 'Starting'}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void cancelSimulation(job.id).catch(() => {})}
            >
              Cancel
            </button>
          </div>
        ) : job?.status === 'cancelled' ? (
          <p className="notice notice--warning">The simulation was cancelled.</p>
        ) : job?.status === 'failed' ? (
          <p className="notice notice--error">The simulation failed: {job.error}</p>
        ) : null}
      </div>
      {result ? (
        <>
          <h2 className="heading-m">
            {fmtNumber(result.commitments)} commitments activated; {fmtNumber(result.runs)} runs, seed{' '}
            {result.seed}
          </h2>
          <Select
            id="sim-metric"
            label="Show"
            value={metric}
            onChange={(e) =>
              setParams((q) => {
                q.set('metric', e.target.value);
                return q;
              })
            }
            options={[
              { value: 'capability', label: 'Commitments honoured' },
              { value: 'money', label: 'EUR delivered' },
            ]}
          />
          <div className="act-bands">
            {result.series.map((s) => (
              <BandsChart key={s.key} series={s} metric={metric} title={seriesTitle(s.key)} />
            ))}
          </div>
          <p className="muted">{result.method}</p>
          <DataTable
            caption="The commitments that most often fail"
            columns={FAILURE_COLUMNS}
            rows={result.mostOftenFail}
            rowKey={(x) => x.commitmentId}
            empty="None fails in any run."
          />
        </>
      ) : null}
    </>
  );
}
