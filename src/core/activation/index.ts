/** Triggers and activation: which commitments a determination switches on, due when, blocked by what. */
export { countStates, type PlanActivationInput, planActivation } from './plan-activation';
export { reliabilityRecords } from './reliability';
export { type ActivationQuery, BINDING_STATUSES, endDate, SEVERITY_RANK, selectCommitment } from './rules';
export { GUARANTOR_TIME_ZONES, guarantorTimeZone, KYIV, localDate, localTime } from './time-zones';
export { activationState, lateByHours, markActivationItem, refreshItem } from './track-activation';
export type { ActivatableCommitment, BreachSeverity, ConditionKind } from './types';
