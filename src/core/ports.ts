/**
 * What core needs from outside. The store implements the repositories; the server and the CLI
 * supply the clock and the random source. Each use case takes only the ports it uses.
 */

import type { Analysis } from '../contracts/analysis';
import type {
  CommitmentDoc,
  CommitmentQuery,
  CommitmentView,
  ConcretenessSummary,
} from '../contracts/commitment';
import type { PlanView } from '../contracts/conference';
import type { Role } from '../contracts/enums';
import type { ForceGenResult, ForceGenScenario, PlanComparison, WhatIf } from '../contracts/forcegen';
import type { ReadScope } from './access/actor';
import type { ActivationRepo } from './activation/repo';
import type { AuditEntry, AuditInput } from './audit/chain';
import type { DocumentRepo } from './documents/repo';
import type { IncidentRepo } from './incidents/repo';
import type { PositionRepo } from './positions/repo';
import type { PressureRepo } from './pressure/repo';
import type { JobRepo } from './simulation/jobs-repo';
import type { SummitRepo } from './summits/records';
import type { TimelineRepo } from './timeline/repo';

// each capability's repository lives beside it; they are named here too, as before
export type {
  AsOfCommitment,
  DocumentRepo,
  SignatureRecord,
  SigningKeyRecord,
  TranslationRecord,
} from './documents/repo';
export type { IncidentFilter, IncidentRepo } from './incidents/repo';
export type { PositionRecord, PositionRepo } from './positions/repo';
export type { PressureRecord, PressureRepo } from './pressure/repo';
export type { JobRepo, SimulationJobRecord } from './simulation/jobs-repo';
export type { TimelineRepo } from './timeline/repo';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface PartyRecord {
  code: string;
  name: string;
  kind: 'state' | 'organisation';
  gdpEur: number | null;
  gdpYear: number | null;
  gdpSource: string | null;
  invited: boolean;
  illustrative: boolean;
}

export interface PartyRepo {
  get(code: string): Promise<PartyRecord | null>;
  getMany(codes: string[]): Promise<Map<string, PartyRecord>>;
  list(): Promise<PartyRecord[]>;
  upsert(p: PartyRecord): Promise<void>;
}

export interface RateRecord {
  currency: string;
  year: number;
  eurPerUnit: number;
  rateDate: string;
  source: string;
}
export interface RateRepo {
  /** The rate for `year`, or else the latest year before it, or else the earliest after it. */
  find(currency: string, year: number): Promise<RateRecord | null>;
  upsert(r: RateRecord): Promise<void>;
}

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  partyCode: string | null;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
}
export interface UserRepo {
  byId(id: string): Promise<UserRecord | null>;
  byEmail(email: string): Promise<UserRecord | null>;
  list(): Promise<UserRecord[]>;
  insert(u: UserRecord): Promise<void>;
  count(): Promise<number>;
}

export interface SessionRecord {
  idHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}
