/**
 * Jobs as rows on real databases: a simulation's life (queued, running, ended once), cancels of
 * a waiting and of a running job, plan cancel flags, and which leftovers count as orphans — only
 * those of servers not seen lately, or every one when this process is the only server.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import type { SimulationJobRecord } from '../../core/ports';

const job = (over: Partial<SimulationJobRecord> = {}): SimulationJobRecord => ({
  id: randomUUID(),
  ownerId: randomUUID(),
  runnerId: null,
  input: { runs: 100, seed: 1 },
  commitments: 3,
  state: 'queued',
  progress: null,
  result: null,
  error: null,
  cancelRequested: false,
  createdAt: '2026-01-06T09:00:00.000Z',
  updatedAt: '2026-01-06T09:00:00.000Z',
  finishedAt: null,
  ...over,
});
const NOW = '2026-01-06T09:05:00.000Z';

describeEachDatabase('job repository', (t) => {
  it('runs a simulation job once: queued → running → done, and a second end changes nothing', async () => {
    const jobs = t().store.jobs;
    const j = job();
    await jobs.insertSimulation(j);
    expect(await jobs.countActiveSimulations(j.ownerId)).toBe(1);
    expect(await jobs.markSimulationRunning(j.id, NOW)).toBe(true);
    expect(await jobs.markSimulationRunning(j.id, NOW)).toBe(false);
    await jobs.setSimulationProgress(j.id, { chunksDone: 1, chunks: 2, runsDone: 50 }, NOW);
    const done = await jobs.finishSimulation(j.id, { state: 'done', error: undefined }, NOW);
    expect(done).toMatchObject({ state: 'done', finishedAt: NOW, progress: { chunksDone: 1 } });
    expect(await jobs.finishSimulation(j.id, { state: 'failed', error: 'late' }, NOW)).toBeNull();
    expect(await jobs.getSimulation(j.id)).toMatchObject({ state: 'done', error: null, input: j.input });
    expect(await jobs.countActiveSimulations(j.ownerId)).toBe(0);
  });

  it('a cancel ends a waiting job at once and flags a running one; an ended one is left alone', async () => {
    const jobs = t().store.jobs;
    const waiting = job();
    const running = job({ ownerId: waiting.ownerId });
    await jobs.insertSimulation(waiting);
    await jobs.insertSimulation(running);
    await jobs.markSimulationRunning(running.id, NOW);
    expect(await jobs.requestSimulationCancel(waiting.id, NOW)).toMatchObject({
      state: 'cancelled',
      finishedAt: NOW,
    });
    expect(await jobs.markSimulationRunning(waiting.id, NOW)).toBe(false);
    expect(await jobs.requestSimulationCancel(running.id, NOW)).toMatchObject({
      state: 'running',
      cancelRequested: true,
    });
    expect(
      await jobs.cancelRequested({ plans: [], simulations: [waiting.id, running.id, randomUUID()] }),
    ).toEqual({ plans: [], simulations: expect.arrayContaining([waiting.id, running.id]) });
    await jobs.finishSimulation(running.id, { state: 'cancelled' }, NOW);
    expect(await jobs.requestSimulationCancel(running.id, NOW)).toBeNull();
  });

  it('fails only the jobs of servers not seen lately; with no other server, every leftover', async () => {
    const jobs = t().store.jobs;
    const alive = randomUUID();
    const gone = randomUUID();
    await jobs.registerInstance(alive);
    const mine = job({ runnerId: alive });
    const orphan = job({ runnerId: gone });
    await jobs.insertSimulation(mine);
    await jobs.insertSimulation(orphan);
    const swept = await jobs.failOrphans('interrupted', NOW, 30);
    expect(swept.simulations).toContain(orphan.id);
    expect(swept.simulations).not.toContain(mine.id);
    expect(await jobs.getSimulation(orphan.id)).toMatchObject({ state: 'failed', error: 'interrupted' });
    expect(await jobs.getSimulation(mine.id)).toMatchObject({ state: 'queued' });
    await jobs.heartbeat(alive);
    await jobs.removeInstance(alive);
    expect((await jobs.failOrphans('stopped', NOW, 30)).simulations).toContain(mine.id);
    const left = job();
    await jobs.insertSimulation(left);
    expect((await jobs.failOrphans('restart', NOW, null)).simulations).toEqual([left.id]);
  });

  it('prunes ended jobs beyond the newest kept, and ones ended long ago', async () => {
    const jobs = t().store.jobs;
    const owner = randomUUID();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const j = job({ ownerId: owner });
      ids.push(j.id);
      await jobs.insertSimulation(j);
      await jobs.finishSimulation(j.id, { state: 'done' }, `2026-01-06T09:0${i}:00.000Z`);
    }
    await jobs.pruneSimulations(owner, 2, '2026-01-01T00:00:00.000Z');
    const kept = await Promise.all(ids.map((id) => jobs.getSimulation(id)));
    expect(kept.map((k) => k !== null)).toEqual([false, false, true, true]);
    await jobs.pruneSimulations(owner, 10, '2026-01-07T00:00:00.000Z');
    expect(await jobs.getSimulation(ids[3]!)).toBeNull();
  });

  it('keeps a large live event for the notification to name', async () => {
    const jobs = t().store.jobs;
    const body = { type: 'offer', data: { text: 'x'.repeat(10_000) } };
    const id = await jobs.putLiveEvent('forcegen:x', body);
    expect(await jobs.liveEvent(id)).toEqual({ topic: 'forcegen:x', body });
    await jobs.pruneLiveEvents(3600);
    expect(await jobs.liveEvent(id)).not.toBeNull();
  });
});
