/**
 * What core needs from outside. The store implements the repositories; the server and the CLI
 * supply the clock and the random source. Each use case takes only the ports it uses.
 */

import type { SimulationProgress, SimulationResult } from '../contracts/activation-simulation';
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
import type { Incident } from '../contracts/incident';
import type { Issue, Position, PositionCreate, PositionQuery } from '../contracts/positions';
import type { PressureMeasure, PressureQuery } from '../contracts/pressure';
import type { TimelineEvent, TimelineQuery } from '../contracts/timeline';
import type { ReadScope } from './access/actor';
import type { ActivationRepo } from './activation/repo';
import type { AuditEntry, AuditInput } from './audit/chain';
import type { SummitRepo } from './summits/records';

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
  find(idHash: string, now: Date): Promise<SessionRecord | null>;
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
  findByHash(hash: string, now: Date): Promise<TokenRecord | null>;
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

/** Which incidents: a period as UTC instants [start, end), and closed-list filters. */
export interface IncidentFilter {
  start?: string | undefined;
  end?: string | undefined;
  region?: string[] | undefined;
  type?: string[] | undefined;
  status?: string[] | undefined;
}

export interface IncidentRepo {
  get(id: string): Promise<Incident | null>;
  getByReference(reference: string): Promise<Incident | null>;
  /** Newest (or oldest) first by occurredAt, paged. */
  list(
    filter: IncidentFilter,
    page: { page: number; pageSize: number; order: 'asc' | 'desc' },
  ): Promise<{ items: Incident[]; total: number }>;
  /** Throws `conflict` naming `reference` when the reference is taken. */
  insert(i: Incident): Promise<void>;
  /** Moves the status only if it is still `from`; the changed incident, or null if it was not. */
  setStatus(change: {
    id: string;
    from: string;
    to: string;
    note: string | null;
    at: string;
    by: string | null;
  }): Promise<Incident | null>;
  /** The highest number used after `INC-<year>-`, plus one. */
  nextReferenceNumber(year: number): Promise<number>;
  /** Which of these references are taken. */
  takenReferences(references: string[]): Promise<string[]>;
  /** Counts by calendar day in `timeZone` and region, for the filter. */
  countByDayAndRegion(
    filter: IncidentFilter,
    timeZone: string,
  ): Promise<{ day: string; region: string; count: number }[]>;
}

