/**
 * Reads of the negotiation track: the open issues, positions, the alignment matrix at a date and
 * its movement over several dates. Every signed-in role may read them (`position.read`).
 */
import {
  ALIGNMENT_REFERENCE,
  type AlignmentMatrix,
  type AlignmentMovement,
  type Issue,
  type Position,
  type PositionQuery,
} from '../../contracts/positions';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import type { PartyRepo, PositionRepo } from '../ports';
import { alignmentMatrix, alignmentMovement, orderParties, type PartyName } from './alignment';

type Deps = { positions: PositionRepo; parties: PartyRepo };

export async function listIssues(
  opts: { actor: Actor },
  deps: { positions: PositionRepo },
): Promise<Issue[]> {
  authorize(opts.actor, 'position.read');
  return deps.positions.listIssues();
}

export async function listPositions(
  opts: { query: PositionQuery; actor: Actor },
  deps: { positions: PositionRepo },
): Promise<Position[]> {
  authorize(opts.actor, 'position.read');
  return deps.positions.listPositions(opts.query);
}

const asList = (v: string | string[] | undefined) => (v === undefined ? undefined : [v].flat());

/** The parties that hold a position among `positions`, asked-for ones and the reference, in display order. */
async function partiesOf(positions: Position[], deps: Deps, only?: string[]): Promise<PartyName[]> {
  const names = new Map<string, string>();
  for (const p of positions) names.set(p.party, p.partyName);
  const unnamed = [...new Set([ALIGNMENT_REFERENCE, ...(only ?? [])])].filter((c) => !names.has(c));
  if (unnamed.length) {
    const found = await deps.parties.getMany(unnamed);
    for (const code of unnamed) names.set(code, found.get(code)?.name ?? code);
  }
  return orderParties([...names].map(([code, name]) => ({ code, name })));
}

/** Per issue × party, the latest position on or before `date`, and each party's alignment with Ukraine. */
export async function alignmentAt(
  opts: { date: string; party?: string | string[] | undefined; actor: Actor },
  deps: Deps,
): Promise<AlignmentMatrix> {
  authorize(opts.actor, 'position.read');
  const only = asList(opts.party);
  const filter = only ? [...new Set([...only, ALIGNMENT_REFERENCE])] : undefined;
  const [issues, positions] = await Promise.all([
    deps.positions.listIssues(),
    deps.positions.latestAt(opts.date, filter),
  ]);
  const parties = await partiesOf(positions, deps, only);
  return alignmentMatrix({ date: opts.date, issues, parties, positions });
}

/** The alignment at each of `dates` (sorted, distinct), over the same issues and parties. */
export async function alignmentMovementAt(
  opts: { dates: string[]; party?: string | string[] | undefined; actor: Actor },
  deps: Deps,
): Promise<AlignmentMovement> {
  authorize(opts.actor, 'position.read');
  const only = asList(opts.party);
  const filter = only ? [...new Set([...only, ALIGNMENT_REFERENCE])] : undefined;
  const last = opts.dates.at(-1);
  const [issues, positions] = await Promise.all([
    deps.positions.listIssues(),
    deps.positions.listPositions({ ...(filter ? { party: filter } : {}), ...(last ? { to: last } : {}) }),
  ]);
  const parties = await partiesOf(positions, deps, only);
  return alignmentMovement({ dates: opts.dates, issues, parties, positions });
}
