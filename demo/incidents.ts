/**
 * The demo's monitoring period: 10 January – 28 February 2026, along the line of contact, with a
 * burst in the last week. Every incident is invented (`illustrative: true`, and said so in its
 * text); the places are real settlements near the front. Idempotent: incidents whose reference
 * is already in the register are left as they are, so a second run adds nothing.
 */
import { readFileSync } from 'node:fs';
import type { Actor } from '../src/core/access/actor';
import { importIncidents } from '../src/core/incidents/import-incidents';
import type { Clock, Store } from '../src/core/ports';

interface IncidentFile {
  illustrative: true;
  note: string;
  incidents: { reference: string; illustrative: boolean }[];
}

/** Loads the illustrative incidents not yet in the register; returns a line to print. */
export async function loadIncidentsDemo(deps: { store: Store; clock: Clock }, actor: Actor): Promise<string> {
  const file = JSON.parse(
    readFileSync(new URL('./paris-2026/incidents.json', import.meta.url), 'utf8'),
  ) as IncidentFile;
  if (file.incidents.some((i) => i.illustrative !== true))
    throw new Error('demo/paris-2026/incidents.json: every demo incident must be marked illustrative');
  const taken = new Set(await deps.store.incidents.takenReferences(file.incidents.map((i) => i.reference)));
  const missing = file.incidents.filter((i) => !taken.has(i.reference));
  if (missing.length === 0) return 'Incident reports: the illustrative monitoring period is already loaded.';
  const r = await importIncidents({ file: { format: 'json', items: missing }, actor }, deps);
  return `Incident reports: ${r.imported} illustrative incidents (10 January – 28 February 2026, invented for the demo).`;
}
