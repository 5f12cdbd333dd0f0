/** The sourcing conference over the API: scenarios, live offers, plans solved in the background. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateScenario } from '../../src/core/forcegen';
import { headers, type Session, signInAll, testApp } from '../support/app';
import { describeEachDatabase } from '../support/databases';
import { seedBasics } from '../support/fixtures';

const scenario = () => {
  const s = generateScenario({ nations: 6, lines: 10, offers: 30, seed: 7 });
  // make GB and FR two of the nations, so that their delegations can offer
  const ids = s.nations.map((n) => n.id);
  if (!ids.includes('GB') || !ids.includes('FR'))
    throw new Error(`generator nations changed: ${ids.join(',')}`);
  return s;
};

async function waitForPlan(app: FastifyInstance, id: string, h: Record<string, string>) {
  for (let i = 0; i < 300; i++) {
    const p = (await app.inject({ method: 'GET', url: `/api/forcegen/plans/${id}`, headers: h })).json();
    if (!['queued', 'running'].includes(p.status)) return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('plan did not finish');
}

describeEachDatabase('force generation API', (t) => {
  let app: FastifyInstance;
  let s: Record<string, Session>;
  beforeAll(async () => {
    await seedBasics(t().store);
    app = (await testApp(t())).app;
    s = await signInAll(app);
  });
  afterAll(() => app?.close());

  it('a planner creates a scenario; a malformed one is refused with the path of the bad field', async () => {
    const bad = scenario() as unknown as { lines: { quantity: unknown }[] };
    bad.lines[2]!.quantity = -4;
    const r1 = await app.inject({
      method: 'PUT',
      url: '/api/forcegen/scenarios/test-conf',
      headers: headers(s.planner),
      payload: { name: 'Test', scenario: bad },
    });
    expect(r1.statusCode).toBe(422);
    expect(r1.json().errors[0].path).toBe('scenario.lines.2.quantity');
    const r2 = await app.inject({
      method: 'PUT',
      url: '/api/forcegen/scenarios/test-conf',
      headers: headers(s.planner),
      payload: { name: 'Test', scenario: scenario() },
    });
    expect(r2.statusCode).toBe(200);
    expect(r2.json()).toMatchObject({ id: 'test-conf', version: 1, lines: 10, offers: 30 });
    const dup = await app.inject({
      method: 'PUT',
      url: '/api/forcegen/scenarios/test-conf',
      headers: headers(s.planner),
      payload: { name: 'Test', scenario: scenario() },
    });
    expect(dup.statusCode).toBe(409);
  });

  it('offers arrive live: a delegation offers its own units only, and open screens hear of it', async () => {
    const base = scenario().offers[0]!;
    const offer = { ...base, id: 'LIVE-GB-1', nation: 'GB', unit: 'Live offer company' };
    const other = await app.inject({
      method: 'POST',
      url: '/api/forcegen/scenarios/test-conf/offers',
      headers: headers(s.gb),
      payload: { offer: { ...offer, nation: 'FR' } },
    });
    expect(other.statusCode).toBe(403);
    const r = await app.inject({
      method: 'POST',
      url: '/api/forcegen/scenarios/test-conf/offers',
      headers: headers(s.gb),
      payload: { offer },
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ version: 2, offers: 31 });
    const again = await app.inject({
      method: 'POST',
      url: '/api/forcegen/scenarios/test-conf/offers',
      headers: headers(s.gb),
      payload: { offer },
    });
    expect(again.statusCode).toBe(409);
    const v1 = await app.inject({
      method: 'GET',
      url: '/api/forcegen/scenarios/test-conf?version=1',
      headers: headers(s.ua),
    });
    expect(v1.json().scenario.offers).toHaveLength(30);
    const view = (
      await app.inject({ method: 'GET', url: '/api/forcegen/scenarios/test-conf', headers: headers(s.gb) })
    ).json();
    expect(view.permissions).toMatchObject({ canEdit: false, canSolve: false, offerNations: ['GB'] });
  });

  it('solves a plan in the background, with allocation, gaps and burden sharing; a what-if is compared', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/forcegen/scenarios/test-conf/plans',
      headers: headers(s.planner),
      payload: {},
    });
    expect(r.statusCode).toBe(202);
    const plan = await waitForPlan(app, r.json().id, headers(s.planner));
    expect(plan.status).toBe('done');
    expect(plan.scenarioVersion).toBe(2);
    expect(plan.result.allocation.length).toBeGreaterThan(0);
    expect(plan.result.burdenSharing.length).toBe(6);
    expect(plan.result.objective.coverage).toBeLessThanOrEqual(plan.result.bound + 1e-9);
    const w = await app.inject({
      method: 'POST',
      url: '/api/forcegen/scenarios/test-conf/plans',
      headers: headers(s.planner),
      payload: { whatIf: { kind: 'withdraw_nation', nation: 'GB' } },
    });
    const wp = await waitForPlan(app, w.json().id, headers(s.planner));
    expect(wp.status).toBe('done');
    expect(wp.comparison).not.toBeNull();
    expect(wp.result.allocation.every((a: { nation: string }) => a.nation !== 'GB')).toBe(true);
    const list = (
      await app.inject({
        method: 'GET',
        url: '/api/forcegen/scenarios/test-conf/plans',
        headers: headers(s.ua),
      })
    ).json();
    expect(list.map((p: { id: string }) => p.id)).toEqual([w.json().id, r.json().id]);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/forcegen/scenarios/test-conf/plans',
          headers: headers(s.gb),
          payload: {},
        })
      ).statusCode,
    ).toBe(403);
  });

  it('streams server-sent events to an open screen', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const ac = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/api/forcegen/scenarios/test-conf/events`, {
      headers: { cookie: s.ua!.cookie },
      signal: ac.signal,
    });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const base = scenario().offers[1]!;
    await app.inject({
      method: 'POST',
      url: '/api/forcegen/scenarios/test-conf/offers',
      headers: headers(s.fr),
      payload: { offer: { ...base, id: 'LIVE-FR-1', nation: 'FR' } },
    });
    let text = '';
    while (!text.includes('event: offer')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('"nation":"FR"');
    ac.abort();
  });
});
