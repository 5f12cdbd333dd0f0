/**
 * Words for force generation's closed vocabularies (src/contracts/forcegen). Each map is typed by
 * its enum, so a value added to the contracts without words here is a compile error. The maps
 * mirror the contracts' constants rather than importing them, so that no Zod reaches the bundle.
 */
import type {
  Capability,
  CaveatKind,
  GAP_REASONS,
  Mandate,
  Phase,
  Readiness,
  SolverStatus,
  STAGES,
  WhatIf,
} from '../../../contracts/forcegen';
import { fmtNumber } from '../../components/format';

export type GapReason = (typeof GAP_REASONS)[number];
export type Stage = (typeof STAGES)[number];

export const CAPABILITY_LABELS: Record<Capability, string> = {
  land: 'Land',
  air: 'Air',
  maritime: 'Maritime',
  demining: 'Demining',
  engineering: 'Engineering',
  medical: 'Medical',
  logistics: 'Logistics',
  isr: 'ISR',
  air_defence: 'Air defence',
  training: 'Training',
  command_liaison: 'Command and liaison',
  military_police: 'Military police',
  cbrn: 'CBRN defence',
  signals: 'Signals',
};
export const CAPABILITY_ORDER = Object.keys(CAPABILITY_LABELS) as Capability[];

/** What `quantity` counts for each capability (CAPABILITY_UNITS in the contracts). */
export const CAPABILITY_UNIT: Record<Capability, { one: string; many: string; personnel: number }> = {
  land: { one: 'company', many: 'companies', personnel: 150 },
  air: { one: 'aircraft', many: 'aircraft', personnel: 25 },
  maritime: { one: 'vessel', many: 'vessels', personnel: 80 },
  demining: { one: 'team', many: 'teams', personnel: 12 },
  engineering: { one: 'company', many: 'companies', personnel: 120 },
  medical: { one: 'team', many: 'teams', personnel: 40 },
  logistics: { one: 'company', many: 'companies', personnel: 120 },
  isr: { one: 'system', many: 'systems', personnel: 20 },
  air_defence: { one: 'battery', many: 'batteries', personnel: 100 },
  training: { one: 'team', many: 'teams', personnel: 15 },
  command_liaison: { one: 'cell', many: 'cells', personnel: 10 },
  military_police: { one: 'platoon', many: 'platoons', personnel: 35 },
  cbrn: { one: 'team', many: 'teams', personnel: 25 },
  signals: { one: 'company', many: 'companies', personnel: 100 },
};

/** The capability inside a sentence: "1 air defence battery", "2 ISR systems". */
const CAPABILITY_IN_TEXT: Record<Capability, string> = {
  land: 'land',
  air: 'air',
  maritime: 'maritime',
  demining: 'demining',
  engineering: 'engineering',
  medical: 'medical',
  logistics: 'logistics',
  isr: 'ISR',
  air_defence: 'air defence',
  training: 'training',
  command_liaison: 'command and liaison',
  military_police: 'military police',
  cbrn: 'CBRN defence',
  signals: 'signals',
};

/** "1 engineering company", "3 air defence batteries", "2.5 demining teams". */
export function quantityInWords(capability: Capability, n: number, withCapability = true): string {
  const u = CAPABILITY_UNIT[capability];
  const what = n === 1 ? u.one : u.many;
  const cap = withCapability ? `${CAPABILITY_IN_TEXT[capability]} ` : '';
  return `${fmtNumber(n)} ${cap}${what}`;
}

export const PHASE_LABELS: Record<Phase, string> = {
  D0_30: 'D+0 to 30',
  D30_90: 'D+30 to 90',
  D90_plus: 'D+90 onwards',
};
export const PHASE_ORDER = Object.keys(PHASE_LABELS) as Phase[];

/** PCRS-like readiness, lowest first. */
export const READINESS_LABELS: Record<Readiness, string> = {
  registered: 'Registered',
  assessed: 'Assessed',
  ready: 'Ready',
  rapid_deployment: 'Rapid deployment',
};
export const READINESS_HINTS: Record<Readiness, string> = {
  registered: 'pledged, not verified',
  assessed: 'verified by an assessment visit',
  ready: 'fully prepared',
  rapid_deployment: 'can deploy at the shortest notice',
};
export const READINESS_ORDER = Object.keys(READINESS_LABELS) as Readiness[];
export const READINESS_TONE: Record<Readiness, string> = {
  registered: 'grey',
  assessed: 'light-blue',
  ready: 'green',
  rapid_deployment: 'dark-green',
};

