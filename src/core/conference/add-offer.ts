import type { Offer } from '../../contracts/forcegen';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { AppError, notFound } from '../errors';
import { validateScenario } from '../forcegen';
import type { Clock, Events, ScenarioRecord, Store } from '../ports';
import { canReadConference } from './read-scenario';
import { dotted } from './save-scenario';

/**
 * A nation's offer arrives during the conference: it is added to the scenario as a new version
 * and every open screen is told. A delegation offers only its own party's units. Retried when
 * another offer was saved at the same moment. Throws `not_found`, `forbidden`, `validation`
 * (unknown nation, taken id: named under `offer.`), `conflict`.
 */
export async function addOffer(
  opts: { scenarioId: string; offer: Offer; note?: string | undefined; actor: Actor },
  deps: { store: Store; clock: Clock; events: Events },
): Promise<ScenarioRecord> {
  canReadConference(opts.actor);
  authorize(opts.actor, 'forcegen.offer', opts.offer.nation);
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await deps.store.forcegen.getScenario(opts.scenarioId);
    if (!current) throw notFound('scenario');
    if (!current.doc.nations.some((n) => n.id === opts.offer.nation)) {
      throw new AppError('validation', 'unknown nation', [
        { path: 'offer.nation', message: `${opts.offer.nation} is not a nation of this scenario` },
      ]);
    }
    if (current.doc.offers.some((o) => o.id === opts.offer.id)) {
      throw new AppError('conflict', `offer ${opts.offer.id} exists`, [
        { path: 'offer.id', message: 'already used in this scenario' },
      ]);
    }
    const v = validateScenario({ ...current.doc, offers: [...current.doc.offers, opts.offer] });
    if (!v.ok)
      throw new AppError(
        'validation',
        'the offer does not fit the scenario',
        v.issues.map((i) => ({ path: dotted(i.path).replace(/^offers\.\d+/, 'offer'), message: i.message })),
      );
    const rec: ScenarioRecord = {
      ...current,
      version: current.version + 1,
      doc: v.scenario,
      updatedAt: deps.clock.now().toISOString(),
      updatedBy: opts.actor.kind === 'user' ? opts.actor.userId : null,
    };
    const ok = await deps.store.transaction(async (repos) => {
      if (
        !(await repos.forcegen.updateScenario(
          rec,
          opts.note ?? `offer ${opts.offer.id} from ${opts.offer.nation}`,
        ))
      )
        return false;
      await recordAudit(
        { audit: repos.audit, clock: deps.clock },
        {
          actor: opts.actor,
          action: 'forcegen.offer.add',
          entity: 'forcegen_scenario',
          entityId: rec.id,
          after: { version: rec.version, offer: opts.offer },
        },
      );
      return true;
    });
    if (ok) {
      deps.events.publish(`forcegen:${rec.id}`, {
        type: 'offer',
        data: {
          id: rec.id,
          version: rec.version,
          offer: opts.offer.id,
          nation: opts.offer.nation,
          unit: opts.offer.unit,
          capability: opts.offer.capability,
          quantity: opts.offer.quantity,
        },
      });
      return rec;
    }
  }
  throw new AppError('conflict', 'too many offers at once; try again', [
    { path: 'offer', message: 'not saved' },
  ]);
}
