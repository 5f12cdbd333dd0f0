/**
 * Fuzzes every route of the OpenAPI document with generated requests (fast-check): bodies from
 * the route's JSON schema, then mutated (wrong types, missing and extra fields, huge strings, deep
 * nesting, odd Unicode, SQL and script injection), bad path parameters and query strings, wrong
 * content types and malformed JSON, as the secretariat, a delegation and an anonymous caller.
 *
 * Rules checked on every request: never a 5xx; a rejected request (4xx) stores nothing (the audit
 * chain's head does not move; the one exception is a failed sign-in, which is audited on purpose);
 * an error is a problem+json document; injected script never comes back inside HTML or XML.
 * Afterwards: the app still answers, accepted injected text comes back byte for byte as JSON text,
 * and the pages carry a CSP that forbids inline script.
 *
 * Replay a run with FUZZ_SEED=<seed printed at the start>; FUZZ_SCALE multiplies the run count;
 * FUZZ_DB=postgres runs it on PostgreSQL (TEST_DATABASE_URL must be set).
 */
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanRunner, Store } from '../../src/core/ports';
import { findBadText } from '../../src/server/plugins/input';
import { createStore } from '../../src/store/create-store';
import { headers, type Session, signInAs, testApp } from '../support/app';
import { openTestDatabase } from '../support/databases';
import { seedBasics } from '../support/fixtures';
import {
  applyMutations,
  CONTENT_TYPES,
  hostileString,
  hugeString,
  MALFORMED_BODIES,
  mutation,
  ODD_UNICODE,
  SCRIPT_INJECTION,
  SCRIPT_MARKERS,
  SQL_INJECTION,
} from './hostile';
import { type JsonSchema, resolveRef, type SchemaContext, schemaArb } from './schema-arbitrary';
import { type Known, seedForFuzz } from './seed';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2_147_483_647;
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const MIN_REQUESTS = 5_000;
/** PGlite in the suite; FUZZ_DB=postgres (with TEST_DATABASE_URL) for a run on PostgreSQL. */
const DB = process.env.FUZZ_DB === 'postgres' && process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
/** Runs per route: more where there is a body to get wrong. */
const RUNS_NO_BODY = Math.round(48 * SCALE);
const RUNS_WITH_BODY = Math.round(80 * SCALE);
/** Routes slow by nature (a database dump, a deliberately slow password check) get fewer runs. */
const RUNS_CAPPED: Record<string, number> = {
  'GET /api/admin/backup': Math.round(8 * SCALE),
  'POST /api/auth/sign-in': Math.round(40 * SCALE),
};

type Caller = 'secretariat' | 'delegation' | 'anonymous';
type AuthVariant = 'proper' | 'noCsrf' | 'badBearer' | 'badCookie';

