/**
 * The rubric (shared/data/README.md): concrete = a named actor + binding modality + at least one
 * quantity or timeframe that makes the promise checkable; vague = anything else. An escape clause
 * ("where possible", "as appropriate") also makes it vague: it lets the promise be kept by not
 * keeping it. The score ranks within that: elements present raise it, hedges lower it, and it is
 * kept on the label's side of 50 so the two never disagree.
 */
import type {
  Actor,
  ConcretenessLabel,
  Condition,
  Hedge,
  MissingElement,
  Modality,
  Prefill,
  Quantity,
  Timeframe,
} from '../../contracts/analysis';

export interface Findings {
  actor: Actor | null;
  modality: Modality;
  modalityDefaulted: boolean;
  quantities: Quantity[];
  timeframes: Timeframe[];
  hedges: Hedge[];
  conditions: Condition[];
  /** Unquantified support, assistance or cooperation whose only time is a duration. */
  unmeasuredSupport?: boolean;
}

const HEDGE_PENALTY: Record<Hedge['kind'], number> = {
  escape_clause: 20,
  best_efforts: 15,
  open_ended: 8,
  unmeasurable_timing: 8,
  procedural: 6,
};

export function judge(f: Findings): { label: ConcretenessLabel; score: number; missing: MissingElement[] } {
  const missing: MissingElement[] = [];
  if (!f.actor) missing.push('actor');
  if (f.modality !== 'binding') missing.push('binding_modality');
  const hasQ = f.quantities.length > 0;
  const hasT = f.timeframes.length > 0;
  if ((!hasQ && !hasT) || f.unmeasuredSupport) missing.push('quantity_or_timeframe');
  const escapeClause = f.hedges.some((h) => h.kind === 'escape_clause');
  const label: ConcretenessLabel = missing.length === 0 && !escapeClause ? 'concrete' : 'vague';

  let s = 0;
  if (f.actor) s += 25;
  s += f.modality === 'binding' ? (f.modalityDefaulted ? 25 : 35) : f.modality === 'aspirational' ? 10 : 5;
  if ((hasQ || hasT) && !f.unmeasuredSupport) s += 25;
  if (hasQ && hasT) s += 5;
  const precise =
    f.quantities.some((q) => q.kind === 'money' || q.bound === 'exact') ||
    f.timeframes.some((t) => t.kind === 'response_time' || t.endDate !== null || t.startDate !== null);
  if (precise) s += 5;
  let penalty = 0;
  for (const h of f.hedges) penalty += HEDGE_PENALTY[h.kind];
  penalty += Math.min(6, 3 * f.conditions.filter((c) => c.trigger === null).length);
  s -= Math.min(35, penalty);
  const score = label === 'concrete' ? clamp(s, 55, 100) : clamp(s, 0, 45);
  return { label, score, missing };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.round(Math.max(lo, Math.min(hi, x)));
}

/** Suggested register terms: the first finding of each kind; a person confirms them. */
export function prefill(f: Findings): Prefill {
  const out: Prefill = {};
  const count =
    f.quantities.find((q) => q.kind === 'count' || q.kind === 'measure') ??
    f.quantities.find((q) => q.kind === 'percent');
  if (count) out.quantity = { value: count.value, unit: count.unit };
  const money = f.quantities.find((q) => q.kind === 'money' && q.currency);
  if (money?.currency) out.money = { amount: money.value, currency: money.currency };
  const duration = f.timeframes.find((t) => t.kind === 'duration' && t.months !== null);
  if (duration?.months != null) out.durationMonths = duration.months;
  const response = f.timeframes.find((t) => t.kind === 'response_time' && t.hours !== null);
  if (response?.hours != null) out.responseTimeHours = response.hours;
  const start = f.timeframes.find((t) => t.startDate !== null)?.startDate;
  if (start) out.startDate = start;
  const end = f.timeframes.find((t) => t.endDate !== null)?.endDate;
  if (end) out.endDate = end;
  const trigger = f.conditions.find((c) => c.trigger !== null)?.trigger;
  if (trigger) out.trigger = trigger;
  return out;
}
