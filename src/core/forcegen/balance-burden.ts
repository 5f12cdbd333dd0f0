/**
 * A local search for the burden-sharing stage, run before its MIP so that the MIP starts from a
 * good plan. Two moves, both leaving every line's coverage as it is:
 *   swap    inside a class members are interchangeable: a step moves from one member to another;
 *   replace on one line, a step of one class gives way to an equal or larger step of another
 *           class that has room in that phase.
 * A move is taken when it lowers the personnel outside the nations' bands.
 */
import type { ClassIndex } from './classes';
import { stepOf } from './coverage-model';
import { nationIndexOf } from './evaluate-plan';
import { personnelPerUnit } from './rules';

export interface BurdenBand {
  /** Relative half-width of each nation's band around its GDP share of the force. */
  band: number;
  /** Personnel every band is widened by, so that lumpy units can land inside it. */
  slack: number;
}

/** Personnel outside the bands: Σ_n max(0, P − (1+band)·s·T − slack, (1−band)·s·T − slack − P). */
export function outsideBand(personnel: ArrayLike<number>, share: ArrayLike<number>, b: BurdenBand): number {
  let T = 0;
  for (let n = 0; n < personnel.length; n++) T += personnel[n]!;
  let dev = 0;
  for (let n = 0; n < personnel.length; n++) {
    const p = personnel[n]!;
    dev += Math.max(
      0,
      p - (1 + b.band) * share[n]! * T - b.slack,
      (1 - b.band) * share[n]! * T - b.slack - p,
    );
  }
  return dev;
}

/** Improves pair steps `x` and offer use `use` (offer·phases + phase) in place; returns the objective. */
export function balanceBurden(
  ci: ClassIndex,
  x: Float64Array,
  use: Float64Array,
  b: BurdenBand,
  deadline: number,
  now: () => number,
): number {
  const s = ci.scenario;
  const phases = ci.phaseDays.length;
  const nIdx = nationIndexOf(ci);
  const gdp = s.nations.reduce((a, n) => a + n.gdp, 0);
  const share = Float64Array.from(s.nations, (n) => n.gdp / gdp);
  const nationOf = Int32Array.from(s.offers, (o) => nIdx.get(o.nation)!);
  const pers = Float64Array.from(s.offers, (o, oi) => {
    const k = ci.offerClass[oi]!;
    return k < 0 ? 0 : personnelPerUnit(o) * ci.classes[k]!.block;
  });
  const cap = Float64Array.from(s.offers, (o, oi) => {
    const k = ci.offerClass[oi]!;
    return k < 0 ? 0 : ci.classes[k]!.block > 1 ? 1 : o.quantity;
  });
  const P = new Float64Array(s.nations.length);
  for (let oi = 0; oi < s.offers.length; oi++)
    for (let ph = 0; ph < phases; ph++) P[nationOf[oi]!]! += use[oi * phases + ph]! * pers[oi]!;
  const raw = new Float64Array(s.lines.length);
  for (let j = 0; j < x.length; j++) raw[ci.pairLine[j]!]! += stepOf(ci, j) * x[j]!;
  const daysLeft = Float64Array.from(ci.classes, (c) => {
    if (c.maxDays === null) return Number.POSITIVE_INFINITY;
    const o = c.members[0]!;
    let used = 0;
    for (let ph = 0; ph < phases; ph++) used += use[o * phases + ph]! * ci.phaseDays[ph]! * c.block;
    return s.offers[o]!.quantity * c.maxDays - used;
  });
  let best = outsideBand(P, share, b);
  // Personnel above (> 0) or below (< 0) each nation's band; members are tried most-over first.
  const excess = new Float64Array(s.nations.length);
  /** Moves one step's personnel from offer a to offer t if that lowers the objective. */
  const tryMove = (a: number, t: number): boolean => {
    const na = nationOf[a]!;
    const nt = nationOf[t]!;
    // Only a move out of an over-share nation or into an under-share one can gain.
    if (na === nt || (excess[na]! <= 0 && excess[nt]! >= 0)) return false;
    P[na]! -= pers[a]!;
    P[nt]! += pers[t]!;
    const v = outsideBand(P, share, b);
    if (v < best - 1e-9) {
      best = v;
      return true;
    }
    P[na]! += pers[a]!;
    P[nt]! -= pers[t]!;
    return false;
  };
  const refresh = () => {
    const T = P.reduce((a, v) => a + v, 0);
    P.forEach((p, n) => {
      const hi = (1 + b.band) * share[n]! * T + b.slack;
      const lo = (1 - b.band) * share[n]! * T - b.slack;
      excess[n] = p > hi ? p - hi : p < lo ? p - lo : 0;
    });
  };
  const byExcess = (members: readonly number[], dir: 1 | -1) =>
    [...members].sort((u, v) => dir * (excess[nationOf[v]!]! - excess[nationOf[u]!]!));
  let improved = true;
  while (improved && best > 1e-9 && now() < deadline) {
    improved = false;
    refresh();
    // swap: inside a class, a step passes from a member of an over-share nation to one with room
    for (const c of ci.classes) {
      if (c.members.length < 2) continue;
      for (let ph = 0; ph < phases; ph++) {
        for (const a of byExcess(c.members, 1)) {
          if (use[a * phases + ph]! <= 0 || excess[nationOf[a]!]! < 0) continue;
          for (const t of byExcess(c.members, -1)) {
            if (use[t * phases + ph]! >= cap[t]! || excess[nationOf[t]!]! > 0 || !tryMove(a, t)) continue;
            use[a * phases + ph]! -= 1;
            use[t * phases + ph]! += 1;
            improved = true;
            refresh();
            break;
          }
        }
      }
      if (now() > deadline) return best;
    }
    // replace: on one line, a step of one class gives way to an equal or larger one of another
    for (let li = 0; li < s.lines.length; li++) {
      const ph = ci.linePhase[li]!;
      const d = s.lines[li]!.quantity;
      const js = ci.byLine[li]!;
      for (const j1 of js) {
        if (x[j1]! < 1) continue;
        const c1 = ci.classes[ci.pairClass[j1]!]!;
        const a = byExcess(c1.members, 1).find(
          (o) => use[o * phases + ph]! > 0 && excess[nationOf[o]!]! >= 0,
        );
        if (a === undefined) continue;
        for (const j2 of js) {
          if (j2 === j1 || x[j2]! + 1 > ci.pairUb[j2]!) continue;
          const k2 = ci.pairClass[j2]!;
          const c2 = ci.classes[k2]!;
          const after = raw[li]! - stepOf(ci, j1) + stepOf(ci, j2);
          if (after < Math.min(d, raw[li]!) - 1e-9 || after > d + ci.lineSlack[li]! + 1e-9) continue;
          if (c2.maxDays !== null && daysLeft[k2]! < ci.phaseDays[ph]! * c2.block) continue;
          const t = byExcess(c2.members, -1).find(
            (t) => use[t * phases + ph]! < cap[t]! && excess[nationOf[t]!]! <= 0 && tryMove(a, t),
          );
          if (t === undefined) continue;
          x[j1]! -= 1;
          x[j2]! += 1;
          raw[li] = after;
          use[a * phases + ph]! -= 1;
          use[t * phases + ph]! += 1;
          const k1 = ci.pairClass[j1]!;
          if (c1.maxDays !== null) daysLeft[k1]! += ci.phaseDays[ph]! * c1.block;
          if (c2.maxDays !== null) daysLeft[k2]! -= ci.phaseDays[ph]! * c2.block;
          improved = true;
          refresh();
          break;
        }
      }
      if (now() > deadline) return best;
    }
  }
  return best;
}
