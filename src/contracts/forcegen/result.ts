import { z } from 'zod';
import { CAVEAT_KINDS, Capability, CaveatKind, FORCEGEN_LIMITS, Offer, Phase } from './scenario';

const id = z.string().trim().min(1).max(FORCEGEN_LIMITS.idLength);

/* ---------- Solving: options, what-if runs, result ---------- */

export const STAGES = ['coverage', 'burden_sharing', 'nations_per_line'] as const;
export const SOLVER_STATUSES = [
  'optimal',
  'time_limit',
  'interrupted',
  'infeasible',
  'error',
  'heuristic',
] as const;
export const SolverStatus = z
  .enum(SOLVER_STATUSES)
  .describe('optimal: proven within mipRelGap; heuristic: the greedy baseline, no proof')
  .meta({ id: 'ForceGenSolverStatus' });
export type SolverStatus = z.infer<typeof SolverStatus>;

export const ForceGenSolveOptions = z
  .object({
    timeLimitSeconds: z
      .number()
      .positive()
      .max(3600)
      .default(10)
      .describe('Wall-clock budget for all stages'),
    mipRelGap: z
      .number()
      .min(0)
      .max(1)
      .default(1e-4)
      .describe('Relative gap at which a stage counts as optimal'),
    stages: z.number().int().min(1).max(3).default(3).describe('How many lexicographic stages to run'),
    coverageTolerance: z
      .number()
      .min(0)
      .max(0.5)
      .default(1e-6)
      .describe('Relative loss of coverage allowed to later stages'),
    burdenBand: z
      .number()
      .min(0)
      .max(1)
      .default(0.1)
      .describe("Half-width of each nation's band around its GDP share of the force, relative to that share"),
    burdenSlackPersonnel: z
      .number()
      .min(0)
      .max(100_000)
      .default(150)
      .describe('Personnel every band is widened by (a company), so that whole units can land inside it'),
  })
  .describe('How to solve')
  .meta({ id: 'ForceGenSolveOptions' });
export type ForceGenSolveOptions = z.input<typeof ForceGenSolveOptions>;

export const WhatIf = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('withdraw_nation'), nation: id.describe('Nation leaving the force') }),
    z.object({ kind: z.literal('drop_us_backstop') }),
    z.object({
      kind: z.literal('lift_caveat'),
      caveat: CaveatKind,
      nation: id.optional().describe('Only this nation’s offers'),
      offer: id.optional().describe('Only this offer'),
    }),
    z.object({ kind: z.literal('add_offer'), offer: Offer }),
  ])
  .describe('A change to the scenario, compared with the base plan')
  .meta({ id: 'ForceGenWhatIf' });
export type WhatIf = z.infer<typeof WhatIf>;

export const Allocation = z
  .object({
    offer: id,
    nation: id,
    line: id,
    units: z.number().int().min(1).describe("Units of the offer's capability sent to the line"),
    efficiency: z.number().describe('Line units covered per offered unit (1 unless substituted)'),
    covered: z.number().describe('Line units covered: units × efficiency'),
    personnel: z.number().int().describe('Personnel deployed'),
  })
  .meta({ id: 'ForceGenAllocation' });
export type Allocation = z.infer<typeof Allocation>;

export const GAP_REASONS = [
  'no_offer_of_capability',
  'capacity_used_elsewhere',
  'readiness',
  'notice_to_move',
  'availability_window',
  ...CAVEAT_KINDS,
] as const;
export const Gap = z
  .object({
    line: id,
    capability: Capability,
    phase: Phase,
    region: id,
    priority: z.number().int(),
    demand: z.number(),
    covered: z.number(),
    shortfall: z.number().describe('demand − covered, in line units'),
    reasons: z
      .array(
        z.object({
          reason: z.enum(GAP_REASONS),
          offers: z.number().int().describe('Offers of a fitting capability excluded for this reason'),
          units: z.number().int().describe('Their units'),
        }),
      )
      .describe('Why it is not filled; an offer may count under several reasons'),
  })
  .meta({ id: 'ForceGenGap' });
