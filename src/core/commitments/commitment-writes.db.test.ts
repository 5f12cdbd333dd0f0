/** Writes under concurrency: racing and rolled-back writes, grouped registrations, several audit entries in one transaction. */
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { fixedClock, SYSTEM, sampleCommitment, seedBasics } from '../../../test/support/fixtures';
import { CommitmentCreate, CommitmentQuery } from '../../contracts/commitment';
import { recordAudit, recordAudits } from '../audit/record';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { AppError } from '../errors';
import { commitmentHistory } from './commitment-history';
import { registerCommitment, registerCommitments } from './register-commitment';

const _q = (o: Record<string, unknown> = {}) => CommitmentQuery.parse(o);
const _expectCode = async (p: Promise<unknown>, code: string) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
};
describeEachDatabase('audit chain under concurrent and failed writes', (t) => {
  it('stays one intact chain when writes race and some roll back', async () => {
    const actors = await seedBasics(t().store);
    const deps = { store: t().store, clock: fixedClock() };
    const writes = Array.from({ length: 20 }, (_, i) =>
      registerCommitment(
        {
          input: CommitmentCreate.parse(sampleCommitment({ ref: i % 5 === 4 ? 'RACE-DUP' : `RACE-${i}` })),
          actor: actors.gb!,
        },
        deps,
      ).then(
        () => 'ok',
        (e: AppError) => e.code,
      ),
    );
    const outcomes = await Promise.all(writes);
    // four writes share a ref: one wins, three roll back with a conflict
    expect(outcomes.filter((o) => o === 'conflict')).toHaveLength(3);
    await registerCommitment(
      { input: CommitmentCreate.parse(sampleCommitment({ ref: 'AFTER-RACE' })), actor: actors.gb! },
      deps,
    );
    const r = await verifyAuditChain(t().store);
    expect(r).toMatchObject({ ok: true, firstBreak: null });
  });
});

describeEachDatabase('registering several commitments in one transaction', (t) => {
  it('fails each item on its own, numbers generated refs in order, and chains one audit entry each', async () => {
    const actors = await seedBasics(t().store);
    const deps = { store: t().store, clock: fixedClock() };
    const item = (o: Record<string, unknown>, actor = actors.gb!) => ({
      input: CommitmentCreate.parse(sampleCommitment(o)),
      actor,
    });
    await registerCommitment(item({ ref: 'BATCH-TAKEN' }), deps);
    const head = await t().store.audit.head();
    const out = await registerCommitments(
      {
        items: [
          item({ ref: 'BATCH-1' }),
          item({ ref: 'BATCH-TAKEN' }), // taken by a stored record
          item({}), // generated ref
          item({ ref: 'BATCH-1' }), // taken by an earlier item of the batch
          item({ guarantor: 'FR' }), // a GB delegation may not register for France
          item({ guarantor: 'ZZ' }, actors.secretariat!), // no such party
          item({}), // the next generated ref
        ],
      },
      deps,
    );
    expect(out.map((o) => (o.ok ? o.value.ref : o.error.code))).toEqual([
      'BATCH-1',
      'conflict',
      'GB-2024-001',
      'conflict',
      'forbidden',
      'validation',
      'GB-2024-002',
    ]);
    const conflict = out[3];
    expect(conflict?.ok === false && conflict.error.issues[0]?.path).toBe('ref');
    // three written, three audit entries, in order, chained
    const after = await t().store.audit.head();
    expect(after.seq - head.seq).toBe(3);
    const entries = await t().store.audit.scan(head.seq, 10);
    expect(entries.map((e) => (e.after as { ref: string }).ref)).toEqual([
      'BATCH-1',
      'GB-2024-001',
      'GB-2024-002',
    ]);
    expect(await verifyAuditChain(t().store)).toMatchObject({ ok: true, firstBreak: null });
    const history = await commitmentHistory(
      { id: out[0]?.ok ? out[0].value.id : '', actor: actors.secretariat! },
      { repos: t().store },
    );
    expect(history).toHaveLength(1);
  });
});

describeEachDatabase('several audit entries in one transaction', (t) => {
  it('chains each to the one before, on the head the transaction itself moved', async () => {
    const clock = fixedClock();
    const event = (n: number) => ({
      actor: SYSTEM,
      action: 'test.step',
      entity: 'test',
      entityId: `step-${n}`,
    });
    // a committed entry first: on PGlite the store then knows the head without reading it
    await recordAudit({ audit: t().store.audit, clock }, event(0));
    await t().store.transaction(async (repos) => {
      await recordAudit({ audit: repos.audit, clock }, event(1));
      await recordAudit({ audit: repos.audit, clock }, event(2));
      await recordAudits({ audit: repos.audit, clock }, [event(3), event(4)]);
      await recordAudit({ audit: repos.audit, clock }, event(5));
    });
    await recordAudit({ audit: t().store.audit, clock }, event(6));
    const entries = await t().store.audit.scan(0, 100);
    expect(entries.map((e) => e.entityId).slice(-7)).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => `step-${n}`));
    expect(await verifyAuditChain(t().store)).toMatchObject({ ok: true, firstBreak: null });
  });
});
