/**
 * Names the copy a leaked excerpt most likely comes from. Each layer is read on its own — zero-
 * width clusters decode without any context; word and punctuation marks are named by the tokens
 * around them (choice-points.ts) — so an excerpt from anywhere, starting mid-sentence, with
 * zero-width characters stripped or whitespace collapsed, still yields the marks it kept. Every
 * copy is scored by the likelihood of those marks (score.ts); the confidence is the posterior
 * under a uniform prior over the copies given.
 */
import type { MemoLayer, MemoLayerEvidence, MemoTraceResult } from '../../contracts/memo';
import { MEMO_LAYERS } from '../../contracts/memo';
import { contextKey, findChoicePoints } from './choice-points';
import { chooseVariant, zeroWidthCode } from './keys';
import { type MemoLang, phrasesFor } from './phrases';
import { layerLogLikelihood, NO_COPY_PRIOR, normalisedFamilies, type Observation, posterior } from './score';
import { readZeroWidth, stripZeroWidth } from './zero-width';

export interface TraceCopy {
  copyId: string;
  recipient: string;
  /** The copy's key, hex (MemoCopy.marks.copyKey). */
  copyKey: string;
}

export interface TraceExcerptInput {
  excerpt: string;
  language: MemoLang;
  copies: readonly TraceCopy[];
}

/** Tokens at each end of an excerpt that may be cut words or cut phrases. */
const EDGE_TOKENS = 3;

interface Reading extends Observation {
  /** Point name (layers 1–2) or chunk number (layer 3). */
  key: string | number;
}

/** Every distinct mark the excerpt shows; a context seen twice is one mark. */
export function readMarks(excerpt: string, language: MemoLang): Reading[] {
  const out: Reading[] = [];
  const zw = readZeroWidth(excerpt);
  const chunks = new Set<number>();
  for (const c of zw.clusters) {
    if (chunks.has(c.chunk)) continue;
    chunks.add(c.chunk);
    out.push({ layer: 'zero-width', family: 'cluster', k: 256, observed: c.byte, key: c.chunk });
  }
  const clean = stripZeroWidth(excerpt);
  const { tokens, points } = findChoicePoints(clean, phrasesFor(language));
  const seen = new Set<string>();
  for (const p of points) {
    if (p.observed < 0) continue;
    const key = contextKey(p, tokens, EDGE_TOKENS);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    const layer: MemoLayer = p.family === 'phrase' ? 'words' : 'punctuation';
    out.push({ layer, family: p.family, k: p.variants.length, observed: p.observed, key });
  }
  return out;
}

/** Which readings each copy explains: `matches[c][i]`. */
function matchCopies(readings: readonly Reading[], copies: readonly TraceCopy[]): boolean[][] {
  return copies.map((c) => {
    const key = Buffer.from(c.copyKey, 'hex');
    const code = readings.some((r) => r.layer === 'zero-width') ? zeroWidthCode(key) : null;
    return readings.map((r) =>
      typeof r.key === 'number' ? code![r.key] === r.observed : chooseVariant(key, r.key, r.k) === r.observed,
    );
  });
}

const round = (x: number, d = 6) => Number(x.toFixed(d));

export function traceExcerpt(input: TraceExcerptInput): MemoTraceResult {
  const { copies } = input;
  const readings = readMarks(input.excerpt, input.language);
  const matches = matchCopies(readings, copies);
  const perLayer = matches.map((m) => layerLogLikelihood(readings, m));
  const sum = (l: Record<MemoLayer, number>) => l.words + l.punctuation + l['zero-width'];
  // Copies share 1 − NO_COPY_PRIOR evenly; the last entry is "from none of them".
  const logPrior = [
    ...copies.map(() => Math.log((1 - NO_COPY_PRIOR) / copies.length)),
    Math.log(NO_COPY_PRIOR),
  ];
  const all = posterior([...perLayer.map(sum), sum(layerLogLikelihood(readings, null))], logPrior);
  const post = all.slice(0, copies.length);
  const order = post.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || a.i - b.i);
  const best = order[0];
  const second = order[1];
  const candidate = (i: number, p: number) => ({
    copyId: copies[i]!.copyId,
    recipient: copies[i]!.recipient,
    confidence: round(p),
  });
  const normalised = normalisedFamilies(readings);

  const evidence: MemoLayerEvidence[] = MEMO_LAYERS.map((layer) => {
    const idx = readings.flatMap((r, i) => (r.layer === layer ? [i] : []));
    const families: Record<string, number> = {};
    for (const i of idx) families[readings[i]!.family] = (families[readings[i]!.family] ?? 0) + 1;
    const agreement = (c: number) => ({ matched: idx.filter((i) => matches[c]![i]).length, of: idx.length });
    const layerPost = idx.length > 0 && copies.length > 0 ? posterior(perLayer.map((l) => l[layer])) : [];
    const layerBest = layerPost.length > 0 ? layerPost.indexOf(Math.max(...layerPost)) : -1;
    return {
      layer,
      present: idx.length > 0,
      marks: idx.length,
      bits: round(
        idx
          .filter((i) => !normalised.includes(readings[i]!.family))
          .reduce((s, i) => s + Math.log2(readings[i]!.k), 0),
        2,
      ),
      families,
      normalised: layer === 'punctuation' ? normalised : [],
      best: layerBest >= 0 ? candidate(layerBest, layerPost[layerBest]!) : null,
      agreement: {
        copy: best ? agreement(best.i) : { matched: 0, of: idx.length },
        runnerUp: second ? agreement(second.i) : null,
      },
      log2Ratio:
        best && second ? round((perLayer[best.i]![layer] - perLayer[second.i]![layer]) / Math.LN2, 2) : 0,
    };
  });

  return {
    copyId: best ? copies[best.i]!.copyId : null,
    recipient: best ? copies[best.i]!.recipient : null,
    confidence: best ? round(best.p) : 0,
    noCopy: round(all[copies.length]!),
    runnerUp: second ? candidate(second.i, second.p) : null,
    evidence,
  };
}
