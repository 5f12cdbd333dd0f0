/**
 * A determination fires the activation plan: every commitment that switches on (rules.ts), due by
 * when, blocked by which condition, and who must act.
 */
import type {
  ActivationActor,
  ActivationDetermination,
  ActivationExclusion,
  ActivationPlan,
  ActivationPlanItem,
  ActivationState,
} from '../../contracts/activation';
import { ACTIVATION_STATES } from '../../contracts/activation';
import { AppError } from '../errors';
import { selectCommitment } from './rules';
import { guarantorTimeZone, HOUR_MS, instantMs, KYIV, localDate, localTime } from './time-zones';
import { refreshItem } from './track-activation';
import type { ActivatableCommitment, ConditionKind } from './types';

export interface PlanActivationInput {
  determination: ActivationDetermination;
  commitments: readonly ActivatableCommitment[];
  /** For the items' states (a due time may already have passed). */
  now: Date;
  /** Party code → IANA zone, over GUARANTOR_TIME_ZONES. */
  guarantorTimeZones?: Readonly<Record<string, string>>;
}

/**
 * @throws AppError `validation` (path `determinedAt`) when the instant does not parse.
 */
export function planActivation(input: PlanActivationInput): ActivationPlan {
  const d = input.determination;
  const at = instantMs(d.determinedAt);
  if (Number.isNaN(at))
    throw new AppError('validation', 'bad determination time', [
      { path: 'determinedAt', message: 'must be an ISO 8601 instant with an offset' },
    ]);
  const query = { trigger: d.trigger, severity: d.severity, onDate: localDate(at, d.timeZone) };
  const items: ActivationPlanItem[] = [];
  const excluded: ActivationExclusion[] = [];
  for (const c of input.commitments) {
    const s = selectCommitment(c, query);
    if (s.activated) items.push(planItem(c, at, input.now, input.guarantorTimeZones));
    else if (s.reason !== 'other_trigger')
      excluded.push({ commitmentId: c.id, commitmentRef: c.ref, reason: s.reason, detail: s.detail });
  }
  items.sort(byDueThenRef);
  return { determination: d, items, excluded, counts: countStates(items) };
}

function planItem(
  c: ActivatableCommitment,
  determinedMs: number,
  now: Date,
  zones: Readonly<Record<string, string>> | undefined,
): ActivationPlanItem {
  const hours = c.terms.responseTimeHours ?? null;
  // consult within 24 h runs from the determination, not from the incident; it is 24 elapsed
  // hours, so across a daylight-saving change the wall clock moves by 23 or 25
  const dueMs = hours === null ? null : determinedMs + Math.round(hours * HOUR_MS);
  const zone = guarantorTimeZone(c.guarantor, zones);
  const blockers = c.conditions.filter((k) => !k.satisfied).map((k) => ({ kind: k.kind, text: k.text }));
  const item: ActivationPlanItem = {
    commitmentId: c.id,
    commitmentRef: c.ref,
    title: c.title,
    guarantor: c.guarantor,
    pillar: c.pillar,
    kind: c.kind,
    legalForm: c.legalForm,
    status: c.status,
    responseTimeHours: hours,
    dueAt: dueMs === null ? null : new Date(dueMs).toISOString(),
    dueLocal: dueMs === null ? null : { guarantor: localTime(dueMs, zone), kyiv: localTime(dueMs, KYIV) },
    blockers,
    mustAct: mustAct(c.guarantor, blockers),
    state: 'pending',
    honouredAt: null,
    declinedAt: null,
    lateByHours: null,
    evidence: null,
  };
  return refreshItem(item, now);
}

const CLEARS: Record<ConditionKind, (g: string) => Omit<ActivationActor, 'reason'>> = {
  parliamentary_approval: (g) => ({ party: g, body: 'parliament' }),
  mandate: () => ({ party: 'coalition', body: 'mandating body (UN Security Council or EU Council)' }),
  us_backstop: () => ({ party: 'US', body: 'government' }),
  national_procedures: (g) => ({ party: g, body: 'government' }),
  ceasefire: () => ({ party: 'coalition', body: 'Special Commission' }),
  other: (g) => ({ party: g, body: 'government' }),
};

function mustAct(guarantor: string, blockers: { kind: ConditionKind; text: string }[]): ActivationActor[] {
  const out: ActivationActor[] = blockers.map((b) => ({
    ...CLEARS[b.kind](guarantor),
    reason: `satisfy the condition: ${b.text}`,
  }));
  out.push({ party: guarantor, body: 'government', reason: 'honour the commitment by its due time' });
  return out;
}

function byDueThenRef(a: ActivationPlanItem, b: ActivationPlanItem): number {
  // items without a due time last; ISO UTC strings compare in time order
  const da = a.dueAt ?? '~';
  const db = b.dueAt ?? '~';
  return da < db ? -1 : da > db ? 1 : a.commitmentRef.localeCompare(b.commitmentRef);
}

export function countStates(items: readonly { state: ActivationState }[]): Record<ActivationState, number> {
  const counts = Object.fromEntries(ACTIVATION_STATES.map((s) => [s, 0])) as Record<ActivationState, number>;
  for (const i of items) counts[i.state]++;
  return counts;
}
