/**
 * Turns the register (the commitments a hypothetical determination activates), the guarantors'
 * reliability records and the options into the numeric kernel the Monte Carlo loop runs on:
 * typed arrays only, so that it crosses to worker threads cheaply.
 *
 * Per commitment c, per run:
 *   its unsatisfied conditions are shared events (one US backstop for the coalition, one
 *   parliament per guarantor, …): each is satisfied with its probability, after its delay;
 *   if one never is, c fails;
 *   else the guarantor honours c with p = reliability × legal-form factor × status factor;
 *   on time (share onTime) it counts from max(response time, conditions cleared); late, an
 *   exponential lateness with the guarantor's mean is added.
 *
 * One uniform decides both (sample-run.ts): as a 30-bit integer u, c is honoured if
 * u < honourCut = p·2^30, on time if u < onTimeCut = p·onTime·2^30, and when late,
 * w = (u − onTimeCut) / (honourCut − onTimeCut) is the lateness's quantile: −ln(1 − w) means.
 */
import type { ActivationReliability, SimulationOptions } from '../../contracts/activation';
import { KINDS, PILLARS } from '../../contracts/enums';
import { selectCommitment } from '../activation/rules';
import type { ActivatableCommitment } from '../activation/types';
import {
  CONDITION_MODELS,
  DEFAULT_RESPONSE_HOURS,
  LEGAL_FORM_FACTORS,
  MONEY_BINS,
  PRIOR_HONOURED_RATE,
  PRIOR_ITEMS,
  PRIOR_MEAN_LATE_HOURS,
  PRIOR_ON_TIME_RATE,
  STATUS_FACTORS,
} from './defaults';
import { compileDelay, lnInt } from './distributions';

/** 2^30: the commitments' uniforms are 30-bit integers (sample-run.ts). */
export const UNIT30 = 1 << 30;
/**
 * A run's value in a (series, day) cell is buffered as one integer: the count above BIN_BITS
 * bits, the money histogram bin below (run-chunk.ts).
 */
export const BIN_BITS = 10;

/** Series: 0 the total, then one per pillar, then one per kind. */
export const SERIES = ['total', ...PILLARS.map((p) => `pillar:${p}`), ...KINDS.map((k) => `kind:${k}`)];
const PILLAR_BASE = 1;
const KIND_BASE = 1 + PILLARS.length;

/** Everything the Monte Carlo loop reads; plain data, structured-clone friendly. */
export interface SimulationKernel {
  runs: number;
  seed: number;
  /** Days 0..horizonDays: D = horizonDays + 1 points. */
  days: number;
  chunkRuns: number;
  chunks: number;
  commitments: number;
  pHonour: Float64Array;
  /** Cuts on the 30-bit uniform: honoured below honourCut, on time below onTimeCut. */
  honourCut: Int32Array;
  onTimeCut: Int32Array;
  /** lnInt(max(1, honourCut − onTimeCut)): the late draw's lateness is this − lnInt(honourCut − u). */
  lnLateRange: Float64Array;
  /** Times are in days from the determination: mean lateness, response time. */
  lateMeanDays: Float64Array;
  responseDays: Float64Array;
  eur: Float64Array;
  pillarSeries: Int32Array;
  kindSeries: Int32Array;
  /**
   * The hot loop's copy of the above, interleaved so that it reads two arrays, not eight:
   * at [4c … 4c + 3], honourCut, onTimeCut, pillar series × days, kind series × days;
   * and lnLateRange, responseDays, lateMeanDays, eur.
   */
  commitInt: Int32Array;
  commitFloat: Float64Array;
  /** Commitments 0 .. freeCommitments − 1 have no pending condition (they come first). */
  freeCommitments: number;
  /** CSR: the events of commitment c are condEvent[condStart[c] .. condStart[c + 1]). */
  condStart: Int32Array;
  condEvent: Int32Array;
  events: number;
  eventP: Float64Array;
  eventType: Int32Array;
  eventA: Float64Array;
  eventB: Float64Array;
  eventC: Float64Array;
  series: number;
  seriesCount: Int32Array;
  seriesEur: Float64Array;
  /** Series with at least one commitment, in series order. */
  activeSeries: Int32Array;
  /** Offset of the count histogram row (s, d); the row has seriesCount[s] + 1 bins. */
  countRow: Int32Array;
  countBins: number;
  /** Money histogram bins per (series, day) cell; where they fall: money-ranges.ts. */
  moneyBins: number;
}

