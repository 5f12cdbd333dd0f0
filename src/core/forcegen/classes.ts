/**
 * Eligibility and aggregation. Offers that may fill exactly the same lines, with the same
 * capability and the same indivisible block, are interchangeable for coverage: they become one
 * class whose capacity is the sum of theirs, and the model's columns are (class, line) pairs.
 * Offers under max_duration_days stay alone in their class, since their unit-days budget is
 * per offer. Which member of a class goes where is decided later (burden sharing, nations per line).
 */
import { CAPABILITIES, type Capability, type ForceGenScenario, PHASES } from '../../contracts/forcegen';
import {
  exclusions,
  keepsTogether,
  maxDurationOf,
  phaseWindow,
  type RuleContext,
  ruleContext,
} from './rules';

export interface OfferClass {
  members: number[];
  capability: Capability;
  /** Units one step sends: 1 when units split across lines, the offer's quantity when it keeps together. */
  block: number;
  /** Per phase: Σ quantity of members (split), or the number of members (blocks). */
  capacity: number;
  /** Unit-days budget per unit, for a singleton under max_duration_days. */
  maxDays: number | null;
}

export interface ClassIndex {
  scenario: ForceGenScenario;
  ctx: RuleContext;
  /** Eligible lines per offer. */
  offerLines: number[][];
  /** Class of each offer, −1 when it may fill no line. */
  offerClass: Int32Array;
  classes: OfferClass[];
  /** (class, line) pairs, parallel arrays. */
  pairClass: Int32Array;
  pairLine: Int32Array;
  /** Line units covered per unit sent. */
  pairEff: Float64Array;
  /** Most steps the pair may take. */
  pairUb: Int32Array;
  byLine: number[][];
  byClass: number[][];
  /** Phase index of each line, and days in each phase. */
  linePhase: Int8Array;
  phaseDays: number[];
  /** How far a line may be overfilled: less than one more step of any of its pairs. */
  lineSlack: Float64Array;
}

export interface ClassOptions {
  /** False keeps every offer in its own class (the disaggregated model, for checks). */
  aggregate?: boolean;
}

export function eligibleLines(scenario: ForceGenScenario, ctx: RuleContext): number[][] {
  const linesByCap = new Map<Capability, number[]>(CAPABILITIES.map((c) => [c, []]));
  scenario.lines.forEach((l, i) => {
    linesByCap.get(l.capability)!.push(i);
  });
  return scenario.offers.map((o) => {
    const out: number[] = [];
    const targets = ctx.efficiency.get(o.capability) ?? new Map([[o.capability, 1]]);
    for (const to of targets.keys())
      for (const li of linesByCap.get(to)!)
        if (exclusions(ctx, o, scenario.lines[li]!).length === 0) out.push(li);
    return out.sort((a, b) => a - b);
  });
}

export function buildClasses(scenario: ForceGenScenario, options: ClassOptions = {}): ClassIndex {
  const ctx = ruleContext(scenario);
  const offerLines = eligibleLines(scenario, ctx);
  const offerClass = new Int32Array(scenario.offers.length).fill(-1);
  const classes: OfferClass[] = [];
  const classLines: number[][] = [];
  const byKey = new Map<string, number>();
  scenario.offers.forEach((o, oi) => {
    const lines = offerLines[oi]!;
    if (lines.length === 0) return;
    const maxDays = maxDurationOf(o);
    const block = keepsTogether(o) ? o.quantity : 1;
    const alone = options.aggregate === false || maxDays !== null;
    const key = alone ? `#${oi}` : `${o.capability}|${block}|${lines.join(',')}`;
    let k = byKey.get(key);
    if (k === undefined) {
      k = classes.length;
      byKey.set(key, k);
      classes.push({ members: [], capability: o.capability, block, capacity: 0, maxDays });
      classLines.push(lines);
    }
    const c = classes[k]!;
    c.members.push(oi);
    c.capacity += block > 1 ? 1 : o.quantity;
    offerClass[oi] = k;
  });

  const pc: number[] = [];
  const pl: number[] = [];
  const pe: number[] = [];
  classes.forEach((c, k) => {
    for (const li of classLines[k]!) {
      pc.push(k);
      pl.push(li);
      pe.push(ctx.efficiency.get(c.capability)?.get(scenario.lines[li]!.capability) ?? 1);
    }
  });
  const n = pc.length;
  const idx: ClassIndex = {
    scenario,
    ctx,
    offerLines,
    offerClass,
    classes,
    pairClass: Int32Array.from(pc),
    pairLine: Int32Array.from(pl),
    pairEff: Float64Array.from(pe),
    pairUb: new Int32Array(n),
    byLine: scenario.lines.map(() => []),
    byClass: classes.map(() => []),
    linePhase: Int8Array.from(scenario.lines, (l) => PHASES.indexOf(l.phase)),
    phaseDays: PHASES.map((p) => {
      const w = phaseWindow(p, scenario.horizonDays);
      return w.end - w.start;
    }),
    lineSlack: new Float64Array(scenario.lines.length),
  };
  for (let j = 0; j < n; j++) {
    idx.byLine[pl[j]!]!.push(j);
    idx.byClass[pc[j]!]!.push(j);
  }
  scenario.lines.forEach((l, li) => {
    // Before the last step covered < demand, so the total stays below demand + the largest step;
    // when every step is a whole number of line units, at most demand + largest step − 1.
    let maxStep = 0;
    let whole = true;
    for (const j of idx.byLine[li]!) {
      const step = idx.pairEff[j]! * classes[idx.pairClass[j]!]!.block;
      maxStep = Math.max(maxStep, step);
      if (idx.pairEff[j]! !== 1) whole = false;
    }
    const slack = whole ? Math.max(0, maxStep - 1) : maxStep;
    idx.lineSlack[li] = slack;
    for (const j of idx.byLine[li]!) {
      const c = classes[idx.pairClass[j]!]!;
      const step = idx.pairEff[j]! * c.block;
      idx.pairUb[j] = Math.min(c.capacity, Math.floor((l.quantity + slack) / step + 1e-9));
    }
  });
  return idx;
}