/** One commitment as it stood at an instant: the version then current. */
export interface AsOfCommitment {
  id: string;
  version: number;
  doc: CommitmentDoc;
  changedAt: string;
}
export interface TranslationRecord {
  commitmentId: string;
  version: number;
  lang: string;
  text: string;
  /** SHA-256 of the original text translated (a later version with the same text reuses it). */
  sourceHash: string;
  translatedBy: string | null;
  translatedAt: string;
}
export interface SigningKeyRecord {
  party: string;
  /** Ed25519, SPKI DER, base64. */
  publicKey: string;
  /** Ed25519, PKCS#8 DER, base64 (the server signs on the delegation's behalf). */
  privateKey: string;
  /** SHA-256 of the public key, hex: names the key in each signature. */
  keyId: string;
  createdAt: string;
}
export interface SignatureRecord {
  id: string;
  kind: 'agreement';
  party: string;
  asOf: string;
  lang: string;
  hash: string;
  signature: string;
  keyId: string;
  /** The canonical JSON of the document model signed, byte for byte. */
  document: string;
  signedBy: string;
  signedAt: string;
}
export interface DocumentRepo {
  /**
   * For every commitment, the version current just before `before` (an ISO instant), when that
   * version is readable under `scope`; with `party`, only those it guarantees or benefits from.
   */
  commitmentsAsOf(before: string, scope: ReadScope, party?: string): Promise<AsOfCommitment[]>;
  /** Translations into `lang` of any version of these commitments. */
  translations(commitmentIds: string[], lang: string): Promise<TranslationRecord[]>;
  putTranslation(t: TranslationRecord): Promise<void>;
  signingKey(party: string): Promise<SigningKeyRecord | null>;
  /** Inserts unless the party has a key already (a concurrent first signing); returns the stored key. */
  ensureSigningKey(k: SigningKeyRecord): Promise<SigningKeyRecord>;
  insertSignature(s: SignatureRecord): Promise<void>;
  signature(id: string): Promise<SignatureRecord | null>;
  /** Newest first; all parties when `party` is null. */
  signatures(party: string | null, limit: number): Promise<SignatureRecord[]>;
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

export type PositionRecord = PositionCreate & { id: string; recordedBy: string | null; recordedAt: string };
export interface PositionRepo {
  listIssues(): Promise<Issue[]>;
  getIssue(slug: string): Promise<Issue | null>;
  upsertIssue(issue: Issue, now: string): Promise<void>;
  insertPosition(p: PositionRecord): Promise<void>;
  getPosition(id: string): Promise<Position | null>;
  listPositions(q: PositionQuery): Promise<Position[]>;
  /** For each issue × party, the latest position on or before `date` (of `parties` when given). */
  latestAt(date: string, parties?: string[]): Promise<Position[]>;
}

export type PressureRecord = Omit<PressureMeasure, 'allowedStatuses'> & {
  createdBy: string | null;
  updatedBy: string | null;
};
export interface PressureRepo {
  list(q: PressureQuery): Promise<PressureRecord[]>;
  get(id: string): Promise<PressureRecord | null>;
  insert(m: PressureRecord): Promise<void>;
  /** Writes version `m.version` only if the stored one is `m.version - 1`; false otherwise. */
  update(m: PressureRecord): Promise<boolean>;
}

export interface TimelineRepo {
  list(q: TimelineQuery): Promise<TimelineEvent[]>;
  get(id: string): Promise<TimelineEvent | null>;
  insert(e: TimelineEvent): Promise<void>;
}

/** A simulation job as stored: the server that accepted it runs it; any server reads it. */
export interface SimulationJobRecord {
  id: string;
  ownerId: string;
  runnerId: string | null;
  /** The request as given (the options). */
  input: Record<string, unknown>;
  commitments: number;
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  progress: SimulationProgress | null;
  result: SimulationResult | null;
  error: string | null;
  cancelRequested: boolean;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/**
 * Background jobs across servers (docs/scale-out.md): simulation jobs, cancel flags, which
 * servers are alive, and the notifications that carry live events between servers.
 */
export interface JobRepo {
  insertSimulation(j: SimulationJobRecord): Promise<void>;
  getSimulation(id: string): Promise<SimulationJobRecord | null>;
  /** Jobs of this owner waiting or running, on every server. */
  countActiveSimulations(ownerId: string): Promise<number>;
  /** queued → running; false when it is not queued any more (cancelled meanwhile). */
  markSimulationRunning(id: string, now: string): Promise<boolean>;
  setSimulationProgress(id: string, progress: SimulationProgress, now: string): Promise<void>;
  /** Ends a job still waiting or running; null when it had ended already (the first end wins). */
  finishSimulation(
    id: string,
    end: { state: 'done' | 'failed' | 'cancelled'; result?: SimulationResult; error?: string },
    now: string,
  ): Promise<SimulationJobRecord | null>;
  /** Cancels a waiting job at once and flags a running one; null when it had ended. */
  requestSimulationCancel(id: string, now: string): Promise<SimulationJobRecord | null>;
  /** Deletes this owner's ended jobs beyond the newest `keep`, and everyone's ended before `before`. */
  pruneSimulations(ownerId: string, keep: number, before: string): Promise<void>;
  /** Names the server solving a plan; whether a cancel was asked for already (null: no such plan). */
  claimPlan(id: string, runnerId: string): Promise<{ cancelRequested: boolean } | null>;
  /** Flags a plan waiting or running for cancelling; false when it had ended. */
  requestPlanCancel(id: string, now: string): Promise<boolean>;
  /** Which of these plans and simulations have a cancel request. */
  cancelRequested(ids: { plans: string[]; simulations: string[] }): Promise<{
    plans: string[];
    simulations: string[];
  }>;
  /** A server starts, is still alive (by the database's clock), or stops. */
  registerInstance(id: string): Promise<void>;
  heartbeat(id: string): Promise<void>;
  removeInstance(id: string): Promise<void>;
  /**
   * Marks failed the plans and simulations left waiting or running by a server that stopped:
   * every one (`aliveWithinSeconds` null: this process is the only server), or those whose server
   * has not been seen for that long.
   */
  failOrphans(
    reason: string,
    now: string,
    aliveWithinSeconds: number | null,
  ): Promise<{ plans: { id: string; scenarioId: string }[]; simulations: string[] }>;
  /** Sends notifications in this order, in one statement. */
  notify(channel: string, payloads: string[]): Promise<void>;
  /** Keeps an event too large for a notification; its id goes in the notification instead. */
  putLiveEvent(topic: string, body: unknown): Promise<number>;
  liveEvent(id: number): Promise<{ topic: string; body: unknown } | null>;
  pruneLiveEvents(olderThanSeconds: number): Promise<void>;
}

/** The repositories, plus a way to run several writes as one transaction. */
export interface Store extends Repos {
  transaction<T>(fn: (repos: Repos) => Promise<T>): Promise<T>;
}

export interface PasswordHasher {
  hash(plain: string): Promise<string>;
  verify(hash: string, plain: string): Promise<boolean>;
}
