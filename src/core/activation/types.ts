/** What activation and simulation read from a commitment: a structural subset of CommitmentView. */
import type {
  BREACH_SEVERITIES,
  CONDITION_KINDS,
  Kind,
  LegalForm,
  Pillar,
  Status,
} from '../../contracts/enums';

export type BreachSeverity = (typeof BREACH_SEVERITIES)[number];
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export interface ActivatableCommitment {
  id: string;
  ref: string;
  title: string;
  guarantor: string;
  pillar: Pillar;
  kind: Kind;
  legalForm: LegalForm;
  status: Status;
  trigger: { kind: string; severity?: BreachSeverity | undefined };
  conditions: readonly { kind: ConditionKind; text: string; satisfied: boolean }[];
  terms: {
    responseTimeHours?: number | undefined;
    startDate?: string | undefined;
    endDate?: string | undefined;
    durationMonths?: number | undefined;
    money?: { eurAmount: number } | undefined;
  };
}
