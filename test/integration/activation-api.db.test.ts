/**
 * Determinations, activation boards and simulations over the API: the commission records, the
 * plan is served and verified, a guarantor marks its item and the board hears of it, and a
 * simulation with the same seed gives the same JSON on one worker and on two.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CommitmentCreate } from '../../src/contracts/commitment';
import { registerCommitment } from '../../src/core/commitments/register-commitment';
import { headers, type Session, signInAll, testApp } from '../support/app';
import { describeEachDatabase } from '../support/databases';
import { fixedClock, SYSTEM, sampleCommitment, seedBasics } from '../support/fixtures';

async function waitForJob(app: FastifyInstance, id: string, h: Record<string, string>) {
  for (let i = 0; i < 600; i++) {
    const j = (await app.inject({ method: 'GET', url: `/api/simulations/${id}`, headers: h })).json();
    if (!['queued', 'running'].includes(j.status)) return j;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('simulation did not finish');
}

describeEachDatabase('activation API', (t) => {
  let app: FastifyInstance;
  let s: Record<string, Session>;
  let determinationId = '';

  beforeAll(async () => {
    await seedBasics(t().store);
    const deps = { store: t().store, clock: fixedClock() };
    const kinds = ['consultation', 'air_defence', 'finance', 'intelligence', 'sanctions'] as const;
    for (const [i, g] of ['GB', 'FR', 'DE', 'GB', 'FR', 'DE', 'EU', 'GB'].entries()) {
      await registerCommitment(
        {
          input: CommitmentCreate.parse(
            sampleCommitment({
              ref: `RA-${i}`,
              guarantor: g,
              pillar: i % 2 ? 'renewed_attack' : 'long_term_support',
              kind: kinds[i % kinds.length],
              status: 'in_force',
              trigger: { kind: 'renewed_attack' },
              terms: { responseTimeHours: 24 * (i + 1), money: { amount: 1e8 * (i + 1), currency: 'GBP' } },
              conditions:
                i % 3 === 0
                  ? [{ kind: 'parliamentary_approval', text: 'approval pending', satisfied: false }]
                  : [],
            }),
          ),
          actor: SYSTEM,
        },
        deps,
      );
    }
    app = (await testApp(t())).app;
    s = await signInAll(app);
  });
  afterAll(() => app?.close());

  it('the commission records a determination; a bad one names its field; others may not', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/determinations',
      headers: headers(s.commission),
      payload: { trigger: 'attributed_breach', determinedAt: '2026-03-01T10:00:00Z' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('body.severity');
    const refused = await app.inject({
      method: 'POST',
      url: '/api/determinations',
      headers: headers(s.secretariat),
      payload: { trigger: 'renewed_attack', determinedAt: '2026-03-01T10:00:00Z' },
    });
    expect(refused.statusCode).toBe(403);
    const r = await app.inject({
      method: 'POST',
      url: '/api/determinations',
      headers: headers(s.commission),
      payload: {
        trigger: 'renewed_attack',
        determinedAt: '2026-03-01T10:00:00+02:00',
        evidence: [{ title: 'Report', url: 'https://example.org/report' }],
        reasoning: 'Test.',
      },
    });
    expect(r.statusCode).toBe(201);
    const plan = r.json();
    determinationId = plan.determination.id;
    expect(plan.items).toHaveLength(8);
    expect(plan.determination.signature.algorithm).toBe('Ed25519');
    const verify = await app.inject({
      method: 'GET',
      url: `/api/determinations/${determinationId}/verify`,
      headers: headers(s.observer),
    });
    expect(verify.json()).toMatchObject({ valid: true, planValid: true });
  });

  it('a guarantor marks its item and the open board hears of it', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const ac = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/api/determinations/${determinationId}/events`, {
      headers: { cookie: s.ua!.cookie },
      signal: ac.signal,
    });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const plan = (
      await app.inject({
        method: 'GET',
        url: `/api/determinations/${determinationId}`,
        headers: headers(s.fr),
      })
    ).json();
    const item = plan.items.find((i: { guarantor: string; canMark: boolean }) => i.guarantor === 'FR');
    expect(item.canMark).toBe(true);
    const m = await app.inject({
      method: 'PATCH',
      url: `/api/activation/items/${item.id}`,
      headers: headers(s.fr),
      payload: { outcome: 'honoured', at: '2026-03-01T12:00:00Z', evidence: 'Done.' },
    });
    expect(m.statusCode).toBe(200);
    expect(m.json().state).toBe('honoured_on_time');
    let text = '';
    while (!text.includes('event: item')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain(item.id);
    ac.abort();
    const rel = (await app.inject({ method: 'GET', url: '/api/reliability', headers: headers(s.fr) })).json();
    expect(rel.find((x: { guarantor: string }) => x.guarantor === 'FR').onTime).toBe(1);
  });

  it('a simulation with the same seed gives the same JSON on one worker and on two', async () => {
    const options = { runs: 3000, seed: 7, horizonDays: 30, chunkRuns: 250 };
    const start = async (workers: number) => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/simulations',
        headers: headers(s.ua),
        payload: { ...options, workers },
      });
      expect(r.statusCode).toBe(202);
      return waitForJob(app, r.json().id, headers(s.ua));
    };
    const one = await start(1);
    const two = await start(2);
    expect(one.status).toBe('done');
    expect(one.result.commitments).toBe(8);
    expect(one.progress).toEqual({ chunksDone: 12, chunks: 12, runsDone: 3000 });
    expect(JSON.stringify(two.result)).toBe(JSON.stringify(one.result));
    // another caller does not see the job
    const other = await app.inject({
      method: 'GET',
      url: `/api/simulations/${one.id}`,
      headers: headers(s.gb),
    });
    expect(other.statusCode).toBe(404);
    const tooMany = await app.inject({
      method: 'POST',
      url: '/api/simulations',
      headers: headers(s.ua),
      payload: { runs: 200_000 },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].path).toBe('body.runs');
  });

  it('a running simulation can be cancelled', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/simulations',
      headers: headers(s.ua),
      payload: { runs: 100_000, chunkRuns: 100, horizonDays: 365 },
    });
    const id = r.json().id;
    const c = await app.inject({
      method: 'POST',
      url: `/api/simulations/${id}/cancel`,
      headers: headers(s.ua),
    });
    expect(c.statusCode).toBe(200);
    const done = await waitForJob(app, id, headers(s.ua));
    expect(done.status).toBe('cancelled');
    const again = await app.inject({
      method: 'POST',
      url: `/api/simulations/${id}/cancel`,
      headers: headers(s.ua),
    });
    expect(again.statusCode).toBe(409);
  });
});
