/**
 * A mixed read/write load on the register, for the load benchmark and its short form in CI:
 * `clients` concurrent keep-alive clients, each looping for `durationMs` over a weighted mix of
 * list, get, search, dashboard totals, create and edit (edits send the version the client last
 * saw of a commitment it owns, so a 409 would be a real fault, not a race between clients).
 * Loopback only, bounded in time; a request slower than `timeoutMs` counts as an error.
 */
import { Agent, request } from 'node:http';

export interface LoadTarget {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The Authorization header (and nothing else) for this server. */
  authorization: string;
}

export type LoadOp = 'list' | 'get' | 'search' | 'totals' | 'create' | 'edit';

/** The mix: 70 % reads of commitments, 10 % dashboard totals, 10 % creates, 10 % edits. */
export const MIX: readonly [LoadOp, number][] = [
  ['list', 0.3],
  ['get', 0.25],
  ['search', 0.15],
  ['totals', 0.1],
  ['create', 0.1],
  ['edit', 0.1],
];

export interface MixedLoadOptions {
  /** Clients are spread over the targets in turn (client i talks to target i mod n). */
  targets: LoadTarget[];
  clients: number;
  durationMs: number;
  /** Commitments each client registers before the clock starts (it owns them for its edits). */
  seedPerClient?: number;
  timeoutMs?: number;
  /** Prefix of the references this run creates (unique per run). */
  label: string;
}

export interface OpFigures {
  count: number;
  p50: number;
  p99: number;
  non2xx: number;
}

export interface MixedLoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Transport failures and timeouts (no HTTP answer). */
  errors: number;
  /** HTTP answers outside 2xx, and of those the 5xx. */
  non2xx: number;
  status5xx: number;
  byOp: Record<LoadOp, OpFigures>;
  /** Up to ten distinct failures, for the report. */
  samples: string[];
  /** References of commitments whose creation was acknowledged (201). */
  created: string[];
}

const WORDS = ['artillery', 'training', 'demining', 'air defence', 'finance', 'shells', 'drones'];

export function loadCommitment(ref: string, word: string) {
  return {
    ref,
    guarantor: 'GB',
    pillar: 'long_term_support',
    kind: 'finance',
    title: `Load test ${word} ${ref}`,
    text: `The United Kingdom will provide £2.5 billion for ${word} to Ukraine in 2024 and 2025.`,
    lang: 'en',
    legalForm: 'executive_agreement',
    classification: 'public',
    announcedOn: '2024-01-12',
    terms: {
      money: { amount: 2.5e9, currency: 'GBP', eurPerUnit: 1.18, rateDate: '2024-12-31' },
      durationMonths: 24,
    },
    sources: [{ title: 'Load test (illustrative)' }],
    illustrative: true,
  };
}

interface Answer {
  status: number;
  body: string;
}

