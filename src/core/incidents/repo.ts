import type { Incident } from '../../contracts/incident';

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
