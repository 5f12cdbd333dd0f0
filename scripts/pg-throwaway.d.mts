export interface ThrowawayPg {
  url: string;
  dir: string;
  data: string;
  bin: string;
  port: number;
}
export function findPgBin(): string | null;
export function startPg(): Promise<ThrowawayPg | null>;
export function stopPg(pg: Pick<ThrowawayPg, 'bin' | 'data'> | null): void;
