/**
 * What the store keeps of summits and memos, and the repository core needs for them
 * (implemented in store/repositories/summits.ts). Instants are ISO strings in UTC.
 */
import type { MemoCopyFormat } from '../../contracts/memo-copy';
import type { AttendanceLevel, AttendanceMode, SummitFormat } from '../../contracts/summit';

export interface SummitRecord {
  id: string;
  slug: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: string;
  format: SummitFormat;
  outcomeNotes: string | null;
  illustrative: boolean;
  version: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
}

export interface SummitListRow extends SummitRecord {
  invited: number;
  replied: number;
  attending: number;
  overdue: number;
}

export interface ReplyRecord {
  attending: boolean;
  level: AttendanceLevel | null;
  mode: AttendanceMode | null;
  repliedAt: string;
  repliedBy: string | null;
  note: string | null;
  source: string | null;
  illustrative: boolean;
}

export interface InvitationRecord {
  id: string;
  summitId: string;
  party: string;
  partyName: string;
  invitedAt: string;
  reply: ReplyRecord | null;
}

export interface AgendaItemRecord {
  id: string;
  summitId: string;
  order: number;
  title: string;
  commitmentIds: string[];
  requirementRefs: string[];
  illustrative: boolean;
}

export interface DecisionRecord {
  id: string;
  summitId: string;
  agendaItemId: string | null;
  text: string;
  commitmentIds: string[];
  illustrative: boolean;
  createdAt: string;
}

export interface ActionItemRecord {
  id: string;
  summitId: string;
  decisionId: string | null;
  text: string;
  ownerParty: string | null;
  ownerUserId: string | null;
  deadline: string;
  doneAt: string | null;
  illustrative: boolean;
  createdAt: string;
}

export interface MemoRecord {
  id: string;
  summitId: string;
  title: string;
  language: 'en' | 'ru' | 'uk';
  body: string;
  /** Secret, hex: every copy's marks derive from it. Never leaves core. */
  memoKey: string;
  illustrative: boolean;
  createdAt: string;
  createdBy: string | null;
}

export interface MemoCopyRecord {
  copyId: string;
  memoId: string;
  party: string;
  partyName: string;
  /** SHA-256 of the copy's text as sent: a regenerated copy must match it. */
  textSha256: string;
  opens: number;
}

export interface MemoOpenRecord {
  id: string;
  copyId: string;
  party: string;
  userId: string | null;
  userLabel: string;
  at: string;
  format: MemoCopyFormat;
}

export interface SummitRepo {
  /** Every summit with its counts; `now` decides which action items are overdue. */
  list(now: string): Promise<SummitListRow[]>;
  /** By id (UUID) or slug. */
  get(key: string): Promise<SummitRecord | null>;
  /** Throws `conflict` naming `slug` when the slug is taken. */
  insert(s: SummitRecord): Promise<void>;
  /** Writes version `s.version` only if the stored one is `s.version - 1`; false otherwise. */
  update(s: SummitRecord): Promise<boolean>;
  invitations(summitId: string): Promise<InvitationRecord[]>;
  /** Inserts the invitations not there yet; returns the parties newly invited. */
  invite(rows: { id: string; summitId: string; party: string; invitedAt: string }[]): Promise<string[]>;
  invitationFor(summitId: string, party: string): Promise<{ id: string } | null>;
  saveReply(invitationId: string, reply: ReplyRecord): Promise<void>;
  agenda(summitId: string): Promise<AgendaItemRecord[]>;
  insertAgendaItem(a: AgendaItemRecord): Promise<void>;
  decisions(summitId: string): Promise<DecisionRecord[]>;
  insertDecision(d: DecisionRecord): Promise<void>;
  actionItems(summitId: string): Promise<ActionItemRecord[]>;
  insertActionItem(a: ActionItemRecord): Promise<void>;
  getActionItem(id: string): Promise<ActionItemRecord | null>;
  setActionItemDone(id: string, doneAt: string | null): Promise<void>;
  memos(summitId: string): Promise<MemoRecord[]>;
  allMemos(): Promise<MemoRecord[]>;
  getMemo(id: string): Promise<MemoRecord | null>;
  /** Throws `conflict` naming `id` when the memo id is taken. */
  insertMemo(m: MemoRecord): Promise<void>;
  insertCopies(rows: Omit<MemoCopyRecord, 'partyName' | 'opens'>[]): Promise<void>;
  copies(memoId: string): Promise<MemoCopyRecord[]>;
  logOpen(o: Omit<MemoOpenRecord, 'party'>): Promise<void>;
  opens(memoId: string): Promise<MemoOpenRecord[]>;
}