interface OpenApiParam {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
interface OpenApiOp {
  parameters?: OpenApiParam[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
interface OpenApiDoc {
  paths: Record<string, Record<string, OpenApiOp>>;
  components: { schemas: Record<string, JsonSchema> };
}

interface Route {
  method: string;
  path: string;
  pathParams: OpenApiParam[];
  query: OpenApiParam[];
  body: JsonSchema | null;
  /** The imports take text/csv or XLSX; their body is not in the document. */
  upload: boolean;
  sse: boolean;
}

interface FuzzRequest {
  route: string;
  caller: Caller;
  auth: AuthVariant;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  remoteAddress: string;
}

interface FuzzResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

const describeRequest = (q: FuzzRequest) => {
  const p = q.payload === undefined ? '' : String(q.payload);
  return `${q.method} ${q.url.length > 600 ? `${q.url.slice(0, 600)}… (${q.url.length} chars)` : q.url}\n  as ${q.caller} (${q.auth}) from ${q.remoteAddress}\n  headers ${JSON.stringify(q.headers)}\n  body ${p.length > 1200 ? `${JSON.stringify(p.slice(0, 1200))}… (${p.length} chars)` : JSON.stringify(p)}`;
};

/** Known records by the path they appear in and the parameter's name. */
function knownFor(k: Known, path: string, name: string): string[] {
  if (name === 'code' || name === 'party') return k.parties;
  if (name === 'lang') return ['en', 'uk', 'fr', 'de'];
  if (name === 'version') return ['1', '2', '0'];
  if (name === 'itemId') return k.actionItemIds;
  if (name === 'commitmentId') return k.commitmentIds;
  if (path.startsWith('/api/commitments')) return [...k.commitmentIds, ...k.commitmentRefs];
  if (path.startsWith('/api/forcegen/scenarios')) return k.scenarioIds;
  if (path.startsWith('/api/forcegen/plans')) return k.planIds;
  if (path.startsWith('/api/determinations')) return k.determinationIds;
  if (path.startsWith('/api/activation/items')) return k.itemIds;
  if (path.startsWith('/api/simulations')) return k.simulationIds;
  if (path.startsWith('/api/pressure')) return k.pressureIds;
  if (path.startsWith('/api/summits')) return k.summitIds;
  if (path.startsWith('/api/memos')) return k.memoIds;
  if (path.startsWith('/api/documents/signatures')) return k.signatureIds;
  if (path.startsWith('/api/incidents')) return k.incidentIds;
  return [];
}

/** Segments that are wrong for any route: malformed escapes, traversal, NUL, too long, odd Unicode. */
const RAW_BAD_SEGMENTS = [
  '%ZZ',
  '%',
  '%00',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..',
  '%C0%AF',
  '%F0%9F',
  'a'.repeat(250),
  '-1',
  '0',
  '1e999',
  'null',
  '%20',
  '%E2%80%AE',
];

function bodyHints(k: Known): SchemaContext['hints'] {
  const party = fc.constantFrom(...k.parties);
  return {
    guarantor: party,
    beneficiary: party,
    party,
    partyCode: party,
    ownerParty: party,
    nation: party,
    parties: fc.array(party, { maxLength: 3 }),
    commitmentId: fc.constantFrom(...k.commitmentIds),
    commitmentIds: fc.array(fc.constantFrom(...k.commitmentIds), { maxLength: 2 }),
    issue: fc.constantFrom(...k.issueSlugs),
    summitId: fc.constantFrom(...k.summitIds),
    // keep valid simulations small: they run in worker threads beside the fuzzing
    runs: fc.integer({ min: 1, max: 50 }),
    workers: fc.constant(1),
    chunkRuns: fc.integer({ min: 1, max: 50 }),
    horizonDays: fc.integer({ min: 1, max: 10 }),
    timeLimitSeconds: fc.integer({ min: 1, max: 3 }),
    lang: fc.constantFrom('en', 'uk', 'fr'),
    language: fc.constantFrom('en', 'uk', 'fr'),
    currency: fc.constantFrom('EUR', 'GBP', 'USD'),
    version: fc.integer({ min: 0, max: 3 }),
    password: fc.constantFrom('correct horse battery staple', 'password1234', 'short'),
    email: fc.constantFrom('gb@test.invalid', 'new@test.invalid', 'x@y.example'),
  };
}

/** encodeURIComponent, except that a lone surrogate goes as the (invalid UTF-8) bytes it would take. */
function enc(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff)
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    else out += encodeURIComponent(ch);
  }
  return out;
}

function queryString(entries: [string, string][]): string {
  return entries.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

/** A query value as the wire carries it: arrays repeat the key. */
function queryEntries(name: string, v: unknown): [string, string][] {
  if (v === undefined) return [];
  if (Array.isArray(v)) return v.flatMap((x) => queryEntries(name, x));
  if (v !== null && typeof v === 'object') return [[name, JSON.stringify(v)]];
  return [[name, String(v)]];
}

function requestArb(route: Route, sctx: SchemaContext, k: Known): fc.Arbitrary<FuzzRequest> {
  const pathArbs = route.pathParams.map((p) => {
    const known = knownFor(k, route.path, p.name);
    const fromSchema = schemaArb(sctx, p.schema).map((v) => enc(String(v)));
    return fc.oneof(
      ...(known.length ? [{ arbitrary: fc.constantFrom(...known).map(enc), weight: 6 }] : []),
      { arbitrary: fromSchema, weight: 2 },
      { arbitrary: hostileString.map(enc), weight: 2 },
      { arbitrary: fc.constantFrom(...RAW_BAD_SEGMENTS), weight: 1 },
    );
  });
  const queryArb: fc.Arbitrary<string> = fc.oneof(
    // valid-looking: each parameter present or not, from its schema
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          ...route.query.map((p) =>
            fc.option(
              fc.oneof(
                { arbitrary: schemaArb(sctx, p.schema), weight: 4 },
                { arbitrary: hostileString, weight: 1 },
              ),
              { freq: 2, nil: undefined },
            ),
          ),
        )
        .map((vals) => queryString(route.query.flatMap((p, i) => queryEntries(p.name, vals[i])))),
    },
    // hostile: unknown keys, repeated keys, bracket syntax, huge values, raw junk
    {
      weight: 2,
      arbitrary: fc
        .array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(
                ...route.query.map((p) => p.name),
                'unknown',
                'a[b]',
                '__proto__',
                'constructor',
                '',
              ),
              hostileString,
            ),
            fc.oneof(hostileString, fc.constantFrom('1', 'true', '[]', '{}', 'x'.repeat(5_000))),
          ),
          { minLength: 1, maxLength: 4 },
        )
        .map(queryString),
    },
    { weight: 1, arbitrary: fc.constantFrom('%ZZ', '&&&', '=', 'a=%', 'a=1&a=2&a=3', '%00=%00', '?', '#x') },
    { weight: 2, arbitrary: fc.constant('') },
  );

  const validBody = route.body ? schemaArb(sctx, route.body) : fc.constant(undefined);
  type Body = { payload?: string | Buffer; contentType?: string };
  const json = (v: unknown): Body =>
    v === undefined ? {} : { payload: JSON.stringify(v), contentType: 'application/json' };
  let bodyArb: fc.Arbitrary<Body>;
  if (route.upload) {
    const cell = fc.oneof(
      hostileString,
      fc.string({ maxLength: 10 }),
      fc.constantFrom('GB', 'public', '2024-01-01', '1e9'),
    );
    const csv = fc
      .array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 0, maxLength: 6 })
      .map((rows) =>
        rows
          .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
          .join('\n'),
      );
    bodyArb = fc.oneof(
      { weight: 4, arbitrary: csv.map((p): Body => ({ payload: p, contentType: 'text/csv' })) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('"unclosed,quote\n', 'a,b\n"x""', '\uFEFFref,guarantor\n', 'ref\n'.repeat(25_000))
          .map((p): Body => ({ payload: p, contentType: 'text/csv' })),
      },
      {
        weight: 1,
        arbitrary: fc.uint8Array({ maxLength: 200 }).map(
          (b): Body => ({
            payload: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(b)]),
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          }),
        ),
      },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(json) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...CONTENT_TYPES)
          .map((ct): Body => ({ payload: 'a,b\n1,2\n', contentType: ct })),
      },
    );
  } else if (route.body) {
    bodyArb = fc.oneof(
      { weight: 3, arbitrary: validBody.map(json) },
      {
        weight: 6,
        arbitrary: fc
          .tuple(validBody, fc.array(mutation, { minLength: 1, maxLength: 3 }))
          .map(([v, ms]) => json(applyMutations(v, ms))),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...MALFORMED_BODIES)
          .map((p): Body => ({ payload: p, contentType: 'application/json' })),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(validBody, fc.constantFrom(...CONTENT_TYPES))
          .map(([v, ct]): Body => ({ payload: JSON.stringify(v ?? {}), contentType: ct })),
      },
      {
        weight: 1,
        arbitrary: hugeString.map(
          (s): Body => ({ payload: JSON.stringify({ text: s }), contentType: 'application/json' }),
        ),
      },
      { weight: 1, arbitrary: fc.constant<Body>({}) },
    );
  } else if (route.method === 'GET') {
    bodyArb = fc.constant<Body>({});
  } else {
    bodyArb = fc.oneof(
      { weight: 4, arbitrary: fc.constant<Body>({}) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map(json) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...MALFORMED_BODIES)
          .map((p): Body => ({ payload: p, contentType: 'application/json' })),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...CONTENT_TYPES).map((ct): Body => ({ payload: 'x', contentType: ct })),
      },
    );
  }

  const caller = fc.oneof(
    { weight: 3, arbitrary: fc.constant<Caller>('secretariat') },
    { weight: 2, arbitrary: fc.constant<Caller>('delegation') },
    { weight: 2, arbitrary: fc.constant<Caller>('anonymous') },
  );
  const auth = fc.oneof(
    { weight: 12, arbitrary: fc.constant<AuthVariant>('proper') },
    { weight: 1, arbitrary: fc.constantFrom<AuthVariant>('noCsrf', 'badBearer', 'badCookie') },
  );
  // sign-in is rate-limited per address: a few addresses let some attempts reach the password check
  const remote = fc.constantFrom('127.0.0.1', '10.66.0.1', '10.66.0.2', '::1');

  return fc
    .record({ path: fc.tuple(...pathArbs), query: queryArb, body: bodyArb, caller, auth, remote })
    .map(({ path, query, body, caller, auth, remote }) => {
      let i = 0;
      const p = route.path.replace(/\{[^}]+\}/g, () => path[i++] ?? '');
      const h: Record<string, string> = {};
      if (body.contentType) h['content-type'] = body.contentType;
      return {
        route: `${route.method} ${route.path}`,
        caller,
        auth,
        method: route.method,
        url: query ? `${p}?${query}` : p,
        headers: h,
        ...(body.payload !== undefined ? { payload: body.payload } : {}),
        remoteAddress: remote,
      };
    });
}

