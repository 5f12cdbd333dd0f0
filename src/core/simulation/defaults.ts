/**
 * The simulation's assumptions where the user sets none. They are judgements, stated here so
 * that they can be argued with; every one can be overridden in SimulationOptions.
 */
import type { SimulationConditionModel } from '../../contracts/activation';
import type { Kind, LegalForm, Status } from '../../contracts/enums';
import type { ConditionKind } from '../activation/types';

/** A ratified treaty is not a statement: the chance of honouring is multiplied by these. */
export const LEGAL_FORM_FACTORS: Record<LegalForm, number> = {
  treaty: 1,
  executive_agreement: 0.95,
  memorandum: 0.85,
  political_declaration: 0.7,
  statement: 0.5,
};

/**
 * How far the commitment has come. Only binding statuses are simulated (activation rules), so
 * the others are 0. A commitment already breached once is given even odds.
 */
export const STATUS_FACTORS: Record<Status, number> = {
  announced: 0,
  drafted: 0,
  agreed: 0.85,
  signed: 0.9,
  ratified: 1,
  in_force: 1,
  allocated: 1,
  delivered: 1,
  breached: 0.5,
  withdrawn: 0,
  expired: 0,
};

const days = (n: number) => n * 24;

/**
 * Per condition kind: will it ever be satisfied, after how long, and who shares the outcome.
 * One US backstop and one mandate for the whole coalition; one parliament per guarantor.
 */
export const CONDITION_MODELS: Record<ConditionKind, SimulationConditionModel> = {
  parliamentary_approval: {
    probability: 0.8,
    delay: { type: 'lognormal', medianHours: days(7), p90Hours: days(30) },
    scope: 'guarantor',
  },
  mandate: {
    probability: 0.7,
    delay: { type: 'lognormal', medianHours: days(14), p90Hours: days(45) },
    scope: 'coalition',
  },
  us_backstop: {
    probability: 0.6,
    delay: { type: 'lognormal', medianHours: days(3), p90Hours: days(14) },
    scope: 'coalition',
  },
  national_procedures: {
    probability: 0.95,
    delay: { type: 'triangular', minHours: days(1), modeHours: days(3), maxHours: days(10) },
    scope: 'guarantor',
  },
  ceasefire: {
    probability: 0.3,
    delay: { type: 'lognormal', medianHours: days(60), p90Hours: days(180) },
    scope: 'coalition',
  },
  other: { probability: 0.8, delay: { type: 'exponential', meanHours: days(7) }, scope: 'commitment' },
};

/** Response time assumed where the terms give none (a vague commitment has no deadline). */
export const DEFAULT_RESPONSE_HOURS: Record<Kind, number> = {
  consultation: 24,
  diplomatic: 48,
  intelligence: 72,
  isr: 72,
  sanctions: days(7),
  air_policing: days(7),
  air_defence: days(14),
  maritime: days(14),
  logistics: days(14),
  monitoring: days(14),
  troops: days(30),
  equipment: days(30),
  ammunition: days(30),
  finance: days(30),
  budget_support: days(30),
  demining: days(30),
  training: days(60),
  industrial: days(90),
  other: days(30),
};

/**
 * A guarantor's record is shrunk towards a prior, as if it had PRIOR_ITEMS past items at the
 * prior rates: one late delivery in one activation should not make a guarantor a 0 % partner.
 */
export const PRIOR_ITEMS = 4;
export const PRIOR_HONOURED_RATE = 0.9;
export const PRIOR_ON_TIME_RATE = 0.7;
export const PRIOR_MEAN_LATE_HOURS = 72;

/**
 * Money histogram bins per series and day, over the range a pilot saw (money-ranges.ts): 510
 * inside it, one below, one above. Fewer bins touch fewer cache lines; 510 keeps each money
 * quantile within 0.2 % of that day's spread.
 */
export const MONEY_BINS = 512;
