/**
 * Parse a scenario against the contract. Never throws: a malformed scenario comes back with the
 * path of every bad field (e.g. `offers[3].caveats[0].regions[1]`) and what is wrong with it.
 */
import { ForceGenScenario } from '../../contracts/forcegen';

export interface ScenarioIssue {
  path: string;
  message: string;
}

export type ScenarioValidation =
  | { ok: true; scenario: ForceGenScenario }
  | { ok: false; issues: ScenarioIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

export function validateScenario(input: unknown): ScenarioValidation {
  const r = ForceGenScenario.safeParse(input);
  if (r.success) return { ok: true, scenario: r.data };
  return { ok: false, issues: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}
