import type { TimelineEvent, TimelineQuery } from '../../contracts/timeline';

export interface TimelineRepo {
  list(q: TimelineQuery): Promise<TimelineEvent[]>;
  get(id: string): Promise<TimelineEvent | null>;
  insert(e: TimelineEvent): Promise<void>;
}
