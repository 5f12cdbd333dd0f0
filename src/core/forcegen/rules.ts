/**
 * The planning rules the model applies, in one place: phase calendars, readiness ranks, the
 * notice-to-move a readiness level makes credible, and which offer may fill which line.
 */
import {
  CAPABILITY_UNITS,
  type Capability,
  type CaveatKind,
  type ForceGenScenario,
  MANDATES,
  type Mandate,
  type Offer,
  type Phase,
  READINESS_LEVELS,
  type Readiness,
  type Region,
  type RequirementLine,
} from '../../contracts/forcegen';

/** Phase calendar in days after the ceasefire: [start, end). D90_plus ends at the horizon. */
export function phaseWindow(phase: Phase, horizonDays: number): { start: number; end: number } {
  if (phase === 'D0_30') return { start: 0, end: 30 };
  if (phase === 'D30_90') return { start: 30, end: 90 };
  return { start: 90, end: horizonDays };
}

export const readinessRank = (r: Readiness): number => READINESS_LEVELS.indexOf(r);
export const mandateRank = (m: Mandate): number => MANDATES.indexOf(m);

/**
 * The shortest notice-to-move a readiness level makes credible, in days. A pledge that is only
 * registered has not been verified by an assessment visit (UN PCRS level 1), so planners do not
 * count on it moving in under 90 days whatever it states; an assessed one not under 30.
 */
export const READINESS_NTM_FLOOR: Record<Readiness, number> = {
  registered: 90,
  assessed: 30,
  ready: 0,
  rapid_deployment: 0,
};

export const effectiveNoticeToMove = (o: Offer): number =>
  Math.max(o.noticeToMoveDays, READINESS_NTM_FLOOR[o.readiness]);

export const personnelPerUnit = (o: Offer): number =>
  o.personnelPerUnit ?? CAPABILITY_UNITS[o.capability].personnel;

/** Why an offer cannot fill a line: the rule that fails (several may). */
export type Exclusion = 'capability' | 'readiness' | 'notice_to_move' | 'availability_window' | CaveatKind;

/** Scenario-wide lookups the eligibility test needs, built once. */
export interface RuleContext {
  scenario: ForceGenScenario;
  regions: Map<string, Region>;
  approvals: Map<string, ForceGenScenario['nations'][number]['parliamentaryApproval']>;
  /** efficiency[from][to]; 1 on the diagonal. */
  efficiency: Map<Capability, Map<Capability, number>>;
}

export function ruleContext(scenario: ForceGenScenario): RuleContext {
  const efficiency = new Map<Capability, Map<Capability, number>>();
  const row = (c: Capability) => {
    const m = efficiency.get(c) ?? new Map([[c, 1]]);
    efficiency.set(c, m);
    return m;
  };
  for (const s of scenario.substitutions) row(s.from).set(s.to, s.efficiency);
  return {
    scenario,
    regions: new Map(scenario.regions.map((r) => [r.id, r])),
    approvals: new Map(scenario.nations.map((n) => [n.id, n.parliamentaryApproval])),
    efficiency,
  };
}

/** Efficiency at which an offer of `from` fills a line of `to`, or 0 when it cannot. */
export function efficiencyOf(ctx: RuleContext, from: Capability, to: Capability): number {
  if (from === to) return 1;
  return ctx.efficiency.get(from)?.get(to) ?? 0;
}

/**
 * Every rule the offer breaks for the line, empty when it may fill it. Capability is checked
 * first; the rest are all listed so that gap reports can say what would have to change.
 */
export function exclusions(ctx: RuleContext, offer: Offer, line: RequirementLine): Exclusion[] {
  if (efficiencyOf(ctx, offer.capability, line.capability) === 0) return ['capability'];
  const out: Exclusion[] = [];
  const { scenario } = ctx;
  if (readinessRank(offer.readiness) < readinessRank(line.minReadiness)) out.push('readiness');
  if (effectiveNoticeToMove(offer) > line.maxNoticeToMoveDays) out.push('notice_to_move');
  const w = phaseWindow(line.phase, scenario.horizonDays);
  // The offer must be there for the whole phase: no line is planned on a unit that leaves mid-phase.
  if (
    offer.availableFromDay > w.start ||
    (offer.availableUntilDay !== null && offer.availableUntilDay < w.end)
  )
    out.push('availability_window');
  const region = ctx.regions.get(line.region);
  for (const c of offer.caveats) {
    switch (c.kind) {
      case 'region_limit':
        if (!c.regions.includes(line.region)) out.push(c.kind);
        break;
      case 'no_combat_zone':
        if (region?.combatZone) out.push(c.kind);
        break;
      case 'outside_ukraine_only':
        if (region?.insideUkraine) out.push(c.kind);
        break;
      case 'needs_us_backstop':
        if (!scenario.usBackstop) out.push(c.kind);
        break;
      case 'needs_parliamentary_approval': {
        const a = ctx.approvals.get(offer.nation);
        if (!(a === 'granted' || (a === 'pending' && scenario.countPendingApprovals))) out.push(c.kind);
        break;
      }
      case 'needs_mandate':
        if (mandateRank(scenario.mandate) < mandateRank(c.mandate)) out.push(c.kind);
        break;
      case 'max_duration_days':
        // A unit cannot hold a line for longer than its nation allows; rotation is not assumed.
        if (w.end - w.start > c.days) out.push(c.kind);
        break;
      case 'keep_together':
        break; // shapes the allocation (one line per phase), never excludes
    }
  }
  return out;
}

export const maxDurationOf = (o: Offer): number | null => {
  const c = o.caveats.find((c) => c.kind === 'max_duration_days');
  return c && c.kind === 'max_duration_days' ? c.days : null;
};
export const keepsTogether = (o: Offer): boolean => o.caveats.some((c) => c.kind === 'keep_together');