function send(
  agent: Agent,
  target: LoadTarget,
  method: string,
  path: string,
  body: unknown,
  timeoutMs: number,
): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${target.url}${path}`,
      {
        method,
        agent,
        headers: {
          authorization: target.authorization,
          ...(payload !== undefined
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

const percentile = (sorted: Float64Array, p: number) =>
  sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 10) / 10
    : 0;

export async function mixedLoad(opts: MixedLoadOptions): Promise<MixedLoadResult> {
  for (const t of opts.targets)
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(t.url)) throw new Error('load goes to 127.0.0.1 only');
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const agents = opts.targets.map(
    () => new Agent({ keepAlive: true, maxSockets: opts.clients, timeout: timeoutMs }),
  );
  const ids: string[] = [];
  const created: string[] = [];
  const latencies: Record<LoadOp, number[]> = {
    list: [],
    get: [],
    search: [],
    totals: [],
    create: [],
    edit: [],
  };
  const non2xxByOp: Record<LoadOp, number> = { list: 0, get: 0, search: 0, totals: 0, create: 0, edit: 0 };
  let errors = 0;
  let non2xx = 0;
  let status5xx = 0;
  const samples = new Set<string>();
  let counter = 0;
  const nextRef = () => `${opts.label}-${counter++}`;
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(Math.random() * xs.length)];

  // what each client owns (id and the version it last saw) lives across seeding and the run
  const ownedBy = Array.from({ length: opts.clients }, () => [] as { id: string; version: number }[]);
  const client = async (i: number, measuring: () => boolean, until: number, seed: number) => {
    const target = opts.targets[i % opts.targets.length]!;
    const agent = agents[i % opts.targets.length]!;
    const owned = ownedBy[i]!;
    const create = async (): Promise<Answer> => {
      const ref = nextRef();
      const a = await send(
        agent,
        target,
        'POST',
        '/api/commitments',
        loadCommitment(ref, pick(WORDS)!),
        timeoutMs,
      );
      if (a.status === 201) {
        const c = JSON.parse(a.body) as { id: string; version: number };
        owned.push({ id: c.id, version: c.version });
        ids.push(c.id);
        created.push(ref);
      }
      return a;
    };
    for (let k = 0; k < seed; k++) {
      const a = await create();
      if (a.status !== 201) throw new Error(`seeding: HTTP ${a.status} ${a.body.slice(0, 300)}`);
    }
    while (Date.now() < until) {
      let r = Math.random();
      let op: LoadOp = 'list';
      for (const [o, w] of MIX) {
        if (r < w) {
          op = o;
          break;
        }
        r -= w;
      }
      if (op === 'edit' && owned.length === 0) op = 'create';
      const t0 = performance.now();
      try {
        let a: Answer;
        switch (op) {
          case 'list':
            a = await send(
              agent,
              target,
              'GET',
              `/api/commitments?pageSize=20&sort=updatedAt&page=${1 + Math.floor(Math.random() * 3)}`,
              undefined,
              timeoutMs,
            );
            break;
          case 'get':
            a = await send(agent, target, 'GET', `/api/commitments/${pick(ids)}`, undefined, timeoutMs);
            break;
          case 'search':
            a = await send(
              agent,
              target,
              'GET',
              `/api/commitments?q=${encodeURIComponent(pick(WORDS)!)}&pageSize=20`,
              undefined,
              timeoutMs,
            );
            break;
          case 'totals':
            a = await send(agent, target, 'GET', '/api/stats/totals', undefined, timeoutMs);
            break;
          case 'create':
            a = await create();
            break;
          case 'edit': {
            const mine = pick(owned)!;
            a = await send(
              agent,
              target,
              'PATCH',
              `/api/commitments/${mine.id}`,
              {
                version: mine.version,
                title: `Load test ${pick(WORDS)} edited ${mine.version}`,
                changeNote: 'load test edit',
              },
              timeoutMs,
            );
            if (a.status === 200) mine.version = (JSON.parse(a.body) as { version: number }).version;
            break;
          }
        }
        if (!measuring()) continue;
        latencies[op].push(performance.now() - t0);
        if (a.status < 200 || a.status > 299) {
          non2xx++;
          non2xxByOp[op]++;
          if (a.status >= 500) status5xx++;
          if (samples.size < 10) samples.add(`${op}: HTTP ${a.status} ${a.body.slice(0, 200)}`);
        }
      } catch (e) {
        if (!measuring()) continue;
        errors++;
        if (samples.size < 10) samples.add(`${op}: ${(e as Error).message}`);
      }
    }
  };

  const clients = Array.from({ length: opts.clients }, (_, i) => i);
  // seeding: every client registers its own commitments before the clock starts
  await Promise.all(clients.map((i) => client(i, () => false, 0, opts.seedPerClient ?? 2)));
  const t0 = Date.now();
  const until = t0 + opts.durationMs;
  await Promise.all(clients.map((i) => client(i, () => true, until, 0)));
  const seconds = (Date.now() - t0) / 1000;
  for (const a of agents) a.destroy();

  const all = Float64Array.from(Object.values(latencies).flat()).sort();
  const byOp = Object.fromEntries(
    (Object.keys(latencies) as LoadOp[]).map((op) => {
      const s = Float64Array.from(latencies[op]).sort();
      return [
        op,
        { count: s.length, p50: percentile(s, 0.5), p99: percentile(s, 0.99), non2xx: non2xxByOp[op] },
      ];
    }),
  ) as Record<LoadOp, OpFigures>;
  return {
    requests: all.length + errors,
    seconds,
    rps: Math.round((all.length + errors) / seconds),
    p50: percentile(all, 0.5),
    p90: percentile(all, 0.9),
    p99: percentile(all, 0.99),
    max: percentile(all, 1),
    errors,
    non2xx,
    status5xx,
    byOp,
    samples: [...samples],
    created,
  };
}
