/**
 * The closed vocabularies of the register. One list each, used by the API, the CLI, the web app
 * and the database's CHECK constraints (migrations repeat them; a test checks they agree).
 */
import { z } from 'zod';

/** The five pillars of the Paris Declaration, plus the pressure track beside them. */
export const PILLARS = [
  'monitoring',
  'long_term_support',
  'multinational_force',
  'renewed_attack',
  'defence_cooperation',
  'pressure',
] as const;
export const Pillar = z
  .enum(PILLARS)
  .describe('Which part of the guarantees the commitment belongs to')
  .meta({ id: 'Pillar' });
export type Pillar = z.infer<typeof Pillar>;

export const PILLAR_LABELS: Record<Pillar, string> = {
  monitoring: '1. Ceasefire monitoring and verification',
  long_term_support: "2. Long-term support for Ukraine's armed forces",
  multinational_force: '3. Multinational Force Ukraine',
  renewed_attack: '4. Commitments in case of a renewed armed attack',
  defence_cooperation: '5. Defence cooperation',
  pressure: 'Pressure track',
};

export const KINDS = [
  'troops',
  'air_policing',
  'maritime',
  'demining',
  'training',
  'isr',
  'air_defence',
  'equipment',
  'ammunition',
  'finance',
  'budget_support',
  'intelligence',
  'logistics',
  'consultation',
  'diplomatic',
  'sanctions',
  'industrial',
  'monitoring',
  'other',
] as const;
export const Kind = z.enum(KINDS).describe('What is promised').meta({ id: 'Kind' });
export type Kind = z.infer<typeof Kind>;

export const TRIGGERS = [
  'none',
  'ceasefire_in_force',
  'attributed_breach',
  'renewed_attack',
  'refusal_to_negotiate',
] as const;
export const TriggerKind = z
  .enum(TRIGGERS)
  .describe('The event that switches the commitment on')
  .meta({ id: 'TriggerKind' });
export type TriggerKind = z.infer<typeof TriggerKind>;

export const BREACH_SEVERITIES = ['minor', 'serious', 'grave'] as const;
export const BreachSeverity = z.enum(BREACH_SEVERITIES).meta({ id: 'BreachSeverity' });

export const CONDITION_KINDS = [
  'parliamentary_approval',
  'mandate',
  'us_backstop',
  'national_procedures',
  'ceasefire',
  'other',
] as const;
export const ConditionKind = z.enum(CONDITION_KINDS).meta({ id: 'ConditionKind' });

export const LEGAL_FORMS = [
  'treaty',
  'executive_agreement',
  'memorandum',
  'political_declaration',
  'statement',
] as const;
export const LegalForm = z
  .enum(LEGAL_FORMS)
  .describe('How binding the instrument is, strongest first')
  .meta({ id: 'LegalForm' });
export type LegalForm = z.infer<typeof LegalForm>;

/** The status ladder, in order, then the three ends off the ladder. */
export const LADDER = [
  'announced',
  'drafted',
  'agreed',
  'signed',
  'ratified',
  'in_force',
  'allocated',
  'delivered',
] as const;
export const OFF_LADDER = ['withdrawn', 'expired', 'breached'] as const;
export const STATUSES = [...LADDER, ...OFF_LADDER] as const;
export const Status = z
  .enum(STATUSES)
  .describe('Where the commitment stands on the status ladder')
  .meta({ id: 'Status' });
export type Status = z.infer<typeof Status>;

export const CLASSIFICATIONS = ['public', 'coalition', 'bilateral', 'national'] as const;
export const Classification = z
  .enum(CLASSIFICATIONS)
  .describe(
    'public: anyone; coalition: every signed-in member; bilateral: the guarantor, the beneficiary and the secretariat; national: the guarantor only',
  )
  .meta({ id: 'Classification' });
export type Classification = z.infer<typeof Classification>;

/** The Open Government Partnership's completion scale. */
export const COMPLETIONS = ['no_evidence', 'not_started', 'limited', 'substantial', 'complete'] as const;
export const Completion = z
  .enum(COMPLETIONS)
  .describe("Completion on the OGP IRM's five-step scale")
  .meta({ id: 'Completion' });
export type Completion = z.infer<typeof Completion>;

export const ROLES = [
  'secretariat',
  'delegation',
  'beneficiary',
  'planner',
  'monitor',
  'commission',
  'observer',
] as const;
export const Role = z.enum(ROLES).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

export const PARTY_KINDS = ['state', 'organisation'] as const;
export const PartyKind = z.enum(PARTY_KINDS).meta({ id: 'PartyKind' });
