/**
 * guarantor determine …, determinations list|show|verify, activation mark …, simulate …: trigger
 * determinations, activation boards and the Monte Carlo simulation from the command line, through
 * the API. The local CLI acts as the secretariat; a determination is the Special Commission's, so
 * `determine` takes a commission member's API token (--token or $GUARANTOR_TOKEN; a member gets
 * one with `guarantor token create --email …`).
 */
import type { Command } from 'commander';
import type {
  ActivationItemView,
  ActivationPlanView,
  DeterminationVerification,
  DeterminationView,
  SimulationJob,
} from '../../contracts/activation';
import { AppError } from '../../core/errors';
import { ok } from '../backend';
import { asCaller } from '../caller';
import { type Format, log, print } from '../output';
import type { Run } from './run';

/** renewed-attack → renewed_attack */
const snake = (s: string) => s.trim().toLowerCase().replace(/-/g, '_');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const int = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${v}`);
  return n;
};
const collect = (v: string, prev: string[] = []) => [...prev, v];
/** 2026-03-14T18:00+02:00 → 2026-03-14T18:00:00+02:00 (the API wants the seconds). */
const withSeconds = (s: string) => s.replace(/(T\d{2}:\d{2})(?=Z|[+-]\d{2}:?\d{2}$)/, '$1:00');

function printPlan(plan: ActivationPlanView, format: Format) {
  if (format === 'json') return print(plan, 'json');
  const d = plan.determination;
  log(
    `${d.reference}: ${d.trigger}${d.severity ? ` (${d.severity})` : ''} determined at ${d.determinedAt}` +
      ` by ${d.determinedBy}${d.illustrative ? ' [illustrative]' : ''}`,
  );
  log(
    `${plan.items.length} commitments activated; ` +
      Object.entries(plan.counts)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`)
        .join(', '),
  );
  print(plan.items.map(itemRow), format, [
    'id',
    'ref',
    'guarantor',
    'dueUtc',
    'dueLocal',
    'state',
    'blockers',
    'mustAct',
  ]);
  if (plan.excluded.length) {
    log('\nnot activated:');
    print(plan.excluded as unknown as Record<string, unknown>[], format, [
      'commitmentRef',
      'reason',
      'detail',
    ]);
  }
}

const itemRow = (i: ActivationItemView) => ({
  id: i.id,
  ref: i.commitmentRef,
  guarantor: i.guarantor,
  dueUtc: i.dueAt ?? 'no response time',
  dueLocal: i.dueLocal ? `${i.dueLocal.guarantor.local} ${i.dueLocal.guarantor.timeZone}` : '',
  state: i.state,
  blockers: i.blockers.map((b) => `${b.kind}: ${b.text}`).join('; '),
  mustAct: i.mustAct.map((a) => `${a.party} ${a.body}`).join('; '),
});

