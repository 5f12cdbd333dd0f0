/**
 * The demo's determination (illustrative, not a public fact): after the monitoring period, the
 * Special Commission determines a renewed armed attack, which fires the activation plan over the
 * renewed-attack commitments of the register; a few guarantors then mark their items honoured,
 * one of them late. Run after the commitments (and the incident reports) are loaded; loads once.
 */
import type { Actor } from '../src/core/access/actor';
import { markItem } from '../src/core/activation/mark-item';
import { recordDetermination } from '../src/core/activation/record-determination';
import type { Clock, Events, Store } from '../src/core/ports';
import { userActor } from '../src/core/users/sessions';

const COMMISSION = 'commission@demo.guarantor';
const SECRETARIAT = 'secretariat@demo.guarantor';
const DELEGATIONS: Record<string, string> = {
  GB: 'uk@demo.guarantor',
  FR: 'fr@demo.guarantor',
  DE: 'de@demo.guarantor',
};
/** 05:40 in Kyiv on 14 March 2026, two weeks after the monitoring period ended. */
const DETERMINED_AT = '2026-03-14T05:40:00+02:00';

/** Marks by guarantor: hours after the determination, and what shows it (all illustrative). */
const MARKS: Record<string, { hours: number; evidence: string }> = {
  GB: {
    hours: 9,
    evidence: 'Illustrative: consultations with Ukraine held by video conference, 14 March 2026.',
  },
  FR: { hours: 20, evidence: "Illustrative: Élysée statement on consultations with Ukraine's President." },
  DE: {
    hours: 31,
    evidence: 'Illustrative: consultations held on 15 March, after the 24 hours had run out.',
  },
  EU: { hours: 22, evidence: 'Illustrative: extraordinary Foreign Affairs Council convened.' },
};

/** Returns the line to print, or null when the commission's demo user is missing. */
export async function loadActivationDemo(deps: {
  store: Store;
  clock: Clock;
  events?: Events;
}): Promise<string | null> {
  const existing = await deps.store.activation.listDeterminations();
  if (existing.some((d) => d.illustrative))
    return 'Activation: the illustrative determination is already loaded.';
  const user = await deps.store.users.byEmail(COMMISSION);
  if (!user) return null;
  const commission: Actor = userActor(user, 'local');
  const incidents = await verifiedIncidents(deps.store);
  const plan = await recordDetermination(
    {
      input: {
        trigger: 'renewed_attack',
        determinedAt: DETERMINED_AT,
        timeZone: 'Europe/Kyiv',
        attributedTo: 'RU',
        incidentIds: incidents.map((i) => i.id),
        incidentRefs: incidents.length ? [] : ['illustrative monitoring report'],
        evidence: [
          {
            title: 'Illustrative: monitoring mission spot report on the crossing of the contact line',
            note: 'invented for the demo',
          },
        ],
        reasoning:
          'Illustrative, not a public fact: an invented determination that shows how a renewed armed attack fires the activation plan. The commission found that armed forces crossed the line of contact in force and attributed the attack.',
        illustrative: true,
      },
      actor: commission,
    },
    deps,
  );
  const at = Date.parse(DETERMINED_AT);
  let marked = 0;
  const seen = new Set<string>();
  for (const item of plan.items) {
    const m = MARKS[item.guarantor];
    if (!m || seen.has(item.guarantor) || item.blockers.length > 0) continue;
    seen.add(item.guarantor);
    // the guarantor's own delegation where the demo has one, else the secretariat
    const marker =
      (await demoUser(deps.store, DELEGATIONS[item.guarantor])) ?? (await demoUser(deps.store, SECRETARIAT));
    if (!marker) continue;
    await markItem(
      {
        itemId: item.id,
        mark: {
          outcome: 'honoured',
          at: new Date(at + m.hours * 3_600_000).toISOString(),
          evidence: m.evidence,
        },
        actor: marker,
      },
      deps,
    );
    marked++;
  }
  return `Activation: illustrative determination ${plan.determination.reference} (renewed attack, 14 March 2026) with ${plan.items.length} activated commitments, ${marked} marked honoured.`;
}

async function demoUser(store: Store, email: string | undefined): Promise<Actor | null> {
  const u = email ? await store.users.byEmail(email) : null;
  return u ? userActor(u, 'local') : null;
}

/** A few verified incident reports from the demo's monitoring period, if it is loaded. */
async function verifiedIncidents(store: Store): Promise<{ id: string }[]> {
  // the incident capability is optional here: the determination stands without incidents
  const repo = (store as unknown as { incidents?: IncidentLister }).incidents;
  if (!repo) return [];
  try {
    const r = await repo.list({ status: ['verified'] }, { page: 1, pageSize: 3, order: 'desc' });
    return r.items.map((i) => ({ id: i.id }));
  } catch {
    return [];
  }
}

interface IncidentLister {
  list(
    filter: { status: string[] },
    page: { page: number; pageSize: number; order: 'asc' | 'desc' },
  ): Promise<{ items: { id: string }[] }>;
}
