import type { ActivationState } from '../../../contracts/activation';

export const STATE_LABELS: Record<ActivationState, string> = {
  pending: 'Pending',
  blocked: 'Blocked',
  honoured_on_time: 'Honoured on time',
  honoured_late: 'Honoured late',
  not_honoured: 'Not honoured',
};

export const STATE_TONES: Record<ActivationState, string> = {
  pending: 'light-blue',
  blocked: 'yellow',
  honoured_on_time: 'green',
  honoured_late: 'blue',
  not_honoured: 'red',
};

export const TRIGGER_LABELS: Record<string, string> = {
  ceasefire_in_force: 'Ceasefire in force',
  attributed_breach: 'Attributed breach',
  renewed_attack: 'Renewed armed attack',
  refusal_to_negotiate: 'Refusal to negotiate',
};

export const SEVERITY_LABELS: Record<string, string> = { minor: 'Minor', serious: 'Serious', grave: 'Grave' };

export const CONDITION_LABELS: Record<string, string> = {
  parliamentary_approval: 'Parliamentary approval',
  mandate: 'Mandate',
  us_backstop: 'US backstop',
  national_procedures: 'National procedures',
  ceasefire: 'Ceasefire',
  other: 'Other condition',
};

export function StateTag({ state }: { state: ActivationState }) {
  return <strong className={`tag tag--${STATE_TONES[state]}`}>{STATE_LABELS[state]}</strong>;
}