export interface SimulationModel {
  kernel: SimulationKernel;
  /** For the report of failures: the activated commitments, in kernel order. */
  meta: { id: string; ref: string; guarantor: string; pillar: string; kind: string }[];
  topFailures: number;
  /** Worker threads requested (the runner may use fewer). */
  workers: number;
}

export interface CompileModelInput {
  commitments: readonly ActivatableCommitment[];
  reliability: readonly ActivationReliability[];
  options: SimulationOptions;
  /** Money histogram bins per series and day (default MONEY_BINS); for experiments. */
  moneyBins?: number;
}

export function compileModel(input: CompileModelInput): SimulationModel {
  const { commitments, reliability, options: o, moneyBins = MONEY_BINS } = input;
  const query = { trigger: o.trigger.kind, severity: o.trigger.severity };
  const pending = (c: ActivatableCommitment) => (c.conditions.some((x) => !x.satisfied) ? 1 : 0);
  // those without pending conditions first: the hot loop's condition branch then predicts well
  const active = commitments
    .filter((c) => selectCommitment(c, query).activated)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => pending(a.c) - pending(b.c) || a.i - b.i)
    .map((x) => x.c);
  const C = active.length;
  const D = o.horizonDays + 1;
  const records = new Map(reliability.map((r) => [r.guarantor, r]));
  const k = {
    pHonour: new Float64Array(C),
    honourCut: new Int32Array(C),
    onTimeCut: new Int32Array(C),
    lnLateRange: new Float64Array(C),
    lateMeanDays: new Float64Array(C),
    responseDays: new Float64Array(C),
    eur: new Float64Array(C),
    pillarSeries: new Int32Array(C),
    kindSeries: new Int32Array(C),
    condStart: new Int32Array(C + 1),
  };
  const eventIndex = new Map<string, number>();
  const events: { p: number; delay: ReturnType<typeof compileDelay> }[] = [];
  const condEvent: number[] = [];
  const S = SERIES.length;
  const seriesCount = new Int32Array(S);
  const seriesEur = new Float64Array(S);

  active.forEach((c, i) => {
    const g = guarantorRates(records.get(c.guarantor));
    const lf = o.legalFormFactors[c.legalForm] ?? LEGAL_FORM_FACTORS[c.legalForm];
    const sf = o.statusFactors[c.status] ?? STATUS_FACTORS[c.status];
    const p = Math.min(1, Math.max(0, g.honoured * lf * sf));
    k.pHonour[i] = p;
    const honourCut = Math.round(p * UNIT30);
    const onTimeCut = Math.min(honourCut, Math.round(p * g.onTime * UNIT30));
    k.honourCut[i] = honourCut;
    k.onTimeCut[i] = onTimeCut;
    k.lnLateRange[i] = lnInt(Math.max(1, honourCut - onTimeCut));
    k.lateMeanDays[i] = g.lateMeanHours / 24;
    const hours =
      c.terms.responseTimeHours ?? o.defaultResponseHours[c.kind] ?? DEFAULT_RESPONSE_HOURS[c.kind];
    k.responseDays[i] = hours / 24;
    const eur = c.terms.money?.eurAmount ?? 0;
    k.eur[i] = eur;
    const ps = PILLAR_BASE + PILLARS.indexOf(c.pillar);
    const ks = KIND_BASE + KINDS.indexOf(c.kind);
    k.pillarSeries[i] = ps;
    k.kindSeries[i] = ks;
    for (const s of [0, ps, ks]) {
      seriesCount[s]!++;
      seriesEur[s]! += eur;
    }
    k.condStart[i] = condEvent.length;
    c.conditions.forEach((cond, j) => {
      if (cond.satisfied) return;
      const m = o.conditions[cond.kind] ?? CONDITION_MODELS[cond.kind];
      const key =
        m.scope === 'coalition'
          ? cond.kind
          : m.scope === 'guarantor'
            ? `${cond.kind}:${c.guarantor}`
            : `${cond.kind}:${c.id}:${j}`;
      let e = eventIndex.get(key);
      if (e === undefined) {
        e = events.length;
        eventIndex.set(key, e);
        events.push({ p: m.probability, delay: compileDelay(m.delay) });
      }
      condEvent.push(e);
    });
  });
  k.condStart[C] = condEvent.length;

  const activeSeries = Int32Array.from(SERIES.keys()).filter((s) => seriesCount[s]! > 0);
  const countRow = new Int32Array(S * D);
  let countBins = 0;
  for (let s = 0; s < S; s++)
    for (let d = 0; d < D; d++) {
      countRow[s * D + d] = countBins;
      countBins += seriesCount[s]! + 1;
    }

  if (moneyBins > 1 << BIN_BITS || C >= 1 << (31 - BIN_BITS))
    throw new RangeError(`at most ${1 << BIN_BITS} money bins and ${(1 << (31 - BIN_BITS)) - 1} commitments`);
  const chunks = Math.ceil(o.runs / o.chunkRuns);
  const kernel: SimulationKernel = {
    runs: o.runs,
    seed: o.seed,
    days: D,
    chunkRuns: o.chunkRuns,
    chunks,
    commitments: C,
    ...k,
    commitInt: new Int32Array(4 * C).map((_, j) => {
      const [c, f] = [j >> 2, j & 3];
      return [k.honourCut, k.onTimeCut, k.pillarSeries, k.kindSeries][f]![c]! * (f >= 2 ? D : 1);
    }),
    commitFloat: new Float64Array(4 * C).map(
      (_, j) => [k.lnLateRange, k.responseDays, k.lateMeanDays, k.eur][j & 3]![j >> 2]!,
    ),
    freeCommitments: active.filter((c) => !pending(c)).length,
    condEvent: Int32Array.from(condEvent),
    events: events.length,
    eventP: Float64Array.from(events, (e) => e.p),
    eventType: Int32Array.from(events, (e) => e.delay.type),
    eventA: Float64Array.from(events, (e) => e.delay.a),
    eventB: Float64Array.from(events, (e) => e.delay.b),
    eventC: Float64Array.from(events, (e) => e.delay.c),
    series: S,
    seriesCount,
    seriesEur,
    activeSeries,
    countRow,
    countBins,
    moneyBins,
  };
  const meta = active.map((c) => ({
    id: c.id,
    ref: c.ref,
    guarantor: c.guarantor,
    pillar: c.pillar,
    kind: c.kind,
  }));
  return { kernel, meta, topFailures: o.topFailures, workers: o.workers };
}

/** A guarantor's rates from its record, shrunk towards the prior (defaults.ts). */
export function guarantorRates(r: ActivationReliability | undefined) {
  const items = r?.items ?? 0;
  const honoured = (r?.onTime ?? 0) + (r?.late ?? 0);
  const late = r?.late ?? 0;
  return {
    honoured: (honoured + PRIOR_ITEMS * PRIOR_HONOURED_RATE) / (items + PRIOR_ITEMS),
    onTime: ((r?.onTime ?? 0) + PRIOR_ITEMS * PRIOR_ON_TIME_RATE) / (honoured + PRIOR_ITEMS),
    lateMeanHours:
      (late * (r?.meanLateHours ?? 0) + PRIOR_ITEMS * PRIOR_MEAN_LATE_HOURS) / (late + PRIOR_ITEMS),
  };
}