export function activationCommands(program: Command, run: Run) {
  program
    .command('determine')
    .description("record a trigger determination (the Special Commission's): it fires the activation plan")
    .requiredOption(
      '--trigger <kind>',
      'ceasefire-in-force|attributed-breach|renewed-attack|refusal-to-negotiate',
    )
    .requiredOption(
      '--at <instant>',
      'when it was determined, ISO 8601 with an offset (2026-03-14T18:00+02:00)',
    )
    .option('--severity <severity>', 'minor|serious|grave (attributed-breach only)')
    .option('--time-zone <zone>', "the determining body's IANA time zone", 'Europe/Kyiv')
    .option('--attributed-to <party>', 'the party found responsible')
    .option('--incidents <refs>', 'incident reports relied on, comma-separated (ids or references)')
    .option('--evidence <title|url>', 'evidence, "title|url" (repeatable)', collect)
    .option('--reasoning <text>', "the commission's reasoning")
    .option('--token <token>', "a commission member's API token (default $GUARANTOR_TOKEN)")
    .option('-f, --format <format>', 'table|json', 'table')
    .action((o) =>
      run(async (b) => {
        const token = o.token ?? process.env.GUARANTOR_TOKEN;
        if (!token)
          throw new AppError(
            'unauthenticated',
            "give a commission member's API token: --token or $GUARANTOR_TOKEN",
            [{ path: 'token', message: 'missing' }],
          );
        const incidents = String(o.incidents ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const body = {
          trigger: snake(o.trigger),
          determinedAt: withSeconds(o.at),
          timeZone: o.timeZone,
          ...(o.severity ? { severity: o.severity } : {}),
          ...(o.attributedTo ? { attributedTo: o.attributedTo } : {}),
          incidentIds: incidents.filter((x) => UUID.test(x)),
          incidentRefs: incidents.filter((x) => !UUID.test(x)),
          evidence: ((o.evidence as string[] | undefined) ?? []).map((e) => {
            const [title = '', url] = e.split('|').map((s) => s.trim());
            return { title, ...(url ? { url } : {}) };
          }),
          ...(o.reasoning ? { reasoning: o.reasoning } : {}),
        };
        const as = await asCaller(b, { authorization: `Bearer ${token}` });
        try {
          printPlan(ok(await as.request('POST', '/api/determinations', { json: body })).json(), o.format);
        } finally {
          await as.close();
        }
      }),
    );

  const det = program
    .command('determinations')
    .description('trigger determinations and their activation plans');
  det
    .command('list')
    .option('-f, --format <format>', 'table|json|csv', 'table')
    .action((o) =>
      run(async (b) => {
        const list = ok(await b.request('GET', '/api/determinations')).json<DeterminationView[]>();
        if (o.format === 'json') return print(list, 'json');
        print(
          list.map((d) => ({
            id: d.id,
            reference: d.reference,
            trigger: d.trigger + (d.severity ? ` (${d.severity})` : ''),
            determinedAt: d.determinedAt,
            items: d.items,
            onTime: d.counts.honoured_on_time,
            late: d.counts.honoured_late,
            notHonoured: d.counts.not_honoured,
            open: d.counts.pending + d.counts.blocked,
            illustrative: d.illustrative ? 'yes' : '',
          })),
          o.format as Format,
        );
      }),
    );
  det
    .command('show <id>')
    .description('a determination with its plan: items, due times, blockers, states')
    .option('-f, --format <format>', 'table|json', 'table')
    .action((id: string, o) =>
      run(async (b) =>
        printPlan(
          ok(await b.request('GET', `/api/determinations/${encodeURIComponent(id)}`)).json(),
          o.format,
        ),
      ),
    );
  det
    .command('verify <id>')
    .description("check the determination's Ed25519 signature and its plan as fired; exit 9 if either fails")
    .action((id: string) =>
      run(async (b) => {
        const v = ok(
          await b.request('GET', `/api/determinations/${encodeURIComponent(id)}/verify`),
        ).json<DeterminationVerification>();
        print({ ...v, canonical: undefined }, 'json');
        if (v.valid && v.planValid) log(`${v.reference}: signature valid (key ${v.keyId}); plan unchanged`);
        else {
          log(
            `${v.reference}: ${v.valid ? 'signature valid' : 'SIGNATURE INVALID'}; ${v.planValid ? 'plan unchanged' : 'PLAN CHANGED'}`,
          );
          process.exitCode = 9;
        }
      }),
    );

  program
    .command('activation')
    .description('activation items')
    .command('mark <item>')
    .description('mark an activated commitment honoured (with evidence) or declined')
    .option('--honoured', 'it was honoured')
    .option('--declined', 'the guarantor declined')
    .option('--at <instant>', 'when, ISO 8601 with an offset (default: now)')
    .option('--evidence <text>', 'what shows it (required with --honoured)')
    .option('--token <token>', "act as this API token's holder (a delegation's) instead of the secretariat")
    .action((item: string, o) =>
      run(async (b) => {
        if (Boolean(o.honoured) === Boolean(o.declined))
          throw new AppError('validation', 'give one of --honoured or --declined', [
            { path: 'outcome', message: 'missing' },
          ]);
        const body = {
          outcome: o.honoured ? 'honoured' : 'declined',
          at: o.at ? withSeconds(o.at) : new Date().toISOString(),
          ...(o.evidence ? { evidence: o.evidence } : {}),
        };
        const token = o.token ?? undefined;
        const as = token
          ? await asCaller(b, { authorization: `Bearer ${token}` })
          : { request: b.request.bind(b), close: async () => {} };
        try {
          const r = ok(
            await as.request('PATCH', `/api/activation/items/${encodeURIComponent(item)}`, { json: body }),
          ).json<ActivationItemView>();
          log(
            `${r.commitmentRef} (${r.guarantor}): ${r.state}${r.lateByHours ? `, ${r.lateByHours} h late` : ''}`,
          );
          print(r, 'json');
        } finally {
          await as.close();
        }
      }),
    );

  program
    .command('simulate')
    .description(
      'Monte Carlo: if attacked again, what can we count on by day N? (seeded: the same seed, the same result)',
    )
    .option('--trigger <kind>', 'the hypothetical determination', 'renewed-attack')
    .option('--severity <severity>', 'for attributed-breach')
    .option('--runs <n>', 'runs (at most 100000)', int, 10_000)
    .option('--seed <n>', 'random seed', int, 1)
    .option('--days <n>', 'horizon in days', int, 90)
    .option('--workers <n>', 'worker threads', int, 2)
    .option('--options <json>', 'further SimulationOptions as JSON (conditions, factors; see /docs)')
    .option('--json', 'the result as JSON on stdout (default: a summary)')
    .action((o) =>
      run(async (b) => {
        const body = {
          ...(o.options ? (JSON.parse(o.options) as Record<string, unknown>) : {}),
          trigger: { kind: snake(o.trigger), ...(o.severity ? { severity: o.severity } : {}) },
          runs: o.runs,
          seed: o.seed,
          horizonDays: o.days,
          workers: o.workers,
        };
        let job = ok(await b.request('POST', '/api/simulations', { json: body })).json<SimulationJob>();
        const cancel = () => {
          log('\ncancelling…');
          void b.request('POST', `/api/simulations/${job.id}/cancel`);
        };
        process.once('SIGINT', cancel);
        try {
          while (job.status === 'queued' || job.status === 'running') {
            await new Promise((r) => setTimeout(r, 200));
            job = ok(await b.request('GET', `/api/simulations/${job.id}`)).json<SimulationJob>();
            const p = job.progress;
            if (p)
              process.stderr.write(
                `\rsimulating: ${p.runsDone}/${o.runs} runs (${Math.round((p.chunksDone / p.chunks) * 100)}%)`,
              );
          }
        } finally {
          process.removeListener('SIGINT', cancel);
        }
        process.stderr.write('\n');
        if (job.status !== 'done' || !job.result)
          throw new AppError(
            job.status === 'cancelled' ? 'conflict' : 'internal',
            `the simulation ${job.status}${job.error ? `: ${job.error}` : ''}`,
          );
        const r = job.result;
        if (o.json) return print(r, 'json');
        log(`${r.commitments} commitments activated; ${r.runs} runs, seed ${r.seed}, ${r.horizonDays} days`);
        const at = (xs: number[]) => xs[xs.length - 1] ?? 0;
        print(
          r.series.map((s) => ({
            series: s.key,
            committed: s.committedCount,
            [`p10 day ${r.horizonDays}`]: at(s.capability.p10),
            p50: at(s.capability.p50),
            p90: at(s.capability.p90),
            'EUR p50': Math.round(at(s.money.p50)),
          })),
          'table',
        );
        log('\nmost often failing:');
        print(
          r.mostOftenFail.map((f) => ({
            ...f,
            failRate: f.failRate.toFixed(3),
            conditionRate: f.conditionRate.toFixed(3),
          })),
          'table',
        );
      }),
    );
}
