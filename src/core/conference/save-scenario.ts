import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import { validateScenario } from '../forcegen';
import type { Clock, Events, ScenarioRecord, Store } from '../ports';

/**
 * Creates a scenario, or changes it as a new version (the change names the version it is based
 * on; a stale one is a conflict). Throws `forbidden`, `validation` (with the path of every bad
 * field, under `scenario.`) and `conflict`.
 */
export async function saveScenario(
  opts: {
    id: string;
    name: string;
    scenario: unknown;
    illustrative: boolean;
    version?: number | undefined;
    changeNote?: string | undefined;
    actor: Actor;
  },
  deps: { store: Store; clock: Clock; events: Events },
): Promise<ScenarioRecord> {
  authorize(opts.actor, 'forcegen.edit');
  const v = validateScenario(opts.scenario);
  if (!v.ok) {
    throw new AppError(
      'validation',
      'the scenario is not valid',
      v.issues.map((i) => ({ path: dotted(`scenario.${i.path}`), message: i.message })),
    );
  }
  const now = deps.clock.now().toISOString();
  const by = opts.actor.kind === 'user' ? opts.actor.userId : null;
  const saved = await deps.store.transaction(async (repos) => {
    const current = await repos.forcegen.getScenario(opts.id);
    if (current && opts.version === undefined) {
      throw new AppError('conflict', `scenario ${opts.id} exists; send the version you changed`, [
        { path: 'version', message: `current is ${current.version}` },
      ]);
    }
    const rec: ScenarioRecord = {
      id: opts.id,
      name: opts.name,
      version: (current?.version ?? 0) + 1,
      doc: v.scenario,
      illustrative: opts.illustrative,
      updatedAt: now,
      updatedBy: by,
    };
    if (!current) await repos.forcegen.insertScenario(rec, opts.changeNote ?? 'created');
    else if (
      opts.version !== current.version ||
      !(await repos.forcegen.updateScenario(rec, opts.changeNote ?? null))
    ) {
      throw new AppError(
        'conflict',
        'the scenario was changed by someone else; reload and apply your change again',
        [{ path: 'version', message: `based on ${opts.version}, current is ${current.version}` }],
      );
    }
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor: opts.actor,
        action: current ? 'forcegen.scenario.update' : 'forcegen.scenario.create',
        entity: 'forcegen_scenario',
        entityId: opts.id,
        after: {
          version: rec.version,
          name: rec.name,
          lines: rec.doc.lines.length,
          offers: rec.doc.offers.length,
        },
      },
    );
    return rec;
  });
  deps.events.publish(`forcegen:${opts.id}`, {
    type: 'scenario',
    data: { id: saved.id, version: saved.version },
  });
  return saved;
}

/** `lines[2].quantity` → `lines.2.quantity`: every API error names fields by dotted path. */
export const dotted = (path: string) => path.replace(/\[(\d+)\]/g, '.$1').replace(/\.$/, '');
