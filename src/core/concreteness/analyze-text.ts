/**
 * analyzeText: the concreteness analysis of one commitment sentence (SPEC §2). Pure and
 * synchronous: no I/O, no Node APIs, so the web app runs the same code as the server.
 */
import type { Analysis } from '../../contracts/analysis';
import { actorCandidates, chooseActor } from './actor';
import { findConditions } from './conditions';
import { detectLanguage } from './detect-language';
import { findHedges } from './hedges';
import { getLexicon } from './lexicon';
import { MatchIndex } from './match-index';
import { findModality, wordAt } from './modality';
import { findNumbers } from './numbers';
import { findQuantities } from './quantities';
import { judge, prefill } from './score';
import { findTimeframes } from './timeframes';
import { tokenize } from './tokenize';

export interface AnalyzeOptions {
  /** ISO 639-1 code to use instead of detecting the language. */
  lang?: string;
}

/** Where no lexicon exists, numbers, currency symbols and dates are still read with this one. */
const FALLBACK = 'en';

export function analyzeText(text: string, opts: AnalyzeOptions = {}): Analysis {
  const tokens = tokenize(text);
  const lang = opts.lang?.toLowerCase() || detectLanguage(tokens).lang;
  const own = getLexicon(lang);
  const lex = own ?? getLexicon(FALLBACK)!;
  const m = new MatchIndex(tokens, lex.matcher.matchAll(tokens));

  const hedges = findHedges(m);
  const nums = findNumbers(m, lex);
  const time = findTimeframes(m, lex, nums);
  const quantities = findQuantities(m, lex, nums, time.used);
  const mod = findModality(m, hedges);
  const cands = actorCandidates(m, lex);
  // A named party opens a main clause unless a determiner ties it into a noun phrase ("a NATO member").
  const stops = new Set<number>(
    cands.filter((c) => c.kind !== 'person' && !m.endingAt(c.w0, 'actor.mod')).map((c) => c.w0),
  );
  for (const x of mod.markers) if (!x.overridden) stops.add(wordAt(m, x.span.start));
  const cond = findConditions(m, hedges, time.used, stops);
  const actor = chooseActor(
    m,
    cands,
    mod.firstAt,
    cond.conditions.map((c) => c.span),
  );
  // Shared/data README: "Unquantified 'support' over ten years is vague": a duration alone does
  // not make support, assistance or cooperation checkable.
  const unmeasuredSupport =
    quantities.length === 0 &&
    time.timeframes.length > 0 &&
    time.timeframes.every((t) => t.kind === 'duration' || t.kind === 'recurrence') &&
    m.all('rubric.vague').some((v) => mod.firstAt === null || v.w0 > mod.firstAt);

  const findings = {
    actor,
    modality: mod.modality,
    modalityDefaulted: mod.defaulted,
    quantities,
    timeframes: time.timeframes,
    hedges,
    conditions: cond.conditions,
    unmeasuredSupport,
  };
  const verdict = judge(findings);
  const languageSupport = own ? lex.support : 'none';
  const notes: string[] = [];
  if (!own)
    notes.push(`No lexicon for "${lang}": only numbers, symbols and dates were read, with English rules.`);
  else if (lex.support === 'partial') notes.push(`${lex.name} is analysed with a best-effort lexicon.`);
  if (mod.defaulted) notes.push('No modal verb found: read as a binding statement.');
  if (unmeasuredSupport)
    notes.push('Unquantified support over a period is not checkable: the duration alone does not count.');
  const escapeClause = hedges.find((h) => h.kind === 'escape_clause');
  if (escapeClause) notes.push(`"${escapeClause.text}" lets the promise be kept without doing it: vague.`);

  return {
    lang,
    languageSupported: languageSupport !== 'none',
    languageSupport,
    label: verdict.label,
    score: verdict.score,
    modality: mod.modality,
    modalityMarkers: mod.markers,
    modalityDefaulted: mod.defaulted,
    actor,
    quantities,
    timeframes: time.timeframes,
    conditional: cond.conditional,
    trigger: cond.conditions.find((c) => c.trigger !== null) ?? cond.conditions[0] ?? null,
    conditions: cond.conditions,
    hedges,
    missing: verdict.missing,
    prefill: prefill(findings),
    notes,
  };
}
