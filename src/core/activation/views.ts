/** Stored determinations and items as the API serves them, with states for the current time. */
import type {
  ActivationDetermination,
  ActivationItemView,
  ActivationState,
  DeterminationView,
} from '../../contracts/activation';
import type { Actor } from '../access/actor';
import { can } from '../access/policy';
import { countStates } from './plan-activation';
import type { ActivationItemRecord, DeterminationRecord } from './repo';
import { refreshItem } from './track-activation';

/** The determination as planActivation reads it. */
export function asDetermination(d: DeterminationRecord): ActivationDetermination {
  return {
    id: d.id,
    trigger: d.trigger,
    ...(d.severity ? { severity: d.severity } : {}),
    determinedAt: d.determinedAt,
    timeZone: d.timeZone,
    determinedBy: d.determinedBy,
    incidentRefs: d.incidentRefs,
    incidentIds: d.incidentIds,
    evidence: d.evidence,
    ...(d.attributedTo ? { attributedTo: d.attributedTo } : {}),
    ...(d.reasoning !== null ? { reasoning: d.reasoning } : {}),
    ...(d.note !== null ? { note: d.note } : {}),
    illustrative: d.illustrative,
  };
}

export function determinationView(
  d: DeterminationRecord,
  counts: Record<ActivationState, number>,
  items: number,
): DeterminationView {
  return {
    ...asDetermination(d),
    reference: d.reference,
    recordedBy: d.recordedBy,
    recordedByLabel: d.recordedByLabel,
    recordedAt: d.recordedAt,
    signature: { algorithm: 'Ed25519', keyId: d.keyId, value: d.signature, planDigest: d.planDigest },
    counts,
    items,
  };
}

/** The item's state and lateness for `now`, and whether `actor` may mark it. */
export function itemView(i: ActivationItemRecord, actor: Actor, now: Date): ActivationItemView {
  const fresh = refreshItem(i, now);
  return {
    id: i.id,
    determinationId: i.determinationId,
    commitmentId: i.commitmentId,
    commitmentVersion: i.commitmentVersion,
    commitmentRef: i.commitmentRef,
    title: i.title,
    guarantor: i.guarantor,
    pillar: i.pillar,
    kind: i.kind,
    legalForm: i.legalForm,
    status: i.status,
    responseTimeHours: i.responseTimeHours,
    dueAt: i.dueAt,
    dueLocal: i.dueLocal,
    blockers: i.blockers,
    mustAct: i.mustAct,
    state: fresh.state,
    honouredAt: i.honouredAt,
    declinedAt: i.declinedAt,
    lateByHours: fresh.lateByHours,
    evidence: i.evidence,
    markedBy: i.markedBy,
    markedAt: i.markedAt,
    canMark: i.honouredAt === null && can(actor, 'activation.mark', i.guarantor),
  };
}

/** Counts by state now, per determination. */
export function countsByDetermination(
  items: readonly ActivationItemRecord[],
  now: Date,
): Map<string, { counts: Record<ActivationState, number>; items: number }> {
  const groups = new Map<string, { state: ActivationState }[]>();
  for (const i of items) {
    let g = groups.get(i.determinationId);
    if (!g) {
      g = [];
      groups.set(i.determinationId, g);
    }
    g.push({ state: refreshItem(i, now).state });
  }
  return new Map([...groups].map(([id, g]) => [id, { counts: countStates(g), items: g.length }]));
}