export interface SessionRepo {
  insert(s: SessionRecord): Promise<void>;
  /** The live session, with its user where the store reads both at once (one query a request). */
  find(idHash: string, now: Date): Promise<(SessionRecord & { user?: UserRecord }) | null>;
  delete(idHash: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
}

export interface TokenRecord {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  scope: 'read' | 'write';
  expiresAt: Date | null;
  revokedAt: Date | null;
}
export interface TokenRepo {
  insert(t: TokenRecord): Promise<void>;
  /** The live token, with its user where the store reads both at once (one query a request). */
  findByHash(hash: string, now: Date): Promise<(TokenRecord & { user?: UserRecord }) | null>;
  revoke(id: string, userId: string, now: Date): Promise<boolean>;
}

export interface StoredCommitment {
  id: string;
  version: number;
  doc: CommitmentDoc;
  /** The concreteness analysis of doc.text when just computed (writes); reads carry `summary`. */
  analysis: Analysis | null;
  /** In lists, only the analysis' label, score and missing elements are read. */
  summary?: ConcretenessSummary;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
  /** The guarantor's name and GDP, where the read joined them (saves a query per read). */
  guarantorParty?: { name: string; gdpEur: number | null };
}

export interface VersionRecord {
  version: number;
  doc: CommitmentDoc;
  changedBy: string | null;
  changedAt: string;
  changeNote: string | null;
}

export interface CommitmentRepo {
  get(id: string): Promise<StoredCommitment | null>;
  getByRef(ref: string): Promise<StoredCommitment | null>;
  /** Lists what `scope` may read, filtered, sorted and paged; views carry guarantor name and % GDP. */
  list(query: CommitmentQuery, scope: ReadScope): Promise<{ items: CommitmentView[]; total: number }>;
  /**
   * Writes records and their version 1 in as few statements as it can; a record whose ref is taken
   * (by a stored one or an earlier one of `cs`) is skipped. Returns, per record, whether it was written.
   */
  insertMany(cs: StoredCommitment[], changeNote: string | null): Promise<boolean[]>;
  /** Writes version `c.version` (record and version row) only if the stored one is `c.version - 1`; false otherwise. */
  update(c: StoredCommitment, changeNote: string | null): Promise<boolean>;
  versions(id: string): Promise<VersionRecord[]>;
  nextRefNumber(prefix: string): Promise<number>;
  totals(scope: ReadScope): Promise<TotalsRow[]>;
  concreteness(scope: ReadScope): Promise<ConcretenessRow[]>;
  /** Ids of commitments whose analysis is missing (rows from before the analyser), up to `limit`. */
  missingAnalysis(limit: number): Promise<{ id: string; text: string; lang: string }[]>;
  /** Stores a derived analysis without a new version (it follows from the text). */
  setAnalysis(id: string, analysis: Analysis): Promise<void>;
}

export interface TotalsRow {
  guarantor: string;
  guarantorName: string;
  gdpEur: number | null;
  pillar: string;
  status: string;
  count: number;
  eurAmount: number;
}

export interface ConcretenessRow {
  guarantor: string;
  guarantorName: string;
  pillar: string;
  label: 'concrete' | 'vague' | null;
  count: number;
  scoreSum: number;
}

export interface AuditRepo {
  /** Appends under a row lock on the chain's head, so that the chain has one order across servers. */
  append(
    e: AuditInput,
    hash: (prev: { seq: number; hash: string } | null) => AuditEntry,
  ): Promise<AuditEntry>;
  /** Appends entries in order under one lock and one statement (`hash` chains each to the one before). */
  appendMany(
    es: AuditInput[],
    hash: (e: AuditInput, prev: { seq: number; hash: string } | null) => AuditEntry,
  ): Promise<AuditEntry[]>;
  forEntity(entity: string, entityId: string): Promise<AuditEntry[]>;
  /** Every entry in order, in pages, for verification. */
  scan(afterSeq: number, limit: number): Promise<AuditEntry[]>;
  recent(limit: number): Promise<AuditEntry[]>;
  /** The last entry as the head row records it (seq 0 when empty). */
  head(): Promise<{ seq: number; hash: string }>;
}

export interface ScenarioRecord {
  id: string;
  name: string;
  version: number;
  doc: ForceGenScenario;
  illustrative: boolean;
  updatedAt: string;
  updatedBy: string | null;
}

export interface PlanRecord {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  whatIf: WhatIf | null;
  status: PlanView['status'];
  progress: PlanView['progress'];
  result: ForceGenResult | null;
  comparison: PlanComparison | null;
  error: string | null;
  createdAt: string;
  createdBy: string | null;
  finishedAt: string | null;
}

export interface ForceGenRepo {
  listScenarios(): Promise<ScenarioRecord[]>;
  getScenario(id: string): Promise<ScenarioRecord | null>;
  scenarioAt(id: string, version: number): Promise<ForceGenScenario | null>;
  insertScenario(s: ScenarioRecord, changeNote: string | null): Promise<void>;
  /** Writes version `s.version` only if the stored one is `s.version - 1`; false otherwise. */
  updateScenario(s: ScenarioRecord, changeNote: string | null): Promise<boolean>;
  insertPlan(p: PlanRecord): Promise<void>;
  updatePlan(
    id: string,
    change: Partial<
      Pick<PlanRecord, 'status' | 'progress' | 'result' | 'comparison' | 'error' | 'finishedAt'>
    >,
  ): Promise<void>;
  getPlan(id: string): Promise<PlanRecord | null>;
  listPlans(scenarioId: string, limit: number): Promise<PlanRecord[]>;
  /** Plans left queued or running by a server that stopped: marked failed at start-up. */
  failUnfinishedPlans(reason: string, now: string): Promise<number>;
}

/** Live updates: what changed, for every open screen (server-sent events). */
export interface Events {
  publish(topic: string, event: { type: string; data: unknown }): void;
}

/** Runs a requested plan in the background (worker threads; a job queue on PostgreSQL). */
export interface PlanRunner {
  start(planId: string): void;
  cancel(planId: string): boolean;
}

export interface Repos {
  parties: PartyRepo;
  rates: RateRepo;
  users: UserRepo;
  sessions: SessionRepo;
  tokens: TokenRepo;
  commitments: CommitmentRepo;
  audit: AuditRepo;
  forcegen: ForceGenRepo;
  incidents: IncidentRepo;
  activation: ActivationRepo;
  positions: PositionRepo;
  pressure: PressureRepo;
  timeline: TimelineRepo;
  summits: SummitRepo;
  documents: DocumentRepo;
  jobs: JobRepo;
}

/** The repositories, plus a way to run several writes as one transaction. */
export interface Store extends Repos {
  transaction<T>(fn: (repos: Repos) => Promise<T>): Promise<T>;
}

export interface PasswordHasher {
  hash(plain: string): Promise<string>;
  verify(hash: string, plain: string): Promise<boolean>;
}
