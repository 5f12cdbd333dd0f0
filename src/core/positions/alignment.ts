/**
 * The alignment view, pure: for a date, each issue × party cell is the party's latest position on
 * or before it, and each cell's alignment with the reference party (Ukraine) on that issue is
 * 1 − |stance − stance of the reference| / 4: 1 where they score the same, 0 at opposite ends of
 * the −2 … +2 scale. A party's overall alignment is the mean over the issues both hold.
 */
import {
  ALIGNMENT_REFERENCE,
  type AlignmentMatrix,
  type AlignmentMovement,
  type Issue,
  type Position,
  STANCE_MAX,
  STANCE_MIN,
} from '../../contracts/positions';

const SPAN = STANCE_MAX - STANCE_MIN;
const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function alignmentOf(stance: number, reference: number): number {
  return round(1 - Math.abs(stance - reference) / SPAN);
}

/** Of several positions of one issue × party, the one in force at `date` (latest asOf, then latest recorded). */
export function latestOnOrBefore(positions: Position[], date: string): Position | null {
  let best: Position | null = null;
  for (const p of positions) {
    if (p.asOf > date) continue;
    if (
      !best ||
      p.asOf > best.asOf ||
      (p.asOf === best.asOf &&
        (p.recordedAt > best.recordedAt || (p.recordedAt === best.recordedAt && p.id > best.id)))
    )
      best = p;
  }
  return best;
}

export interface PartyName {
  code: string;
  name: string;
}

/** The reference first, then the others by name. */
export function orderParties(parties: PartyName[], reference = ALIGNMENT_REFERENCE): PartyName[] {
  const seen = new Map(parties.map((p) => [p.code, p]));
  const ref = seen.get(reference) ?? { code: reference, name: reference };
  seen.delete(reference);
  return [
    ref,
    ...[...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.code.localeCompare(b.code)),
  ];
}

/**
 * The matrix at `date` from `positions` (any dates: those after `date` are ignored), over
 * `issues` in their order and `parties` (the reference first; see orderParties).
 */
export function alignmentMatrix(opts: {
  date: string;
  issues: Issue[];
  parties: PartyName[];
  positions: Position[];
  reference?: string;
}): AlignmentMatrix {
  const reference = opts.reference ?? ALIGNMENT_REFERENCE;
  const groups = new Map<string, Position[]>();
  for (const p of opts.positions) {
    const k = `${p.issue}\u0000${p.party}`;
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  const at = (issue: string, party: string) =>
    latestOnOrBefore(groups.get(`${issue}\u0000${party}`) ?? [], opts.date);
  const cells: AlignmentMatrix['cells'] = [];
  const sums = new Map<string, { sum: number; n: number }>();
  for (const issue of opts.issues) {
    const ref = at(issue.slug, reference);
    for (const party of opts.parties) {
      const position = party.code === reference ? ref : at(issue.slug, party.code);
      const alignment = position && ref ? alignmentOf(position.stance, ref.stance) : null;
      if (alignment !== null) {
        const s = sums.get(party.code) ?? { sum: 0, n: 0 };
        s.sum += alignment;
        s.n += 1;
        sums.set(party.code, s);
      }
      cells.push({ issue: issue.slug, party: party.code, position, alignment });
    }
  }
  return {
    date: opts.date,
    reference,
    issues: opts.issues,
    parties: opts.parties,
    cells,
    byParty: opts.parties.map((p) => {
      const s = sums.get(p.code);
      return { party: p.code, name: p.name, alignment: s ? round(s.sum / s.n) : null, issues: s?.n ?? 0 };
    }),
  };
}

/** Matrices at each of `dates` (in order), over the same issues and parties, and each party's series. */
export function alignmentMovement(opts: {
  dates: string[];
  issues: Issue[];
  parties: PartyName[];
  positions: Position[];
  reference?: string;
}): AlignmentMovement {
  const matrices = opts.dates.map((date) => alignmentMatrix({ ...opts, date }));
  return {
    reference: opts.reference ?? ALIGNMENT_REFERENCE,
    dates: opts.dates,
    matrices,
    series: opts.parties.map((p) => ({
      party: p.code,
      name: p.name,
      points: matrices.map((m) => ({
        date: m.date,
        alignment: m.byParty.find((b) => b.party === p.code)?.alignment ?? null,
      })),
    })),
  };
}
