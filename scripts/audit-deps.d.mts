export const TIMEOUT_MS: number;
export interface AuditRun {
  stdout: string;
  stderr?: string;
  timedOut?: boolean;
  ci?: boolean;
}
export interface AuditVerdict {
  reachable: boolean;
  findings: { name: string; severity: string; title: string; fix: string }[];
  exitCode: number;
  message: string;
}
export function decide(run: AuditRun): AuditVerdict;
export function runAudit(cwd?: string): Promise<Required<Omit<AuditRun, 'ci'>>>;