function routesOf(doc: OpenApiDoc, sctx: SchemaContext): Route[] {
  const out: Route[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const [method, op] of Object.entries(ops)) {
      const params = op.parameters ?? [];
      const bodySchema = op.requestBody?.content['application/json']?.schema;
      out.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        query: params.filter((p) => p.in === 'query'),
        body: bodySchema ? resolveRef(sctx, bodySchema) : null,
        upload: !bodySchema && /\/import$/.test(path) && method === 'post',
        sse: method === 'get' && path.endsWith('/events'),
      });
    }
  }
  return out;
}

describe(`API fuzzing (${DB})`, () => {
  let app: FastifyInstance;
  let store: Store;
  let drop: () => Promise<void>;
  let sessions: Record<Caller, Session | undefined>;
  let doc: OpenApiDoc;
  let routes: Route[];
  let known: Known;
  let port = 0;
  const perRoute = new Map<string, number>();
  const statuses = new Map<number, number>();
  const perCaller = new Map<Caller, number>();
  let total = 0;
  let firstFailure: string | null = null;
  const slowRequests: [number, string][] = [];

  beforeAll(async () => {
    const o = await openTestDatabase(DB);
    drop = o.drop;
    store = createStore(o.db);
    await seedBasics(store);
    // plans are queued but not solved: the solver is not what is fuzzed here
    const runner: PlanRunner = { start: () => {}, cancel: () => false };
    app = (await testApp({ kind: DB, db: o.db, store }, { runner })).app;
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
    const all: Record<string, Session> = {};
    for (const key of ['secretariat', 'gb', 'commission']) all[key] = await signInAs(app, key);
    sessions = { secretariat: all.secretariat, delegation: all.gb, anonymous: undefined };
    known = await seedForFuzz(app, all);
    const r = await app.inject({ method: 'GET', url: '/docs/json' });
    doc = r.json() as OpenApiDoc;
  });
  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  const send = async (q: FuzzRequest, sse: boolean): Promise<FuzzResponse> => {
    const s = sessions[q.caller];
    const auth: Record<string, string> = {};
    if (q.auth === 'badBearer') auth.authorization = 'Bearer gt_not-a-token';
    else if (q.auth === 'badCookie') auth.cookie = 'guarantor_session=forged';
    else if (s) {
      auth.cookie = s.cookie;
      if (q.auth === 'proper') auth['x-csrf-token'] = s.csrf;
    }
    const hs = { ...auth, ...q.headers };
    if (sse) return sseRequest(port, q.url, hs);
    const r = await app.inject({
      method: q.method as 'GET',
      url: q.url,
      headers: hs,
      remoteAddress: q.remoteAddress,
      ...(q.payload !== undefined ? { payload: q.payload } : {}),
    });
    // the fuzzer may sign its own callers out: sign them in again
    if (q.route.startsWith('POST /api/auth/sign-out') && r.statusCode < 300 && q.caller !== 'anonymous')
      sessions[q.caller] = await signInAs(app, q.caller === 'secretariat' ? 'secretariat' : 'gb');
    return { statusCode: r.statusCode, headers: r.headers, body: r.body };
  };

  /** Sends one request and checks the rules; throws with the request and response on a breach. */
  const check = async (route: Route, q: FuzzRequest): Promise<void> => {
    const before = await store.audit.head();
    const t0 = performance.now();
    const res = await send(q, route.sse);
    const ms = performance.now() - t0;
    const after = await store.audit.head();
    slowRequests.push([ms, `${res.statusCode} ${describeRequest(q).slice(0, 400)}`]);
    if (slowRequests.length > 20) slowRequests.sort((a, b) => b[0] - a[0]).splice(10);
    total++;
    perRoute.set(q.route, (perRoute.get(q.route) ?? 0) + 1);
    perCaller.set(q.caller, (perCaller.get(q.caller) ?? 0) + 1);
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    const problems: string[] = [];
    if (res.statusCode >= 500) problems.push(`a ${res.statusCode}`);
    const rejected = res.statusCode >= 400 && res.statusCode < 500;
    const auditedFailure = q.route === 'POST /api/auth/sign-in' && res.statusCode === 401;
    if (rejected && !auditedFailure && (after.seq !== before.seq || after.hash !== before.hash)) {
      const added = await store.audit.recent(Math.max(1, after.seq - before.seq));
      problems.push(
        `a rejected request moved the audit head from ${before.seq} to ${after.seq} (${added.map((e) => `${e.action} ${e.entity}/${e.entityId} by ${e.actorLabel} at ${e.at}: ${JSON.stringify(e.after).slice(0, 300)}`).join(', ')})`,
      );
    }
    const type = String(res.headers['content-type'] ?? '');
    if (res.statusCode >= 400) {
      if (!type.startsWith('application/problem+json')) problems.push(`an error as ${type || 'no type'}`);
      else {
        try {
          const p = JSON.parse(res.body) as { status?: number; code?: string };
          if (p.status !== res.statusCode || !p.code)
            problems.push('a problem document without its status or code');
        } catch {
          problems.push('a problem document that is not JSON');
        }
      }
    }
    if (!route.sse && res.headers['x-content-type-options'] !== 'nosniff') problems.push('no nosniff');
    if (SCRIPT_MARKERS.some((m) => res.body.includes(m)) && (/html|xml|svg/i.test(type) || !type))
      problems.push(`injected script came back raw in ${type || 'an untyped response'}`);
    if (problems.length) {
      const msg = `${problems.join('; ')}\n  request: ${describeRequest(q)}\n  response: ${res.statusCode} ${type}\n  ${res.body.slice(0, 1500)}`;
      firstFailure ??= msg;
      throw new Error(msg);
    }
  };

  it(`answers ≥ ${MIN_REQUESTS} generated requests over every route without a 5xx or a stored rejection`, async () => {
    process.stderr.write(`api fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED})\n`);
    const sctx: SchemaContext = { schemas: doc.components.schemas, hints: bodyHints(known) };
    routes = routesOf(doc, sctx);
    expect(routes.length).toBeGreaterThan(60);
    const started = Date.now();
    const failures: string[] = [];
    const timings: [string, number][] = [];
    for (const [i, route] of routes.entries()) {
      const numRuns =
        RUNS_CAPPED[`${route.method} ${route.path}`] ??
        (route.body || route.upload ? RUNS_WITH_BODY : RUNS_NO_BODY);
      const t0 = Date.now();
      const result = await fc.check(
        fc.asyncProperty(requestArb(route, sctx, known), (q) => check(route, q)),
        { seed: SEED + i, numRuns },
      );
      timings.push([`${route.method} ${route.path}`, Date.now() - t0]);
      if (result.failed) {
        const shrunk = result.counterexample?.[0];
        failures.push(
          `fuzzing ${route.method} ${route.path} failed (seed ${SEED + i}, path ${result.counterexamplePath}):\n` +
            `first failure: ${firstFailure}\n` +
            `shrunk to: ${shrunk ? describeRequest(shrunk) : '?'}\n${String(result.errorInstance)}`,
        );
        firstFailure = null;
      }
    }
    const seconds = (Date.now() - started) / 1000;
    const byStatus = [...statuses.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`);
    process.stderr.write(
      `api fuzz: ${total} requests over ${perRoute.size} routes in ${seconds.toFixed(1)} s; statuses ${byStatus.join(' ')}; callers ${[...perCaller].map(([c, n]) => `${c}×${n}`).join(' ')}\n`,
    );
    const slowest = timings.sort((a, b) => b[1] - a[1]).slice(0, 8);
    slowRequests.sort((a, b) => b[0] - a[0]);
    for (const [ms, what] of slowRequests.slice(0, 6))
      process.stderr.write(`api fuzz: slow request ${ms.toFixed(0)} ms: ${what}\n`);
    process.stderr.write(
      `api fuzz: slowest routes ${slowest.map(([r, ms]) => `${r} ${ms} ms`).join('; ')}\n`,
    );
    // every route's failures at once, each with its first and its shrunk request
    for (const f of failures) process.stderr.write(`${f}\n\n`);
    expect(failures, failures.join('\n\n')).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(MIN_REQUESTS);
    for (const c of ['secretariat', 'delegation', 'anonymous'] as const)
      expect(perCaller.get(c) ?? 0, `requests as ${c}`).toBeGreaterThan(total / 10);
    const missed = routes.map((r) => `${r.method} ${r.path}`).filter((r) => !(perRoute.get(r) ?? 0));
    expect(missed, 'routes that got no request').toEqual([]);
  }, 300_000);

  it('still answers /api/health afterwards, and the audit chain verifies', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    const v = await app.inject({
      method: 'POST',
      url: '/api/audit/verify',
      headers: headers(sessions.secretariat),
    });
    expect(v.statusCode).toBe(200);
    expect(v.json().ok).toBe(true);
  });

  it('stores injected text as given and returns it byte for byte as JSON text', async () => {
    const texts = [
      ...SQL_INJECTION,
      ...SCRIPT_INJECTION,
      ...ODD_UNICODE.filter((s) => !findBadText(s, 'x') && s.trim()),
    ];
    for (const [i, title] of texts.entries()) {
      const created = await app.inject({
        method: 'POST',
        url: '/api/commitments',
        headers: headers(sessions.secretariat),
        payload: {
          guarantor: 'GB',
          pillar: 'long_term_support',
          kind: 'finance',
          title,
          text: `${title} The United Kingdom will provide support.`,
          lang: 'en',
          legalForm: 'executive_agreement',
          ref: `FZ-TEXT-${i}`,
          classification: 'public',
        },
      });
      expect(created.statusCode, `${JSON.stringify(title)}: ${created.body}`).toBe(201);
      const read = await app.inject({ method: 'GET', url: `/api/commitments/FZ-TEXT-${i}` });
      expect(read.statusCode).toBe(200);
      expect(read.headers['content-type']).toMatch(/^application\/json/);
      expect(read.json().title, JSON.stringify(title)).toBe(title);
      expect(read.body.includes(`"title":${JSON.stringify(title)}`), JSON.stringify(title)).toBe(true);
    }
    // a commitment table still exists after "'; DROP TABLE commitment; --"
    const list = await app.inject({ method: 'GET', url: '/api/commitments?q=DROP' });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBeGreaterThan(0);
  });

  it('refuses text that is not well-formed Unicode or holds NUL, naming the field, and stores nothing', async () => {
    for (const title of ODD_UNICODE.filter((s) => findBadText(s, 'x'))) {
      const before = await store.audit.head();
      const r = await app.inject({
        method: 'POST',
        url: '/api/commitments',
        headers: headers(sessions.secretariat),
        payload: {
          guarantor: 'GB',
          pillar: 'long_term_support',
          kind: 'finance',
          legalForm: 'executive_agreement',
          title,
          text: 'The UK will help.',
          lang: 'en',
        },
      });
      expect(r.statusCode, JSON.stringify(title)).toBe(400);
      expect(r.json().errors?.[0]?.path, `${JSON.stringify(title)}: ${r.body}`).toBe('body.title');
      expect((await store.audit.head()).seq).toBe(before.seq);
    }
  });

  it('serves pages with a CSP that forbids inline script', async () => {
    for (const url of ['/', '/commitments', '/docs/json', '/api/health']) {
      const r = await app.inject({ method: 'GET', url });
      const csp = String(r.headers['content-security-policy'] ?? '');
      const script =
        /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? /(?:^|;)\s*default-src ([^;]*)/.exec(csp)?.[1];
      expect(script, `${url} CSP: ${csp}`).toBeDefined();
      expect(script, url).not.toContain("'unsafe-inline'");
      expect(script, url).not.toContain("'unsafe-eval'");
      expect(csp, url).toMatch(/script-src-attr 'none'|script-src 'self'/);
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });
});

/** An event stream stays open: read the status and headers, then hang up. */
function sseRequest(port: number, url: string, hs: Record<string, string>): Promise<FuzzResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: url, method: 'GET', headers: hs }, (res) => {
      const type = String(res.headers['content-type'] ?? '');
      if (type.startsWith('text/event-stream')) {
        resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: '' });
        req.destroy();
        return;
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', (e) => reject(e));
    req.setTimeout(10_000, () => req.destroy(new Error('event stream did not answer in 10 s')));
    req.end();
  });
}
