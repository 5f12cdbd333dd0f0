import { randomUUID } from 'node:crypto';
import {
  ActivationDeterminationInput,
  type ActivationPlanView,
  type ActivationDeterminationInput as DeterminationEntry,
} from '../../contracts/activation';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { actorLabel, recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { Clock, Events, Store } from '../ports';
import { planActivation } from './plan-activation';
import { getActivationPlan } from './read-activation';
import type { ActivationItemRecord, DeterminationRecord } from './repo';
import { ensureSigningKey, planDigest, signDetermination } from './sign-determination';
import { localDate } from './time-zones';

/**
 * The Special Commission records that a trigger has occurred. In one transaction: the
 * determination, signed; the activation plan it fires over the register as it stands at that
 * moment (every commitment on the trigger, whatever its classification: they all bind); the
 * audit entry. Returns the plan as the recording member may read it.
 *
 * Throws `forbidden` (only the commission determines), `validation` (a bad field, or a
 * determination in the future).
 */
export async function recordDetermination(
  opts: { input: DeterminationEntry; actor: Actor },
  deps: { store: Store; clock: Clock; events?: Events },
): Promise<ActivationPlanView> {
  authorize(opts.actor, 'activation.determine');
  const parsed = ActivationDeterminationInput.safeParse(opts.input);
  if (!parsed.success)
    throw new AppError(
      'validation',
      'the determination is not valid',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  const input = parsed.data;
  const now = deps.clock.now();
  const at = Date.parse(input.determinedAt);
  // a minute's grace for clocks that disagree
  if (at > now.getTime() + 60_000)
    throw new AppError('validation', 'a determination cannot be in the future', [
      { path: 'determinedAt', message: 'must not be in the future' },
    ]);
  const id = randomUUID();
  const determinedAt = new Date(at).toISOString();
  const by = opts.actor.kind === 'user' ? opts.actor.userId : null;

  await deps.store.transaction(async (repos) => {
    const key = await ensureSigningKey(repos.activation, deps.clock);
    const rows = await repos.activation.onTrigger(input.trigger);
    const year = localDate(at, input.timeZone).slice(0, 4);
    const prefix = `DET-${year}-`;
    const reference = `${prefix}${String(await repos.activation.nextReferenceNumber(prefix)).padStart(3, '0')}`;
    const plan = planActivation({
      determination: { ...input, id, determinedAt },
      commitments: rows.map((r) => r.commitment),
      now,
    });
    const byId = new Map(rows.map((r) => [r.commitment.id, r]));
    const items: ActivationItemRecord[] = plan.items.map((item, position) => {
      const row = byId.get(item.commitmentId);
      if (!row) throw new Error(`activated commitment ${item.commitmentRef} is not in the register`);
      return {
        ...item,
        id: randomUUID(),
        determinationId: id,
        commitmentVersion: row.version,
        beneficiary: row.beneficiary,
        classification: row.classification,
        markedById: null,
        markedBy: null,
        markedAt: null,
        position,
      };
    });
    const unsigned: Omit<DeterminationRecord, 'signature'> = {
      id,
      reference,
      trigger: input.trigger,
      severity: input.severity ?? null,
      determinedAt,
      timeZone: input.timeZone,
      determinedBy: input.determinedBy,
      attributedTo: input.attributedTo ?? null,
      incidentIds: input.incidentIds.map((x) => x.toLowerCase()),
      incidentRefs: input.incidentRefs,
      evidence: input.evidence,
      reasoning: input.reasoning ?? null,
      note: input.note ?? null,
      illustrative: input.illustrative,
      recordedBy: by,
      recordedByLabel: actorLabel(opts.actor),
      recordedAt: now.toISOString(),
      planDigest: planDigest(items),
      keyId: key.id,
    };
    const record: DeterminationRecord = { ...unsigned, signature: signDetermination(unsigned, key) };
    await repos.activation.insertDetermination(record, plan.excluded, items);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor: opts.actor,
        action: 'activation.determine',
        entity: 'determination',
        entityId: id,
        after: {
          reference,
          trigger: record.trigger,
          severity: record.severity,
          determinedAt,
          attributedTo: record.attributedTo,
          items: items.length,
          excluded: plan.excluded.length,
          keyId: key.id,
          signature: record.signature,
        },
      },
    );
  });
  deps.events?.publish('determinations', { type: 'determination', data: { id } });
  return getActivationPlan({ id, actor: opts.actor }, deps);
}
