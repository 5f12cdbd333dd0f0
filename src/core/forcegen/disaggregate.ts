/**
 * Between class-level flows (x per class and line) and offer-level plans (units per offer and
 * line). Within a class every member may fill every line of the class, so any split of a
 * class's flow among its members is feasible; the split here prefers a nation already on the
 * line, then the member with the most left, which keeps nations per line low.
 */
import type { ClassIndex } from './classes';
import type { Assignment } from './evaluate-plan';

export function pairLookup(ci: ClassIndex): Map<number, number> {
  const n = ci.scenario.lines.length;
  const m = new Map<number, number>();
  for (let j = 0; j < ci.pairClass.length; j++) m.set(ci.pairClass[j]! * n + ci.pairLine[j]!, j);
  return m;
}

/** Steps per pair (units, or blocks) of an offer-level plan. */
export function planToSteps(ci: ClassIndex, plan: readonly Assignment[]): Float64Array {
  const lookup = pairLookup(ci);
  const x = new Float64Array(ci.pairClass.length);
  for (const a of plan) {
    const k = ci.offerClass[a.offer]!;
    const j = lookup.get(k * ci.scenario.lines.length + a.line);
    if (j === undefined) throw new Error(`offer ${a.offer} cannot fill line ${a.line}`);
    x[j]! += a.units / ci.classes[k]!.block;
  }
  return x;
}

/** Steps per offer and phase (index offer·phases + phase) that an offer-level plan uses. */
export function planToUse(ci: ClassIndex, plan: readonly Assignment[]): Float64Array {
  const phases = ci.phaseDays.length;
  const u = new Float64Array(ci.scenario.offers.length * phases);
  for (const a of plan) {
    const k = ci.offerClass[a.offer]!;
    u[a.offer * phases + ci.linePhase[a.line]!]! += a.units / ci.classes[k]!.block;
  }
  return u;
}

/**
 * An offer-level plan realising class flows `x`. `use` fixes how many steps each offer gives in
 * each phase (from the burden-sharing stage); without it, members give what they have.
 */
export function stepsToPlan(ci: ClassIndex, x: ArrayLike<number>, use?: ArrayLike<number>): Assignment[] {
  const s = ci.scenario;
  const phases = ci.phaseDays.length;
  const plan: Assignment[] = [];
  const onLine = s.lines.map(() => new Set<string>());
  ci.classes.forEach((c, k) => {
    for (let ph = 0; ph < phases; ph++) {
      const js = ci.byClass[k]!.filter((j) => ci.linePhase[ci.pairLine[j]!] === ph && Math.round(x[j]!) > 0);
      if (js.length === 0) continue;
      const left = c.members.map((oi) =>
        use ? Math.round(use[oi * phases + ph]!) : c.block > 1 ? 1 : s.offers[oi]!.quantity,
      );
      js.sort((a, b) => Math.round(x[b]!) - Math.round(x[a]!) || a - b);
      for (const j of js) {
        const li = ci.pairLine[j]!;
        let need = Math.round(x[j]!);
        while (need > 0) {
          let best = -1;
          for (let m = 0; m < c.members.length; m++) {
            if (left[m]! <= 0) continue;
            if (best < 0) {
              best = m;
              continue;
            }
            const here = onLine[li]!.has(s.offers[c.members[m]!]!.nation);
            const bestHere = onLine[li]!.has(s.offers[c.members[best]!]!.nation);
            if ((here && !bestHere) || (here === bestHere && left[m]! > left[best]!)) best = m;
          }
          if (best < 0) throw new Error(`class ${k} has less than its flow in phase ${ph}`);
          const take = Math.min(need, left[best]!);
          left[best]! -= take;
          need -= take;
          const oi = c.members[best]!;
          onLine[li]!.add(s.offers[oi]!.nation);
          plan.push({ offer: oi, line: li, units: take * c.block });
        }
      }
    }
  });
  return mergePlan(plan);
}

/** One entry per (offer, line). */
export function mergePlan(plan: readonly Assignment[]): Assignment[] {
  const m = new Map<string, Assignment>();
  for (const a of plan) {
    const key = `${a.offer}:${a.line}`;
    const e = m.get(key);
    if (e) e.units += a.units;
    else m.set(key, { ...a });
  }
  return [...m.values()].filter((a) => a.units > 0);
}
