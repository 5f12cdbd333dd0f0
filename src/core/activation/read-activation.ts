/**
 * Reads of determinations and plans. Any signed-in member may read a determination; of its
 * plan, each reader sees the items (and exclusions) of the commitments they may read, so a plan
 * never shows what a single read of the commitment would refuse. States are computed for now.
 */
import type {
  ActivationPlanView,
  ActivationReliability,
  DeterminationVerification,
  DeterminationView,
} from '../../contracts/activation';
import { type Actor, readScope } from '../access/actor';
import { authorize } from '../access/policy';
import { notFound } from '../errors';
import type { Clock, Repos } from '../ports';
import { countStates } from './plan-activation';
import { reliabilityRecords } from './reliability';
import { canonicalDetermination, DETERMINATION_KEY, planDigest, verifySignature } from './sign-determination';
import { countsByDetermination, determinationView, itemView } from './views';

type Deps = { store: Pick<Repos, 'activation'>; clock: Clock };

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** Every determination, newest first, with counts over the items the caller may read. */
export async function listDeterminations(opts: { actor: Actor }, deps: Deps): Promise<DeterminationView[]> {
  authorize(opts.actor, 'activation.read');
  const repo = deps.store.activation;
  const now = deps.clock.now();
  const [all, items] = await Promise.all([
    repo.listDeterminations(),
    repo.items(null, readScope(opts.actor)),
  ]);
  const counts = countsByDetermination(items, now);
  return all.map((d) => {
    const c = counts.get(d.id);
    return determinationView(d, c?.counts ?? countStates([]), c?.items ?? 0);
  });
}

/** One determination with its plan. Throws `not_found`. */
export async function getActivationPlan(
  opts: { id: string; actor: Actor },
  deps: Deps,
): Promise<ActivationPlanView> {
  authorize(opts.actor, 'activation.read');
  const repo = deps.store.activation;
  const d = isUuid(opts.id) ? await repo.getDetermination(opts.id) : null;
  if (!d) throw notFound('determination');
  const scope = readScope(opts.actor);
  const now = deps.clock.now();
  const [stored, excluded] = await Promise.all([repo.items(d.id, scope), repo.excluded(d.id, scope)]);
  const items = stored.map((i) => itemView(i, opts.actor, now));
  const counts = countStates(items);
  return {
    determination: determinationView(d, counts, items.length),
    items,
    excluded,
    counts,
    asOf: now.toISOString(),
  };
}

/**
 * Checks the determination's signature against the row as stored now, and the plan as fired
 * against the digest it signed. Throws `not_found`.
 */
export async function verifyDetermination(
  opts: { id: string; actor: Actor },
  deps: Deps,
): Promise<DeterminationVerification> {
  authorize(opts.actor, 'activation.read');
  const repo = deps.store.activation;
  const d = isUuid(opts.id) ? await repo.getDetermination(opts.id) : null;
  if (!d) throw notFound('determination');
  const key = await repo.signingKey(DETERMINATION_KEY);
  const fired = await repo.firedItems(d.id);
  return {
    id: d.id,
    reference: d.reference,
    valid: key !== null && key.id === d.keyId && verifySignature(d, key.publicKey),
    planValid: planDigest(fired) === d.planDigest,
    algorithm: 'Ed25519',
    keyId: d.keyId,
    publicKey: key?.publicKey ?? '',
    canonical: canonicalDetermination(d),
  };
}

/** Every guarantor's record from all plans, over the items the caller may read. */
export async function listReliability(opts: { actor: Actor }, deps: Deps): Promise<ActivationReliability[]> {
  authorize(opts.actor, 'activation.read');
  const now = deps.clock.now();
  const items = await deps.store.activation.items(null, readScope(opts.actor));
  return reliabilityRecords(items.map((i) => itemView(i, opts.actor, now)));
}
