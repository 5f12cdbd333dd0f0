import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { fixedClock, SYSTEM, sampleCommitment, seedBasics } from '../../../test/support/fixtures';
import { CommitmentCreate, CommitmentQuery } from '../../contracts/commitment';
import type { Actor } from '../access/actor';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { AppError } from '../errors';
import { commitmentHistory } from './commitment-history';
import { getCommitment } from './get-commitment';
import { importCommitments } from './import-commitments';
import { listCommitments } from './list-commitments';
import { registerCommitment } from './register-commitment';
import { updateCommitment } from './update-commitment';

const q = (o: Record<string, unknown> = {}) => CommitmentQuery.parse(o);
const expectCode = async (p: Promise<unknown>, code: string) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
};

describeEachDatabase('commitment register', (t) => {
  let actors: Record<string, Actor>;
  const clock = fixedClock();
  const deps = () => ({ store: t().store, clock });
  beforeAll(async () => {
    actors = await seedBasics(t().store);
  });

  it('registers version 1 with the EUR equivalent at the recorded rate, and % of GDP', async () => {
    const c = await registerCommitment(
      { input: CommitmentCreate.parse(sampleCommitment({ ref: 'GB-2024-001' })), actor: actors.gb! },
      deps(),
    );
    expect(c.version).toBe(1);
    expect(c.terms.money).toMatchObject({
      amount: 2_500_000_000,
      currency: 'GBP',
      eurPerUnit: 1.18117,
      rateDate: '2024-12-31',
      eurAmount: 2_952_925_000,
    });
    expect(c.pctGdp).toBeCloseTo((2_952_925_000 / 3_300_000_000_000) * 100, 4);
  });

  it('generates a ref from guarantor and year when none is given', async () => {
    const c = await registerCommitment(
      { input: CommitmentCreate.parse(sampleCommitment()), actor: actors.secretariat! },
      deps(),
    );
    expect(c.ref).toBe('GB-2024-002');
  });

  it('refuses a delegation registering for another party, and an unknown guarantor by field', async () => {
    await expectCode(
      registerCommitment(
        { input: CommitmentCreate.parse(sampleCommitment({ guarantor: 'FR' })), actor: actors.gb! },
        deps(),
      ),
      'forbidden',
    );
    const e = await expectCode(
      registerCommitment(
        { input: CommitmentCreate.parse(sampleCommitment({ guarantor: 'ZZ' })), actor: actors.secretariat! },
        deps(),
      ),
      'validation',
    );
    expect(e.issues[0]?.path).toBe('guarantor');
  });

  it('names terms.money.currency when no rate is known for the currency', async () => {
    const input = CommitmentCreate.parse(
      sampleCommitment({ terms: { money: { amount: 5, currency: 'JPY' } } }),
    );
    const e = await expectCode(
      registerCommitment({ input, actor: actors.secretariat! }, deps()),
      'validation',
    );
    expect(e.issues[0]?.path).toBe('terms.money.currency');
  });

  it('keeps every version and shows the diff; a stale version is a conflict and writes nothing', async () => {
    const c = await registerCommitment(
      { input: CommitmentCreate.parse(sampleCommitment({ ref: 'GB-EDIT' })), actor: actors.gb! },
      deps(),
    );
    const v2 = await updateCommitment(
      { id: c.id, patch: { version: 1, status: 'signed', changeNote: 'signed in Kyiv' }, actor: actors.gb! },
      deps(),
    );
    expect(v2.version).toBe(2);
    await expectCode(
      updateCommitment(
        { id: c.id, patch: { version: 1, title: 'lost update' }, actor: actors.secretariat! },
        deps(),
      ),
      'conflict',
    );
    const h = await commitmentHistory({ id: c.id, actor: actors.ua! }, { repos: t().store });
    expect(h.map((x) => x.version)).toEqual([2, 1]);
    expect(h[0]!.changes).toEqual([{ path: 'status', before: 'announced', after: 'signed' }]);
    expect(h[0]!.changeNote).toBe('signed in Kyiv');
    expect(h[0]!.changedByName).toBe('Test gb');
    expect((await getCommitment({ id: c.id, actor: actors.gb! }, { repos: t().store })).title).toBe(
      'Military aid in 2024',
    );
  });

  it('refuses an invalid status transition, and edits by another party', async () => {
    const c = await registerCommitment(
      {
        input: CommitmentCreate.parse(sampleCommitment({ ref: 'GB-TRANS', status: 'signed' })),
        actor: actors.gb!,
      },
      deps(),
    );
    const e = await expectCode(
      updateCommitment({ id: c.id, patch: { version: 1, status: 'drafted' }, actor: actors.gb! }, deps()),
      'invalid_transition',
    );
    expect(e.issues[0]?.path).toBe('status');
    await expectCode(
      updateCommitment({ id: c.id, patch: { version: 1, title: 'x' }, actor: actors.fr! }, deps()),
      'forbidden',
    );
    await expectCode(
      updateCommitment({ id: c.id, patch: { version: 1, title: 'x' }, actor: actors.ua! }, deps()),
      'forbidden',
    );
  });

  it('hides national records from other delegations as if they did not exist', async () => {
    const c = await registerCommitment(
      {
        input: CommitmentCreate.parse(sampleCommitment({ ref: 'GB-NAT', classification: 'national' })),
        actor: actors.gb!,
      },
      deps(),
    );
    await expectCode(getCommitment({ id: c.id, actor: actors.fr! }, { repos: t().store }), 'not_found');
    await expectCode(
      getCommitment({ id: c.id, actor: actors.secretariat! }, { repos: t().store }),
      'not_found',
    );
    const frList = await listCommitments({ query: q({ q: 'GB-NAT' }), actor: actors.fr! }, t().store);
    expect(frList.total).toBe(0);
    const gbList = await listCommitments({ query: q({ q: 'GB-NAT' }), actor: actors.gb! }, t().store);
    expect(gbList.total).toBe(1);
  });

  it('filters, searches, sorts and pages', async () => {
    await registerCommitment(
      {
        input: CommitmentCreate.parse(
          sampleCommitment({
            ref: 'FR-2024-001',
            guarantor: 'FR',
            pillar: 'renewed_attack',
            kind: 'consultation',
            title: 'Consult within 24 hours',
            terms: { responseTimeHours: 24 },
          }),
        ),
        actor: actors.fr!,
      },
      deps(),
    );
    const byPillar = await listCommitments(
      { query: q({ pillar: 'renewed_attack' }), actor: actors.secretariat! },
      t().store,
    );
    expect(byPillar.items.map((c) => c.ref)).toEqual(['FR-2024-001']);
    const text = await listCommitments({ query: q({ q: '24 HOURS' }), actor: actors.observer! }, t().store);
    expect(text.items.map((c) => c.ref)).toContain('FR-2024-001');
    const literal = await listCommitments({ query: q({ q: '100%' }), actor: actors.secretariat! }, t().store);
    expect(literal.total).toBe(0);
    const sorted = await listCommitments(
      { query: q({ sort: 'ref', order: 'asc', pageSize: 2, page: 1 }), actor: actors.secretariat! },
      t().store,
    );
    expect(sorted.items).toHaveLength(2);
    expect(sorted.items[0]!.ref < sorted.items[1]!.ref).toBe(true);
    const page2 = await listCommitments(
      { query: q({ sort: 'ref', order: 'asc', pageSize: 2, page: 2 }), actor: actors.secretariat! },
      t().store,
    );
    expect(page2.items[0]!.ref > sorted.items[1]!.ref).toBe(true);
    // every page carries the total, a page past the end too (it has no row to count on)
    expect(page2.total).toBe(sorted.total);
    const past = await listCommitments(
      { query: q({ sort: 'ref', order: 'asc', pageSize: 2, page: 99 }), actor: actors.secretariat! },
      t().store,
    );
    expect(past).toMatchObject({ items: [], total: sorted.total });
    const all = await listCommitments({ query: q({ pageSize: 100 }), actor: actors.secretariat! }, t().store);
    expect(sorted.total).toBe(all.items.length);
  });

  it('imports all rows or none, naming each bad row by number and field', async () => {
    const before = await listCommitments({ query: q(), actor: actors.secretariat! }, t().store);
    const good = {
      guarantor: 'DE',
      pillar: 'long_term_support',
      kind: 'finance',
      title: 'Aid',
      text: 'Germany will provide €7 billion in 2024.',
      lang: 'en',
      legal_form: 'executive_agreement',
      money_amount: '7000000000',
      money_currency: 'EUR',
    };
    const e = await expectCode(
      importCommitments(
        {
          rows: [good, { ...good, pillar: 'nonsense' }, { ...good, money_amount: 'lots' }],
          actor: actors.secretariat!,
        },
        deps(),
      ),
      'validation',
    );
    expect(e.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['row 3: pillar', 'row 4: money_amount']),
    );
    const e2 = await expectCode(
      importCommitments({ rows: [good, { ...good, guarantor: 'ZZ' }], actor: actors.secretariat! }, deps()),
      'validation',
    );
    expect(e2.issues[0]?.path).toBe('row 3: guarantor');
    const after = await listCommitments({ query: q(), actor: actors.secretariat! }, t().store);
    expect(after.total).toBe(before.total);
    const ok = await importCommitments({ rows: [good, good], actor: actors.secretariat! }, deps());
    expect(ok.imported).toBe(2);
    await expectCode(importCommitments({ rows: [good], actor: actors.gb! }, deps()), 'forbidden');
  });

  it('audits every write in an intact hash chain', async () => {
    const r = await verifyAuditChain(t().store);
    expect(r.ok).toBe(true);
    expect(r.entries).toBeGreaterThan(10);
    void SYSTEM;
  });
});