export const MANDATE_LABELS: Record<Mandate, string> = {
  none: 'No mandate',
  coalition: 'Coalition decision',
  un_security_council: 'UN Security Council resolution',
};

export const CAVEAT_LABELS: Record<CaveatKind, string> = {
  region_limit: 'Only in certain regions',
  no_combat_zone: 'Not in a combat zone',
  outside_ukraine_only: 'Only outside Ukraine',
  needs_us_backstop: 'Needs a US backstop',
  needs_parliamentary_approval: 'Needs parliamentary approval',
  needs_mandate: 'Needs a mandate',
  max_duration_days: 'Limited duration',
  keep_together: 'Deploys as one block',
};
export const CAVEAT_ORDER = Object.keys(CAVEAT_LABELS) as CaveatKind[];

/** Why part of a line is not filled, as a phrase after "N offers (M units)". */
export const GAP_REASON_WORDS: Record<GapReason, string> = {
  no_offer_of_capability: 'no offer of this capability (or a substitute) at all',
  capacity_used_elsewhere: 'eligible, but used on other lines',
  readiness: 'below the readiness the line asks for',
  notice_to_move: 'notice-to-move too long',
  availability_window: 'not available for the whole phase',
  region_limit: 'limited to other regions',
  no_combat_zone: 'may not serve in a combat zone',
  outside_ukraine_only: 'may serve only outside Ukraine',
  needs_us_backstop: 'need a US backstop, which is not assumed',
  needs_parliamentary_approval: 'wait for parliamentary approval',
  needs_mandate: 'need a stronger mandate',
  max_duration_days: 'may not stay for the whole phase',
  keep_together: 'must deploy as one block, which does not fit',
};

export const SOLVER_STATUS_LABELS: Record<SolverStatus, string> = {
  optimal: 'Proven optimal',
  time_limit: 'Stopped at the time limit',
  interrupted: 'Interrupted',
  infeasible: 'Infeasible',
  error: 'Solver error',
  heuristic: 'Heuristic (no proof)',
};
export const SOLVER_STATUS_TONE: Record<SolverStatus, string> = {
  optimal: 'green',
  time_limit: 'yellow',
  interrupted: 'yellow',
  infeasible: 'red',
  error: 'red',
  heuristic: 'grey',
};

export const STAGE_LABELS: Record<Stage, string> = {
  coverage: 'Coverage',
  burden_sharing: 'Burden sharing',
  nations_per_line: 'Nations per line',
};
export const STAGE_ORDER = Object.keys(STAGE_LABELS) as Stage[];

export const PLAN_STATUS_LABELS: Record<string, string> = {
  queued: 'Queued',
  running: 'Solving',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
export const PLAN_STATUS_TONE: Record<string, string> = {
  queued: 'grey',
  running: 'light-blue',
  done: 'green',
  failed: 'red',
  cancelled: 'yellow',
};

export const WHAT_IF_LABELS: Record<WhatIf['kind'], string> = {
  withdraw_nation: 'A nation withdraws',
  drop_us_backstop: 'No US backstop',
  lift_caveat: 'A caveat is lifted',
  add_offer: 'An offer is added',
};

/** A what-if in one sentence, with nation names where known. */
export function describeWhatIf(w: WhatIf, nationName: (id: string) => string): string {
  switch (w.kind) {
    case 'withdraw_nation':
      return `${nationName(w.nation)} withdraws from the force`;
    case 'drop_us_backstop':
      return 'The US backstop is absent';
    case 'lift_caveat': {
      const who = w.offer
        ? ` on offer ${w.offer}`
        : w.nation
          ? ` for ${nationName(w.nation)}`
          : ' for every nation';
      return `Caveat “${CAVEAT_LABELS[w.caveat]}” lifted${who}`;
    }
    case 'add_offer':
      return `${nationName(w.offer.nation)} adds ${quantityInWords(w.offer.capability, w.offer.quantity)} (${w.offer.unit})`;
  }
}

export const labelOr = <K extends string>(map: Record<K, string>, key: string): string =>
  (map as Record<string, string>)[key] ?? key;
