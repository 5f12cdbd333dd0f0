import type { Issue, Position, PositionCreate, PositionQuery } from '../../contracts/positions';

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
