import type { Actor } from '../access/actor';
import { authorize, can } from '../access/policy';
import { notFound } from '../errors';
import type { ForceGenRepo, ScenarioRecord } from '../ports';

export const canReadConference = (actor: Actor) => authorize(actor, 'forcegen.read');

export const scenarioSummary = (s: ScenarioRecord) => ({
  id: s.id,
  name: s.name,
  version: s.version,
  nations: s.doc.nations.length,
  lines: s.doc.lines.length,
  offers: s.doc.offers.length,
  illustrative: s.illustrative,
  updatedAt: s.updatedAt,
});

export async function listScenarios(opts: { actor: Actor }, deps: { forcegen: ForceGenRepo }) {
  canReadConference(opts.actor);
  return (await deps.forcegen.listScenarios()).map(scenarioSummary);
}

/** A scenario, at its current version or an earlier one, with what the caller may do. Throws `not_found`. */
export async function getScenario(
  opts: { id: string; version?: number | undefined; actor: Actor },
  deps: { forcegen: ForceGenRepo },
) {
  canReadConference(opts.actor);
  const s: ScenarioRecord | null = await deps.forcegen.getScenario(opts.id);
  if (!s) throw notFound('scenario');
  const doc =
    opts.version && opts.version !== s.version
      ? await deps.forcegen.scenarioAt(opts.id, opts.version)
      : s.doc;
  if (!doc) throw notFound(`version ${opts.version}`);
  const a = opts.actor;
  const offerNations = s.doc.nations.map((n) => n.id).filter((n) => can(a, 'forcegen.offer', n));
  return {
    id: s.id,
    name: s.name,
    version: opts.version ?? s.version,
    illustrative: s.illustrative,
    updatedAt: s.updatedAt,
    scenario: doc,
    permissions: { canEdit: can(a, 'forcegen.edit'), canSolve: can(a, 'forcegen.solve'), offerNations },
  };
}
