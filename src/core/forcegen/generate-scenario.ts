/**
 * A realistic random scenario that replays from its seed: nations weighted by GDP, lines spread
 * over capabilities, phases and regions the way a statement of requirements is, offers whose
 * readiness, notice-to-move, windows and caveats follow what nations announce. Illustrative.
 */
import {
  CAPABILITIES,
  type Capability,
  type Caveat,
  type ForceGenScenario,
  type Nation,
  type Offer,
  PHASES,
  type Readiness,
  type RequirementLine,
} from '../../contracts/forcegen';
import {
  CAPABILITY_PROFILE,
  COALITION_NATIONS,
  DEFAULT_SUBSTITUTIONS,
  GENERATED_REGIONS,
  PHASE_PROFILE,
} from './generator-data';
import { Draw, type RandomSource, seededRandom } from './random';

export interface GenerateScenarioInput {
  nations: number;
  lines: number;
  offers: number;
  seed: number;
  usBackstop?: boolean;
  /** Injected random source; defaults to the seeded one. */
  random?: RandomSource;
}

export function generateScenario(input: GenerateScenarioInput): ForceGenScenario {
  const d = new Draw(input.random ?? seededRandom(input.seed));
  const nations = makeNations(d, input.nations);
  const lines = Array.from({ length: input.lines }, (_, i) => makeLine(d, i));
  // Nations offer in proportion to GDP^0.8 times a political willingness that varies a lot.
  const weights = nations.map((n) => n.gdp ** 0.8 * d.float(0.3, 1.5));
  const capWeights = CAPABILITIES.map((c) => CAPABILITY_PROFILE[c].lines * CAPABILITY_PROFILE[c].supply);
  const offers = Array.from({ length: input.offers }, (_, i) =>
    makeOffer(d, i, d.weighted(nations, weights), d.weighted(CAPABILITIES, capWeights)),
  );
  return {
    schemaVersion: 1,
    id: `generated-${input.seed}`,
    name: `Generated scenario (${input.nations} nations, ${input.lines} lines, ${input.offers} offers, seed ${input.seed})`,
    illustrative: true,
    horizonDays: 365,
    usBackstop: input.usBackstop ?? false,
    mandate: 'coalition',
    countPendingApprovals: false,
    priorityWeights: [16, 8, 4, 2, 1],
    regions: GENERATED_REGIONS.map((r) => ({ ...r })),
    nations,
    lines,
    offers,
    substitutions: DEFAULT_SUBSTITUTIONS.map((s) => ({ ...s })),
  };
}

function makeNations(d: Draw, count: number): Nation[] {
  const out: Nation[] = [];
  for (let i = 0; i < count; i++) {
    const known = COALITION_NATIONS[i];
    const approval = d.weighted(['granted', 'pending', 'refused'] as const, [0.5, 0.35, 0.15]);
    if (known) out.push({ ...known, parliamentaryApproval: approval });
    else {
      const n = String(i + 1).padStart(3, '0');
      out.push({
        id: `N${n}`,
        name: `Nation ${n}`,
        gdp: Math.round(d.logNormal(60, 1.2) * 10) / 10 + 1,
        parliamentaryApproval: approval,
      });
    }
  }
  return out;
}

function makeLine(d: Draw, i: number): RequirementLine {
  const capability = d.weighted(
    CAPABILITIES,
    CAPABILITIES.map((c) => CAPABILITY_PROFILE[c].lines),
  );
  const phase = d.weighted(
    PHASES,
    PHASES.map((p) => PHASE_PROFILE[p].share),
  );
  const cp = CAPABILITY_PROFILE[capability];
  const pp = PHASE_PROFILE[phase];
  return {
    id: `L${String(i + 1).padStart(4, '0')}`,
    title: `${capability.replace('_', ' ')} ${phase}`,
    capability,
    quantity: d.int(cp.lineQty[0], cp.lineQty[1]),
    phase,
    region: d.pick(cp.regions),
    maxNoticeToMoveDays: d.pick(pp.maxNtm),
    minReadiness: d.pick(pp.readiness),
    priority: d.pick(pp.priority),
    version: 1,
  };
}

const NTM_BY_READINESS: Record<Readiness, [number, number]> = {
  rapid_deployment: [2, 10],
  ready: [5, 30],
  assessed: [20, 60],
  registered: [30, 120],
};

function makeOffer(d: Draw, i: number, nation: Nation, capability: Capability): Offer {
  const cp = CAPABILITY_PROFILE[capability];
  const readiness = d.weighted(
    ['registered', 'assessed', 'ready', 'rapid_deployment'] as const,
    [0.2, 0.3, 0.35, 0.15],
  );
  const [lo, hi] = NTM_BY_READINESS[readiness];
  const from = d.weighted([0, 30, 90], [0.7, 0.2, 0.1]);
  const until = d.weighted([null, 90, 180, 365], [0.6, 0.1, 0.15, 0.15]);
  return {
    id: `O${String(i + 1).padStart(5, '0')}`,
    nation: nation.id,
    unit: `${nation.id} ${capability.replace('_', ' ')} ${i + 1}`,
    capability,
    quantity: d.int(cp.offerQty[0], cp.offerQty[1]),
    readiness,
    noticeToMoveDays: d.int(lo, hi),
    availableFromDay: from,
    availableUntilDay: until !== null && until <= from ? null : until,
    rotationLengthDays: d.pick([120, 180, 180, 365]),
    caveats: makeCaveats(d, cp.regions),
  };
}

function makeCaveats(d: Draw, regions: readonly string[]): Caveat[] {
  const out: Caveat[] = [];
  if (d.chance(0.1)) {
    const r = [...new Set([d.pick(regions), d.pick(regions), d.pick(GENERATED_REGIONS).id])];
    out.push({ kind: 'region_limit', regions: r });
  }
  if (d.chance(0.25)) out.push({ kind: 'no_combat_zone' });
  if (d.chance(0.05)) out.push({ kind: 'outside_ukraine_only' });
  if (d.chance(0.15)) out.push({ kind: 'needs_us_backstop' });
  if (d.chance(0.2)) out.push({ kind: 'needs_parliamentary_approval' });
  if (d.chance(0.08)) out.push({ kind: 'needs_mandate', mandate: 'un_security_council' });
  if (d.chance(0.15)) out.push({ kind: 'max_duration_days', days: d.pick([90, 120, 180, 270]) });
  if (d.chance(0.15)) out.push({ kind: 'keep_together' });
  return out;
}