export type Gap = z.infer<typeof Gap>;

export const BurdenShare = z
  .object({
    nation: id,
    gdp: z.number(),
    gdpShare: z.number().describe('Share of coalition GDP, 0..1'),
    personnel: z.number().int(),
    units: z.number().int(),
    forceShare: z.number().describe('Share of allocated personnel, 0..1'),
    deviation: z.number().describe('forceShare − gdpShare'),
    lines: z.number().int().describe('Lines it contributes to'),
  })
  .meta({ id: 'ForceGenBurdenShare' });
export type BurdenShare = z.infer<typeof BurdenShare>;

export const StageReport = z
  .object({
    stage: z.enum(STAGES),
    status: SolverStatus,
    method: z
      .enum(['lp_rounding', 'mip', 'local_search', 'fixed', 'greedy', 'skipped'])
      .describe(
        'lp_rounding: rounded LP relaxation within the gap of its bound; fixed: nothing left to choose',
      ),
    objective: z.number(),
    bound: z.number().describe('Best proven bound (upper for coverage, lower for the others)'),
    mipGap: z.number().describe('Relative gap between objective and bound'),
    timeMs: z.number(),
  })
  .meta({ id: 'ForceGenStageReport' });
export type StageReport = z.infer<typeof StageReport>;

export const ForceGenResult = z
  .object({
    scenario: id,
    solver: z.enum(['highs', 'greedy']),
    status: SolverStatus.describe('Status of the coverage stage; later stages report their own'),
    objective: z.object({
      coverage: z.number().describe('Priority-weighted coverage, 0..1'),
      burdenOutsideBand: z.number().describe('What stage 2 minimises: personnel outside the nations’ bands'),
      burdenDeviation: z.number().describe('Σ over nations of |personnel − GDP share × total personnel|'),
      nationLinePairs: z.number().int().describe('Σ over lines of the nations contributing to it'),
    }),
    bound: z.number().describe('Best proven upper bound on coverage'),
    mipGap: z.number().describe('(bound − coverage) ÷ bound'),
    stages: z.array(StageReport),
    coverage: z.object({
      units: z.number().describe('Σ covered ÷ Σ demand'),
      linesFull: z.number().int(),
      linesPartial: z.number().int(),
      linesEmpty: z.number().int(),
    }),
    allocation: z.array(Allocation),
    lines: z.array(z.object({ line: id, demand: z.number(), covered: z.number(), nations: z.array(id) })),
    gaps: z.array(Gap),
    burdenSharing: z.array(BurdenShare),
    model: z.object({
      columns: z.number().int(),
      rows: z.number().int(),
      integers: z.number().int(),
      nonzeros: z.number().int(),
    }),
    timing: z.object({
      buildMs: z.number(),
      solveMs: z.number(),
      interpretMs: z.number(),
      totalMs: z.number(),
    }),
  })
  .describe('The plan: allocation, gaps, burden sharing and the solver’s account of it')
  .meta({ id: 'ForceGenResult' });
export type ForceGenResult = z.infer<typeof ForceGenResult>;

export const PlanComparison = z
  .object({
    whatIf: WhatIf,
    coverage: z.object({ base: z.number(), variant: z.number(), delta: z.number() }),
    burdenDeviation: z.object({ base: z.number(), variant: z.number(), delta: z.number() }),
    newGaps: z.array(id).describe('Lines fully covered in the base plan, not in the variant'),
    closedGaps: z.array(id).describe('Lines short in the base plan, fully covered in the variant'),
    lines: z.array(z.object({ line: id, base: z.number(), variant: z.number(), delta: z.number() })),
    nations: z.array(
      z.object({ nation: id, basePersonnel: z.number(), variantPersonnel: z.number(), delta: z.number() }),
    ),
    unitsMoved: z.number().int().describe('Units whose offer–line assignment differs'),
  })
  .describe('A what-if run against the base plan; only changed lines and nations are listed')
  .meta({ id: 'ForceGenPlanComparison' });
export type PlanComparison = z.infer<typeof PlanComparison>;
