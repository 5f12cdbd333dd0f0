/**
 * What activation needs from the store: determinations with their plans and items, the
 * register's commitments as activation reads them, and the server's signing key.
 */
import type {
  ActivationEvidence,
  ActivationExclusion,
  ActivationPlanItem,
  ActivationTriggerKind,
} from '../../contracts/activation';
import type { Classification } from '../../contracts/enums';
import type { ReadScope } from '../access/actor';
import type { ActivatableCommitment, BreachSeverity } from './types';

export interface DeterminationRecord {
  id: string;
  reference: string;
  trigger: ActivationTriggerKind;
  severity: BreachSeverity | null;
  /** UTC instant, ISO 8601 with milliseconds (as signed). */
  determinedAt: string;
  timeZone: string;
  determinedBy: string;
  attributedTo: string | null;
  incidentIds: string[];
  incidentRefs: string[];
  evidence: ActivationEvidence[];
  reasoning: string | null;
  note: string | null;
  illustrative: boolean;
  recordedBy: string | null;
  recordedByLabel: string;
  recordedAt: string;
  planDigest: string;
  signature: string;
  keyId: string;
}

/** An activated commitment as stored: the plan item, the version it was fired on, its marks. */
export interface ActivationItemRecord extends ActivationPlanItem {
  id: string;
  determinationId: string;
  commitmentVersion: number;
  beneficiary: string;
  /** At the determination; reads are scoped by the commitment's current classification. */
  classification: Classification;
  markedById: string | null;
  markedBy: string | null;
  markedAt: string | null;
  position: number;
}

export interface SigningKeyRecord {
  id: string;
  purpose: string;
  algorithm: 'Ed25519';
  /** SPKI PEM. */
  publicKey: string;
  /** PKCS#8 PEM. */
  privateKey: string;
  createdAt: string;
}

/** A commitment of the register as activation reads it. */
export interface ActivatableRow {
  commitment: ActivatableCommitment;
  version: number;
  beneficiary: string;
  classification: Classification;
}

export interface FiredItem {
  commitmentId: string;
  commitmentVersion: number;
  dueAt: string | null;
}

export interface ActivationRepo {
  /** Every commitment on this trigger, whatever its classification: a plan binds them all. */
  onTrigger(trigger: string): Promise<ActivatableRow[]>;
  /** Every commitment `scope` may read (a simulation runs over what its caller may read). */
  readable(scope: ReadScope): Promise<ActivatableCommitment[]>;
  nextReferenceNumber(prefix: string): Promise<number>;
  /** Writes the determination, its plan and its items. */
  insertDetermination(
    d: DeterminationRecord,
    excluded: ActivationExclusion[],
    items: ActivationItemRecord[],
  ): Promise<void>;
  getDetermination(id: string): Promise<DeterminationRecord | null>;
  /** Newest determination first. */
  listDeterminations(): Promise<DeterminationRecord[]>;
  /** Items of one plan (or of every plan: `null`) whose commitment `scope` may read, in plan order. */
  items(determinationId: string | null, scope: ReadScope): Promise<ActivationItemRecord[]>;
  /** Every item of a plan as fired, whoever reads: the signature covers them. */
  firedItems(determinationId: string): Promise<FiredItem[]>;
  excluded(determinationId: string, scope: ReadScope): Promise<ActivationExclusion[]>;
  /** One item, if `scope` may read its commitment. */
  getItem(id: string, scope: ReadScope): Promise<ActivationItemRecord | null>;
  /** Writes the item's marks only if it is not yet marked honoured; false otherwise. */
  markItem(item: ActivationItemRecord): Promise<boolean>;
  signingKey(purpose: string): Promise<SigningKeyRecord | null>;
  /** Inserts the key unless one exists for its purpose (then the stored one stays). */
  insertSigningKey(k: SigningKeyRecord): Promise<void>;
}
