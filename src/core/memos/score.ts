/**
 * How well each copy explains what an excerpt shows. Under copy c, a mark reads as c's variant
 * with probability 1 − ε and as each other variant with ε / (k − 1); a wrong copy matches a
 * k-way mark by chance with probability 1/k, so each mark read is worth up to log2 k bits.
 *
 * A tool that normalises text turns every mark of a class into its plain variant at once:
 * collapsing whitespace removes every no-break and double space (class 'spacing'); folding to
 * ASCII straightens quotes and apostrophes and plain-hyphens dashes (class 'ascii'). So each class
 * is a mixture: with probability F it was normalised and shows all-plain whatever the copy;
 * otherwise it shows the copy's variants. A class that shows anything non-plain was not
 * normalised. This keeps the confidence honest when, say, all no-break spaces became spaces.
 */
import type { MemoLayer } from '../../contracts/memo';

export interface Observation {
  layer: MemoLayer;
  /** The kind of mark ('phrase', 'apostrophe', …, 'cluster'). */
  family: string;
  /** How many variants the mark has. */
  k: number;
  /** The variant read; 0 is the plain one. */
  observed: number;
}

/** Chance a mark reads other than its copy's variant (a copy edited, a character mangled). */
export const EPSILON: Record<MemoLayer, number> = { words: 0.01, punctuation: 0.02, 'zero-width': 0.01 };
/**
 * Prior chance that a class was normalised to its plain variants. Pasting into a web form, chat or
 * e-mail collapses whitespace as often as not; folding to ASCII is rarer.
 */
export const NORMALISED_PRIOR: Record<string, number> = { spacing: 0.5, ascii: 0.2, dash: 0.1 };

const logAddExp = (a: number, b: number) => {
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
};

/** Which normalisation would flatten a punctuation kind. */
export const NORMALISATION_CLASS: Record<string, string> = {
  'word-space': 'spacing',
  'unit-space': 'spacing',
  'sentence-space': 'spacing',
  apostrophe: 'ascii',
  quote: 'ascii',
  hyphen: 'ascii',
  range: 'ascii',
  dash: 'dash',
};
const classOf = (family: string) => NORMALISATION_CLASS[family] ?? family;

/** Punctuation kinds whose whole class reads plain (at least three marks, so the guess means something). */
export function normalisedFamilies(obs: readonly Observation[]): string[] {
  const byClass = new Map<string, Observation[]>();
  for (const o of obs)
    if (o.layer === 'punctuation')
      byClass.set(classOf(o.family), [...(byClass.get(classOf(o.family)) ?? []), o]);
  const flat = [...byClass.values()].filter((os) => os.length >= 3 && os.every((o) => o.observed === 0));
  return [...new Set(flat.flatMap((os) => os.map((o) => o.family)))];
}

/** Prior chance that an excerpt comes from none of the copies (the unmarked master, a retyped text). */
export const NO_COPY_PRIOR = 0.05;

/**
 * Log-likelihood (natural log) of the observations per layer: under one copy, given which
 * observations match it, or — `matches` null — under "no copy", where every mark reads as a
 * uniformly random variant.
 */
export function layerLogLikelihood(
  obs: readonly Observation[],
  matches: readonly boolean[] | null,
): Record<MemoLayer, number> {
  const ll: Record<MemoLayer, number> = { words: 0, punctuation: 0, 'zero-width': 0 };
  const classes = new Map<string, { sum: number; allPlain: boolean }>();
  obs.forEach((o, i) => {
    const eps = EPSILON[o.layer];
    const term =
      matches === null ? -Math.log(o.k) : matches[i] ? Math.log(1 - eps) : Math.log(eps / (o.k - 1));
    if (o.layer !== 'punctuation') {
      ll[o.layer] += term;
      return;
    }
    const f = classes.get(classOf(o.family)) ?? { sum: 0, allPlain: true };
    f.sum += term;
    f.allPlain &&= o.observed === 0;
    classes.set(classOf(o.family), f);
  });
  for (const [cls, f] of classes) {
    const prior = NORMALISED_PRIOR[cls]!;
    const copy = Math.log(1 - prior) + f.sum;
    ll.punctuation += f.allPlain ? logAddExp(copy, Math.log(prior)) : copy;
  }
  return ll;
}

/** Softmax: posterior probabilities, under a uniform prior unless log-priors are given. */
export function posterior(logLik: readonly number[], logPrior?: readonly number[]): number[] {
  const lp = logLik.map((l, i) => l + (logPrior?.[i] ?? 0));
  const m = Math.max(...lp);
  const w = lp.map((l) => Math.exp(l - m));
  const z = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / z);
}
