/**
 * The findings of a concreteness analysis as highlights of the text: one piece a finding, each
 * with its kind and a description, arranged as a tree so that nested findings (a hedge inside a
 * condition) become nested marks. Offsets are UTF-16 code units, as the API counts them.
 */
import type { Analysis } from '../../api/endpoints';
import { fmtMoney, fmtNumber, plural } from '../../components/format';
import {
  CONDITION_LABELS,
  HEDGE_LABELS,
  labelOf,
  MODALITY_LABELS,
  TIMEFRAME_LABELS,
  TRIGGER_LABELS,
} from '../../components/labels';

export const HIGHLIGHT_KINDS = [
  'actor',
  'binding',
  'aspirational',
  'permissive',
  'quantity',
  'timeframe',
  'condition',
  'hedge',
] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** The legend's words for each kind, and the short tag shown after each highlight. */
export const HIGHLIGHT_INFO: Record<HighlightKind, { name: string; tag: string; explains: string }> = {
  actor: { name: 'Who is bound', tag: 'who', explains: 'the party the promise binds' },
  binding: { name: 'Binding wording', tag: 'binding', explains: '“shall”, “will”, “undertakes”' },
  aspirational: {
    name: 'Aspirational wording',
    tag: 'aspires',
    explains: '“intends”, “seeks”, “stands ready”',
  },
  permissive: { name: 'Permissive wording', tag: 'may', explains: '“may”, “could”' },
  quantity: { name: 'Quantity or money', tag: 'amount', explains: 'what can be counted' },
  timeframe: { name: 'Time', tag: 'time', explains: 'a deadline, response time, duration or start' },
  condition: { name: 'Condition or trigger', tag: 'if', explains: 'what it depends on' },
  hedge: { name: 'Hedge', tag: 'hedge', explains: 'words that let it be kept without doing it' },
};

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  /** The words found, as written. */
  text: string;
  /** What the finding is, for the mark's description ("Quantity: 2,000 troops"). */
  description: string;
  /** The short tag shown after it, where not the kind's own ("weakened" for an overridden "will"). */
  tag?: string;
  /** Set on the second part of a finding split where it crosses another's end. */
  continued?: boolean;
}

export interface HighlightNode extends Highlight {
  children: HighlightNode[];
}

function describeQuantity(q: Analysis['quantities'][number]): string {
  const bound =
    q.bound === 'ceiling'
      ? 'up to '
      : q.bound === 'floor'
        ? 'at least '
        : q.bound === 'approx'
          ? 'about '
          : '';
  if (q.kind === 'money')
    return `Money: ${bound}${q.currency ? fmtMoney(q.value, q.currency) : fmtNumber(q.value)}`;
  if (q.kind === 'percent')
    return `Percentage: ${bound}${fmtNumber(q.value)} %${q.basis ? ` of ${q.basis}` : ''}`;
  return `Quantity: ${bound}${fmtNumber(q.value)}${q.unit ? ` ${q.unit}` : ''}`;
}

function describeTimeframe(t: Analysis['timeframes'][number]): string {
  const parts: string[] = [];
  if (t.hours !== null && t.kind === 'response_time') parts.push(`within ${plural(t.hours, 'hour')}`);
  else if (t.months !== null) parts.push(plural(t.months, 'month'));
  else if (t.hours !== null) parts.push(plural(t.hours, 'hour'));
  if (t.startDate) parts.push(`from ${t.startDate}`);
  if (t.endDate) parts.push(`until ${t.endDate}`);
  if (t.relative) parts.push('relative to an event');
  return `${labelOf(TIMEFRAME_LABELS, t.kind)}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/** Every finding with a span, in no particular order. */
export function highlightsOf(a: Analysis): Highlight[] {
  const out: Highlight[] = [];
  if (a.actor) {
    out.push({
      ...a.actor.span,
      text: a.actor.text,
      kind: 'actor',
      description: `Who is bound: ${a.actor.text}`,
    });
  }
  for (const m of a.modalityMarkers) {
    out.push({
      ...m.span,
      text: m.text,
      kind: m.modality,
      ...(m.overridden ? { tag: 'weakened' } : {}),
      description: `${labelOf(MODALITY_LABELS, m.modality)} wording${
        m.overridden ? ', weakened by what follows it' : ''
      }`,
    });
  }
  for (const q of a.quantities)
    out.push({ ...q.span, text: q.text, kind: 'quantity', description: describeQuantity(q) });
  for (const t of a.timeframes)
    out.push({ ...t.span, text: t.text, kind: 'timeframe', description: describeTimeframe(t) });
  for (const c of a.conditions) {
    out.push({
      ...c.span,
      text: c.text,
      kind: 'condition',
      description: c.trigger
        ? `Trigger: ${labelOf(TRIGGER_LABELS, c.trigger)}`
        : `Condition: ${labelOf(CONDITION_LABELS, c.conditionKind)}`,
    });
  }
  for (const h of a.hedges) {
    out.push({
      ...h.span,
      text: h.text,
      kind: 'hedge',
      description: `Hedge: ${labelOf(HEDGE_LABELS, h.kind)}`,
    });
  }
  return out;
}

const byPosition = (x: Highlight, y: Highlight) => x.start - y.start || y.end - x.end;

/**
 * Arranges highlights as a tree: a finding inside another becomes its child; one that crosses
 * another's end is cut there, and its rest placed after it. Spans outside the text, empty or
 * reversed (a text edited after it was analysed) are dropped.
 */
export function nestHighlights(list: Highlight[], textLength: number): HighlightNode[] {
  const pending = list
    .map((h) => ({ ...h, end: Math.min(h.end, textLength) }))
    .filter((h) => h.start >= 0 && h.start < h.end)
    .sort(byPosition);
  const roots: HighlightNode[] = [];
  const open: HighlightNode[] = [];
  while (pending.length > 0) {
    const h = pending.shift()!;
    while (open.length > 0 && open[open.length - 1]!.end <= h.start) open.pop();
    const parent = open[open.length - 1];
    let node: HighlightNode;
    if (parent && h.end > parent.end) {
      node = { ...h, end: parent.end, children: [] };
      const rest: Highlight = { ...h, start: parent.end, continued: true };
      const at = pending.findIndex((p) => byPosition(rest, p) < 0);
      pending.splice(at < 0 ? pending.length : at, 0, rest);
    } else {
      node = { ...h, children: [] };
    }
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return roots;
}
