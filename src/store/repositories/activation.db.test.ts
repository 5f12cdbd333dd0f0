/**
 * Determinations over a real database: the plan activates exactly the matching commitments, due
 * times run in elapsed hours across a daylight-saving change and show on each guarantor's clock,
 * a pending condition shows as blocked, only the Special Commission determines, the signature
 * verifies and fails once a row is changed, and marks follow the rules.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases';
import { fixedClock, SYSTEM, sampleCommitment, seedBasics } from '../../../test/support/fixtures';
import { CommitmentCreate } from '../../contracts/commitment';
import type { Actor } from '../../core/access/actor';
import { markItem } from '../../core/activation/mark-item';
import {
  getActivationPlan,
  listDeterminations,
  listReliability,
  verifyDetermination,
} from '../../core/activation/read-activation';
import { recordDetermination } from '../../core/activation/record-determination';
import { registerCommitment } from '../../core/commitments/register-commitment';

// the night Europe moves its clocks forward: 2026-03-29 01:00 UTC
const BEFORE_DST = '2026-03-28T23:30:00Z';
const now = () => ({ now: () => new Date('2026-04-02T12:00:00Z') });

describeEachDatabase('activation: determinations and plans', (t) => {
  let actors: Record<string, Actor>;
  const ids: Record<string, string> = {};
  const deps = () => ({ store: t().store, clock: now() });

  beforeAll(async () => {
    actors = await seedBasics(t().store);
    const add = async (ref: string, over: Record<string, unknown>) => {
      const v = await registerCommitment(
        {
          input: CommitmentCreate.parse(
            sampleCommitment({
              ref,
              pillar: 'renewed_attack',
              kind: 'consultation',
              status: 'in_force',
              terms: { responseTimeHours: 24 },
              trigger: { kind: 'renewed_attack' },
              ...over,
            }),
          ),
          actor: SYSTEM,
        },
        { store: t().store, clock: fixedClock() },
      );
      ids[ref] = v.id;
    };
    await add('GB-CONSULT', {});
    await add('FR-CONSULT', { guarantor: 'FR', terms: { responseTimeHours: 48 } });
    await add('DE-BLOCKED', {
      guarantor: 'DE',
      kind: 'troops',
      terms: { responseTimeHours: 720 },
      conditions: [{ kind: 'parliamentary_approval', text: 'Bundestag mandate', satisfied: false }],
    });
    await add('GB-NATIONAL', { classification: 'national', terms: { responseTimeHours: 72 } });
    await add('GB-DRAFTED', { status: 'drafted' });
    await add('GB-BREACH', { trigger: { kind: 'attributed_breach', severity: 'serious' } });
    await add('GB-CEASEFIRE', { trigger: { kind: 'ceasefire_in_force' } });
    await add('GB-NONE', { trigger: { kind: 'none' } });
  });

  let determinationId = '';

  it('only the Special Commission determines; others are refused and nothing is written', async () => {
    for (const who of ['secretariat', 'gb', 'ua', 'monitor', 'observer']) {
      await expect(
        recordDetermination(
          { input: { trigger: 'renewed_attack', determinedAt: BEFORE_DST }, actor: actors[who]! },
          deps(),
        ),
      ).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await t().store.activation.listDeterminations()).toEqual([]);
  });

  it('a renewed attack activates exactly the binding renewed-attack commitments, with due times across the DST change', async () => {
    const plan = await recordDetermination(
      {
        input: {
          trigger: 'renewed_attack',
          determinedAt: BEFORE_DST,
          attributedTo: 'GB',
          incidentIds: ['0f8a3c0e-4b7a-4c55-9a35-1b8f0d1e2a3b'],
          evidence: [{ title: 'Monitoring report', url: 'https://example.org/r/1', note: 'crossing seen' }],
          reasoning: 'Test determination.',
        },
        actor: actors.commission!,
      },
      deps(),
    );
    determinationId = plan.determination.id;
    expect(plan.determination.reference).toBe('DET-2026-001');
    // the commission reads coalition records: the national one is in the plan but not shown to it
    expect(plan.items.map((i) => i.commitmentRef).sort()).toEqual(['DE-BLOCKED', 'FR-CONSULT', 'GB-CONSULT']);
    const stored = await t().store.activation.firedItems(determinationId);
    expect(stored).toHaveLength(4);
    const gbPlan = await getActivationPlan({ id: determinationId, actor: actors.gb! }, deps());
    expect(gbPlan.items.map((i) => i.commitmentRef).sort()).toEqual([
      'DE-BLOCKED',
      'FR-CONSULT',
      'GB-CONSULT',
      'GB-NATIONAL',
    ]);
    expect(gbPlan.excluded.map((e) => [e.commitmentRef, e.reason])).toEqual([
      ['GB-DRAFTED', 'not_yet_binding'],
    ]);

    const gb = plan.items.find((i) => i.commitmentRef === 'GB-CONSULT')!;
    // 24 elapsed hours: the UTC instant is a day later, while the wall clocks moved by 25 h
    expect(gb.dueAt).toBe('2026-03-29T23:30:00.000Z');
    expect(gb.dueLocal?.guarantor).toEqual({ timeZone: 'Europe/London', local: '2026-03-30T00:30:00+01:00' });
    expect(gb.dueLocal?.kyiv).toEqual({ timeZone: 'Europe/Kyiv', local: '2026-03-30T02:30:00+03:00' });
    const fr = plan.items.find((i) => i.commitmentRef === 'FR-CONSULT')!;
    expect(fr.dueAt).toBe('2026-03-30T23:30:00.000Z');
    expect(fr.dueLocal?.guarantor.local).toBe('2026-03-31T01:30:00+02:00');
  });

  it('a pending condition shows as blocked, with who must act', async () => {
    const plan = await getActivationPlan({ id: determinationId, actor: actors.commission! }, deps());
    const de = plan.items.find((i) => i.commitmentRef === 'DE-BLOCKED')!;
    expect(de.state).toBe('blocked');
    expect(de.blockers).toEqual([{ kind: 'parliamentary_approval', text: 'Bundestag mandate' }]);
    expect(de.mustAct[0]).toMatchObject({ party: 'DE', body: 'parliament' });
    // due times of 24 and 48 h have passed unmarked by 2 April
    expect(plan.counts).toMatchObject({ blocked: 1, not_honoured: 2, pending: 0 });
  });

  it('an attributed breach fires only commitments at or below its severity', async () => {
    const minor = await recordDetermination(
      {
        input: { trigger: 'attributed_breach', severity: 'minor', determinedAt: '2026-03-20T10:00:00+02:00' },
        actor: actors.commission!,
      },
      deps(),
    );
    expect(minor.items).toEqual([]);
    expect(minor.excluded.map((e) => e.reason)).toEqual(['below_severity']);
    const grave = await recordDetermination(
      {
        input: { trigger: 'attributed_breach', severity: 'grave', determinedAt: '2026-03-21T10:00:00+02:00' },
        actor: actors.commission!,
      },
      deps(),
    );
    expect(grave.items.map((i) => i.commitmentRef)).toEqual(['GB-BREACH']);
    expect(grave.determination.reference).toBe('DET-2026-003');
  });

  it('a determination in the future is refused, naming the field', async () => {
    await expect(
      recordDetermination(
        {
          input: { trigger: 'renewed_attack', determinedAt: '2027-01-01T00:00:00Z' },
          actor: actors.commission!,
        },
        deps(),
      ),
    ).rejects.toMatchObject({ code: 'validation', issues: [{ path: 'determinedAt' }] });
  });

  it('the signature verifies, and fails once a signed column or the plan is changed in the database', async () => {
    const ok = await verifyDetermination({ id: determinationId, actor: actors.observer! }, deps());
    expect(ok).toMatchObject({ valid: true, planValid: true, algorithm: 'Ed25519' });
    expect(ok.publicKey).toContain('BEGIN PUBLIC KEY');
    await t().db.query("UPDATE determination SET reasoning = 'Edited afterwards.' WHERE id = $1", [
      determinationId,
    ]);
    expect((await verifyDetermination({ id: determinationId, actor: actors.observer! }, deps())).valid).toBe(
      false,
    );
    await t().db.query("UPDATE determination SET reasoning = 'Test determination.' WHERE id = $1", [
      determinationId,
    ]);
    expect((await verifyDetermination({ id: determinationId, actor: actors.observer! }, deps())).valid).toBe(
      true,
    );
    await t().db.query(
      "UPDATE activation_item SET due_at = due_at + interval '1 day' WHERE determination_id = $1 AND commitment_ref = 'FR-CONSULT'",
      [determinationId],
    );
    const changed = await verifyDetermination({ id: determinationId, actor: actors.observer! }, deps());
    expect(changed).toMatchObject({ valid: true, planValid: false });
    await t().db.query(
      "UPDATE activation_item SET due_at = due_at - interval '1 day' WHERE determination_id = $1 AND commitment_ref = 'FR-CONSULT'",
      [determinationId],
    );
  });

  it('the guarantor marks its own item (evidence required), late after the due time; others may not', async () => {
    const plan = await getActivationPlan({ id: determinationId, actor: actors.gb! }, deps());
    const gb = plan.items.find((i) => i.commitmentRef === 'GB-CONSULT')!;
    const fr = plan.items.find((i) => i.commitmentRef === 'FR-CONSULT')!;
    expect(gb.canMark).toBe(true);
    expect(fr.canMark).toBe(false);
    const mark = {
      outcome: 'honoured' as const,
      at: '2026-03-30T01:30:00Z',
      evidence: 'Consultations held.',
    };
    await expect(markItem({ itemId: fr.id, mark, actor: actors.gb! }, deps())).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      markItem({ itemId: gb.id, mark: { outcome: 'honoured', at: mark.at }, actor: actors.gb! }, deps()),
    ).rejects.toMatchObject({ code: 'validation', issues: [{ path: 'evidence' }] });
    const marked = await markItem({ itemId: gb.id, mark, actor: actors.gb! }, deps());
    expect(marked).toMatchObject({ state: 'honoured_late', lateByHours: 2, evidence: 'Consultations held.' });
    await expect(markItem({ itemId: gb.id, mark, actor: actors.secretariat! }, deps())).rejects.toMatchObject(
      {
        code: 'conflict',
      },
    );
    // the secretariat marks any item
    const byFr = await markItem(
      { itemId: fr.id, mark: { ...mark, at: '2026-03-30T20:00:00Z' }, actor: actors.secretariat! },
      deps(),
    );
    expect(byFr.state).toBe('honoured_on_time');
    // a national item is not found for a reader who may not read it
    const national = (await getActivationPlan({ id: determinationId, actor: actors.gb! }, deps())).items.find(
      (i) => i.commitmentRef === 'GB-NATIONAL',
    )!;
    await expect(markItem({ itemId: national.id, mark, actor: actors.fr! }, deps())).rejects.toMatchObject({
      code: 'not_found',
    });
    const audit = await t().store.audit.forEntity('activation_item', gb.id);
    expect(audit.map((e) => e.action)).toEqual(['activation.mark']);
  });

  it('reliability records and the list reflect the marks, scoped to what the reader may read', async () => {
    const rel = await listReliability({ actor: actors.gb! }, deps());
    // GB: the consultation late; the national item and the breach item passed their due times unmarked
    expect(rel.find((r) => r.guarantor === 'GB')).toMatchObject({ onTime: 0, late: 1, notHonoured: 2 });
    expect(rel.find((r) => r.guarantor === 'FR')).toMatchObject({ onTime: 1, late: 0, notHonoured: 0 });
    const relFr = await listReliability({ actor: actors.fr! }, deps());
    // France does not read GB's national record
    expect(relFr.find((r) => r.guarantor === 'GB')).toMatchObject({ late: 1, notHonoured: 1 });
    const list = await listDeterminations({ actor: actors.commission! }, deps());
    expect(list.map((d) => d.reference)).toEqual(['DET-2026-001', 'DET-2026-003', 'DET-2026-002']);
    expect(list[0]!.counts).toMatchObject({ honoured_late: 1, honoured_on_time: 1, blocked: 1 });
  });
});
