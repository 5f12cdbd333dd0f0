/**
 * "If attacked again, what can we count on by day N?" — the Monte Carlo simulation's options and
 * result. Every option has a documented default (core/simulation/defaults.ts), so `{}` is a valid
 * request.
 */
import { z } from 'zod';
import { BreachSeverity, ConditionKind, Kind, LegalForm, Pillar, Status, TriggerKind } from './enums';

const hours = z
  .number()
  .min(0)
  .max(24 * 3650);

/** How long something takes, in hours, as a distribution that the user can set. */
export const SimulationDelay = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('fixed'), hours }),
    z
      .strictObject({ type: z.literal('uniform'), minHours: hours, maxHours: hours })
      .refine((d) => d.minHours <= d.maxHours, { message: 'must be ≥ minHours', path: ['maxHours'] }),
    z
      .strictObject({ type: z.literal('triangular'), minHours: hours, modeHours: hours, maxHours: hours })
      .refine((d) => d.minHours <= d.modeHours && d.modeHours <= d.maxHours, {
        message: 'need minHours ≤ modeHours ≤ maxHours',
        path: ['modeHours'],
      }),
    z.strictObject({ type: z.literal('exponential'), meanHours: hours }),
    z
      .strictObject({ type: z.literal('lognormal'), medianHours: hours.gt(0), p90Hours: hours.gt(0) })
      .refine((d) => d.p90Hours >= d.medianHours, { message: 'must be ≥ medianHours', path: ['p90Hours'] }),
  ])
  .describe('A delay distribution in hours (lognormal is given by its median and 90th percentile)')
  .meta({ id: 'SimulationDelay' });
export type SimulationDelay = z.infer<typeof SimulationDelay>;

export const SimulationConditionModel = z
  .strictObject({
    probability: z.number().min(0).max(1).describe('Chance that the condition is ever satisfied'),
    delay: SimulationDelay.describe('Time from the determination until it is satisfied, if it is'),
    scope: z
      .enum(['coalition', 'guarantor', 'commitment'])
      .describe(
        'Who shares one outcome per run: coalition (one US backstop for all), guarantor (one parliament per guarantor), commitment (independent)',
      ),
  })
  .meta({ id: 'SimulationConditionModel' });
export type SimulationConditionModel = z.infer<typeof SimulationConditionModel>;

const factor = z.number().min(0).max(1);

export const SIMULATION_LIMITS = { runs: 1_000_000, horizonDays: 365, workers: 64 } as const;

export const SimulationOptions = z
  .strictObject({
    trigger: z
      .strictObject({ kind: TriggerKind.exclude(['none']), severity: BreachSeverity.optional() })
      .default({ kind: 'renewed_attack' })
      .describe('The hypothetical determination; its activation rules pick the commitments'),
    runs: z.number().int().min(1).max(SIMULATION_LIMITS.runs).default(10_000),
    seed: z.number().int().min(0).max(0xffffffff).default(1).describe('The same seed gives the same result'),
    horizonDays: z.number().int().min(1).max(SIMULATION_LIMITS.horizonDays).default(90),
    workers: z.number().int().min(1).max(SIMULATION_LIMITS.workers).default(2),
    chunkRuns: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(500)
      .describe('Runs per chunk; each chunk has its own stream from (seed, chunk index)'),
    conditions: z
      .partialRecord(ConditionKind, SimulationConditionModel)
      .default({})
      .describe('Per condition kind: probability, delay and scope (defaults for kinds not given)'),
    legalFormFactors: z
      .partialRecord(LegalForm, factor)
      .default({})
      .describe('Multiplies the chance of honouring by the instrument (treaty 1 … statement 0.5 by default)'),
    statusFactors: z
      .partialRecord(Status, factor)
      .default({})
      .describe('Multiplies the chance of honouring by how far the commitment has come on the ladder'),
    defaultResponseHours: z
      .partialRecord(Kind, hours.gt(0))
      .default({})
      .describe('Response time assumed, per kind, where the terms give none'),
    topFailures: z.number().int().min(0).max(500).default(20),
  })
  .meta({ id: 'SimulationOptions' });
export type SimulationOptionsInput = z.input<typeof SimulationOptions>;
export type SimulationOptions = z.output<typeof SimulationOptions>;

const band = z.array(z.number()).describe('One value per day 0..horizonDays');
export const SimulationBands = z
  .object({ p10: band, p50: band, p90: band, mean: band })
  .describe('Day d means within the first (d + 1) × 24 hours after the determination')
  .meta({ id: 'SimulationBands' });
export type SimulationBands = z.infer<typeof SimulationBands>;

export const SimulationSeries = z
  .object({
    key: z.string().describe('total, pillar:<pillar> or kind:<kind>'),
    group: z.enum(['total', 'pillar', 'kind']),
    pillar: Pillar.optional(),
    kind: Kind.optional(),
    committedCount: z.number().int(),
    committedEur: z.number(),
    capability: SimulationBands.describe('Commitments honoured by day d (exact quantiles)'),
    money: SimulationBands.describe('EUR delivered by day d (quantiles within moneyResolutionEur)'),
    moneyResolutionEur: z
      .number()
      .describe(
        'Widest money bin over the days: each money quantile (not clipped) is within it of the exact value',
      ),
  })
  .meta({ id: 'SimulationSeries' });
export type SimulationSeries = z.infer<typeof SimulationSeries>;

export const SimulationFailure = z
  .object({
    commitmentId: z.string(),
    commitmentRef: z.string(),
    guarantor: z.string(),
    pillar: Pillar,
    kind: Kind,
    failRate: z.number().describe('Share of runs in which it was not honoured within the horizon'),
    conditionRate: z.number().describe('Share of runs in which one of its conditions was never satisfied'),
  })
  .meta({ id: 'SimulationFailure' });
export type SimulationFailure = z.infer<typeof SimulationFailure>;

export const SimulationResult = z
  .object({
    runs: z.number().int(),
    seed: z.number().int(),
    horizonDays: z.number().int(),
    chunks: z.number().int(),
    commitments: z.number().int().describe('Commitments the hypothetical determination activates'),
    series: z.array(SimulationSeries).describe('The total, then each pillar, then each kind present'),
    mostOftenFail: z.array(SimulationFailure),
    moneyClipped: z
      .number()
      .int()
      .describe(
        'Money quantiles that fell outside the pilot range and are reported at its edge (normally 0)',
      ),
    method: z.string().describe('How the bands were computed, and what is approximate'),
  })
  .meta({ id: 'SimulationResult' });
export type SimulationResult = z.infer<typeof SimulationResult>;

export const SimulationProgress = z
  .object({ chunksDone: z.number().int(), chunks: z.number().int(), runsDone: z.number().int() })
  .meta({ id: 'SimulationProgress' });
export type SimulationProgress = z.infer<typeof SimulationProgress>;
