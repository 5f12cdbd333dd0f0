import type { PressureMeasure, PressureQuery } from '../../contracts/pressure';

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
