/**
 * Traceable memos (issue 6): how often a random 150-word excerpt of one of 35 marked copies of the
 * illustrative Paris memo is traced to its copy — verbatim, and with zero-width characters
 * stripped and whitespace normalised — and how long one trace takes. The baseline is a plain
 * substring search of the excerpt in every copy: as fast as it gets, but it finds the copy only
 * while the excerpt is verbatim. Each layer's accuracy alone is reported beside, with the bits a
 * 150-word excerpt carries in it.
 */
import { PARIS_MEMO_ILLUSTRATIVE as MEMO } from '../src/core/memos/fixtures/paris-memo';
import { markMemoCopies } from '../src/core/memos/mark-memo-copies';
import { randomExcerpt, seeded, stripAndNormalise, testRecipients } from '../src/core/memos/testing';
import { traceExcerpt } from '../src/core/memos/trace-excerpt';
import { type BenchOptions, type BenchResult, result } from './types';

const WORDS = 150;
const LAYERS = ['words', 'punctuation', 'zero-width'] as const;

interface Run {
  accuracy: number;
  baselineAccuracy: number;
  traceMs: number[];
  substringMs: number[];
  layerAlone: Record<(typeof LAYERS)[number], number>;
  layerBits: Record<(typeof LAYERS)[number], number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const r3 = (x: number) => Number(x.toFixed(3));

function measure(n: number, seed: number, alter: (s: string) => string): Run {
  const copies = markMemoCopies({
    memo: { ...MEMO, recipients: testRecipients(35) },
    memoKey: '9d'.repeat(32),
  });
  const keys = copies.map((c) => ({ copyId: c.copyId, recipient: c.recipient, copyKey: c.marks.copyKey }));
  const rand = seeded(seed);
  const run: Run = {
    accuracy: 0,
    baselineAccuracy: 0,
    traceMs: [],
    substringMs: [],
    layerAlone: { words: 0, punctuation: 0, 'zero-width': 0 },
    layerBits: { words: 0, punctuation: 0, 'zero-width': 0 },
  };
  for (let t = 0; t < n; t++) {
    const i = Math.floor(rand() * copies.length);
    const excerpt = alter(randomExcerpt(copies[i]!.text, WORDS, rand));
    const t0 = performance.now();
    const r = traceExcerpt({ excerpt, language: 'en', copies: keys });
    const t1 = performance.now();
    const found = copies.findIndex((c) => c.text.includes(excerpt));
    const t2 = performance.now();
    run.traceMs.push(t1 - t0);
    run.substringMs.push(t2 - t1);
    if (r.copyId === copies[i]!.copyId) run.accuracy++;
    if (found === i) run.baselineAccuracy++;
    for (const e of r.evidence) {
      if (e.best?.copyId === copies[i]!.copyId) run.layerAlone[e.layer]++;
      run.layerBits[e.layer] += e.bits;
    }
  }
  run.accuracy /= n;
  run.baselineAccuracy /= n;
  for (const l of LAYERS) {
    run.layerAlone[l] /= n;
    run.layerBits[l] /= n;
  }
  return run;
}

export async function run(opts: BenchOptions): Promise<BenchResult[]> {
  const n = opts.quick ? 200 : 1000;
  // Warm-up: tables compiled, hot code optimised.
  measure(20, 99, (s) => s);
  const verbatim = measure(n, 1, (s) => s);
  const stripped = measure(n, 2, stripAndNormalise);
  const rows: BenchResult[] = [];
  const bits = (r: Run) => LAYERS.map((l) => `${l} ${r.layerBits[l].toFixed(1)} bits`).join(', ');
  const alone = (r: Run) => LAYERS.map((l) => `${l} ${r3(r.layerAlone[l])}`).join(', ');
  for (const [name, r, target, what] of [
    ['memo.trace_accuracy_verbatim', verbatim, 0.99, 'verbatim'],
    ['memo.trace_accuracy_stripped', stripped, 0.95, 'zero-width stripped, whitespace normalised'],
  ] as const) {
    rows.push(
      result({
        name,
        value: r3(r.accuracy),
        unit: 'accuracy',
        baseline: r3(r.baselineAccuracy),
        target,
        note: `${n} random ${WORDS}-word excerpts of 35 copies, ${what}; baseline: substring search in each copy. Each layer alone: ${alone(r)}. Per excerpt: ${bits(r)}`,
      }),
    );
  }
  const all = [...verbatim.traceMs, ...stripped.traceMs];
  const sub = [...verbatim.substringMs, ...stripped.substringMs];
  rows.push(
    result({
      name: 'memo.trace_ms',
      value: r3(median(all)),
      unit: 'ms',
      baseline: r3(median(sub)),
      target: 50,
      higherIsBetter: false,
      note: `median over ${all.length} traces of one ${WORDS}-word excerpt against 35 copies (p95 ${r3(p95(all))} ms); baseline: substring search of the excerpt in each copy (verbatim only)`,
    }),
  );
  return rows;
}
