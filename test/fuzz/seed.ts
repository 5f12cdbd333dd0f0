/**
 * A small register for the fuzzer to aim at: one record of each kind, so that generated path
 * parameters and body references sometimes name something that exists (and reach the deeper code).
 */
import type { FastifyInstance } from 'fastify';
import { generateScenario } from '../../src/core/forcegen';
import { headers, type Session } from '../support/app';
import { sampleCommitment } from '../support/fixtures';

export interface Known {
  commitmentIds: string[];
  commitmentRefs: string[];
  scenarioIds: string[];
  planIds: string[];
  determinationIds: string[];
  itemIds: string[];
  simulationIds: string[];
  issueSlugs: string[];
  pressureIds: string[];
  summitIds: string[];
  actionItemIds: string[];
  memoIds: string[];
  signatureIds: string[];
  incidentIds: string[];
  parties: string[];
}

export async function seedForFuzz(app: FastifyInstance, s: Record<string, Session>): Promise<Known> {
  const call = async (who: string, method: string, url: string, payload?: unknown) => {
    const r = await app.inject({
      method: method as 'POST',
      url,
      headers: headers(s[who]),
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    if (r.statusCode >= 300) throw new Error(`seeding ${method} ${url}: ${r.statusCode} ${r.body}`);
    return r.json();
  };
  const k: Known = {
    commitmentIds: [],
    commitmentRefs: [],
    scenarioIds: ['fuzz-conf'],
    planIds: [],
    determinationIds: [],
    itemIds: [],
    simulationIds: [],
    issueSlugs: ['fuzz-issue'],
    pressureIds: [],
    summitIds: ['fuzz-summit'],
    actionItemIds: [],
    memoIds: ['fuzz-memo'],
    signatureIds: [],
    incidentIds: [],
    parties: ['GB', 'FR', 'DE', 'UA', 'EU'],
  };
  for (const [ref, classification, guarantor] of [
    ['FZ-public', 'public', 'GB'],
    ['FZ-coalition', 'coalition', 'GB'],
    ['FZ-national', 'national', 'FR'],
  ] as const) {
    const c = await call('secretariat', 'POST', '/api/commitments', {
      ...sampleCommitment({ ref, classification, guarantor }),
      status: 'in_force',
      trigger: { kind: 'renewed_attack' },
      terms: { responseTimeHours: 24 },
    });
    k.commitmentIds.push(c.id);
    k.commitmentRefs.push(ref);
  }
  const scenario = generateScenario({ nations: 4, lines: 4, offers: 8, seed: 5 });
  await call('secretariat', 'PUT', '/api/forcegen/scenarios/fuzz-conf', { name: 'Fuzz', scenario });
  k.planIds.push((await call('secretariat', 'POST', '/api/forcegen/scenarios/fuzz-conf/plans', {})).id);
  const det = await call('commission', 'POST', '/api/determinations', {
    trigger: 'renewed_attack',
    determinedAt: '2026-03-10T08:00:00Z',
  });
  k.determinationIds.push(det.determination.id);
  const board = await call('secretariat', 'GET', `/api/determinations/${det.determination.id}`);
  k.itemIds.push(...(board.items as { id: string }[]).map((i) => i.id));
  k.simulationIds.push(
    (await call('secretariat', 'POST', '/api/simulations', { runs: 20, horizonDays: 5, workers: 1 })).id,
  );
  await call('secretariat', 'POST', '/api/issues', {
    slug: 'fuzz-issue',
    title: 'Fuzz',
    lowLabel: 'no',
    highLabel: 'yes',
  });
  k.pressureIds.push(
    (await call('secretariat', 'POST', '/api/pressure', { title: 'Fuzz', kind: 'other' })).id,
  );
  await call('secretariat', 'POST', '/api/summits', {
    slug: 'fuzz-summit',
    title: 'Fuzz summit',
    startsAt: '2026-01-06T13:00:00Z',
    endsAt: '2026-01-06T18:00:00Z',
    timeZone: 'Europe/Paris',
    place: 'Paris',
    format: 'hybrid',
  });
  await call('secretariat', 'POST', '/api/summits/fuzz-summit/invitations', { parties: ['GB', 'FR', 'UA'] });
  const item = await call('secretariat', 'POST', '/api/summits/fuzz-summit/action-items', {
    text: 'Do it',
    ownerParty: 'GB',
    deadline: '2026-02-01T00:00:00Z',
  });
  k.actionItemIds.push(item.id);
  await call('secretariat', 'POST', '/api/summits/fuzz-summit/memos', {
    id: 'fuzz-memo',
    title: 'Memo',
    language: 'en',
    body: 'A short memo to delegations, in order to test who reads it.',
  });
  k.signatureIds.push(
    (await call('gb', 'POST', '/api/documents/agreements/GB/signatures', { confirm: true })).id,
  );
  k.incidentIds.push(
    (
      await call('secretariat', 'POST', '/api/incidents', {
        occurredAt: '2026-02-20T06:00:00Z',
        latitude: 48.0,
        longitude: 37.8,
        region: 'UA-14',
        type: 'explosion',
        observedBy: ['heard'],
        team: 'Team Donetsk',
        description: 'One explosion.',
      })
    ).id,
  );
  return k;
}