describeEachDatabase('register reads after writes', (t) => {
  it('a list read again after a write shows the write (no stale cached page)', async () => {
    const actors = await seedBasics(t().store);
    const deps = { store: t().store, clock: fixedClock() };
    const q0 = CommitmentQuery.parse({ guarantor: 'GB' });
    const before = await listCommitments({ query: q0, actor: actors.secretariat! }, t().store);
    const c = await registerCommitment(
      { input: CommitmentCreate.parse(sampleCommitment({ ref: 'CACHE-1' })), actor: actors.gb! },
      deps,
    );
    const after = await listCommitments({ query: q0, actor: actors.secretariat! }, t().store);
    expect(after.total).toBe(before.total + 1);
    await updateCommitment({ id: c.id, patch: { version: 1, title: 'Renamed' }, actor: actors.gb! }, deps);
    const renamed = await listCommitments({ query: q0, actor: actors.secretariat! }, t().store);
    expect(renamed.items.find((x) => x.ref === 'CACHE-1')?.title).toBe('Renamed');
    await t().store.parties.upsert({
      code: 'GB',
      name: 'United Kingdom of Great Britain and Northern Ireland',
      kind: 'state',
      gdpEur: 3.3e12,
      gdpYear: 2024,
      gdpSource: null,
      invited: true,
      illustrative: false,
    });
    const relabelled = await listCommitments({ query: q0, actor: actors.secretariat! }, t().store);
    expect(relabelled.items[0]?.guarantorName).toBe('United Kingdom of Great Britain and Northern Ireland');
  });

  it('audit verify notices entries removed from the end of the chain', async () => {
    expect((await verifyAuditChain(t().store)).ok).toBe(true);
    const [last] = await t().db.query<{ seq: number }>('SELECT max(seq)::int AS seq FROM audit_log');
    await t().db.query('DELETE FROM audit_log WHERE seq = $1', [last!.seq]);
    const r = await verifyAuditChain(t().store);
    expect(r.ok).toBe(false);
    expect(r.firstBreak).toMatchObject({ seq: last!.seq, reason: 'sequence_gap' });
  });
});

describeEachDatabase('concreteness in the register', (t) => {
  it('analyses every commitment when registered and changed, and filters and sorts by it', async () => {
    const actors = await seedBasics(t().store);
    const deps = { store: t().store, clock: fixedClock() };
    const concrete = await registerCommitment(
      { input: CommitmentCreate.parse(sampleCommitment({ ref: 'C-CONCRETE' })), actor: actors.gb! },
      deps,
    );
    expect(concrete.concreteness).toMatchObject({ label: 'concrete' });
    expect(concrete.analysis?.quantities.length).toBeGreaterThan(0);
    const vague = await registerCommitment(
      {
        input: CommitmentCreate.parse(
          sampleCommitment({
            ref: 'C-VAGUE',
            text: 'We stand ready to continue our support to Ukraine as appropriate.',
            terms: {},
          }),
        ),
        actor: actors.gb!,
      },
      deps,
    );
    expect(vague.concreteness?.label).toBe('vague');
    expect(vague.concreteness?.missing.length).toBeGreaterThan(0);
    const onlyVague = await listCommitments(
      { query: q({ concreteness: 'vague' }), actor: actors.secretariat! },
      t().store,
    );
    expect(onlyVague.items.map((c) => c.ref)).toEqual(['C-VAGUE']);
    const byScore = await listCommitments(
      { query: q({ sort: 'concreteness', order: 'desc' }), actor: actors.secretariat! },
      t().store,
    );
    expect(byScore.items[0]!.ref).toBe('C-CONCRETE');
    // changing the text re-analyses it; the analysis is not a versioned field
    const changed = await updateCommitment(
      {
        id: vague.id,
        patch: {
          version: 1,
          text: 'The United Kingdom will deploy 2,000 troops within 30 days of a ceasefire.',
        },
        actor: actors.gb!,
      },
      deps,
    );
    expect(changed.concreteness?.label).toBe('concrete');
    const h = await commitmentHistory({ id: vague.id, actor: actors.gb! }, { repos: t().store });
    expect(h[0]!.changes.map((c) => c.path)).toEqual(['text']);
  });
});
