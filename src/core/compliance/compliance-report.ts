/**
 * The compliance report: every summit commitment the reader may read, scored by the rules in
 * ./rules.ts from its version at the report's date, then averaged and ranked by guarantor and
 * by pillar. Withdrawn commitments stay in: withdrawing is not complying.
 */
import type {
  CommitmentScore,
  ComplianceReport,
  Edition,
  Evidence,
  ScoreGroup,
} from '../../contracts/compliance';
import type { DocLang } from '../../contracts/document';
import { PILLARS } from '../../contracts/enums';
import { type Actor, readScope } from '../access/actor';
import { authorize } from '../access/policy';
import { asOfDate, endOfDay } from '../documents/load-document';
import { partyName, template } from '../documents/templates';
import type { AsOfCommitment, Clock, Repos } from '../ports';
import { RULES, scoreCommitment } from './rules';
import { belongsTo, SUMMITS, type SummitWindow } from './summits';

export function evidenceOf(c: AsOfCommitment): Evidence[] {
  const out: Evidence[] = [];
  if (c.doc.completionEvidence?.trim())
    out.push({ kind: 'completion', text: c.doc.completionEvidence.trim(), url: null, date: null });
  for (const s of c.doc.sources)
    out.push({ kind: 'source', text: s.title, url: s.url ?? null, date: s.publishedOn ?? null });
  return out;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Groups scores; ranks by average, best first, equal averages sharing a rank (1, 1, 3). */
export function group(
  scores: CommitmentScore[],
  keyOf: (s: CommitmentScore) => string,
  nameOf: (key: string) => string,
): ScoreGroup[] {
  const by = new Map<string, CommitmentScore[]>();
  for (const s of scores) by.set(keyOf(s), [...(by.get(keyOf(s)) ?? []), s]);
  const groups = [...by].map(([key, list]) => summarise(key, nameOf(key), list));
  groups.sort((a, b) => b.average - a.average || a.name.localeCompare(b.name));
  groups.forEach((g, i) => {
    const prev = groups[i - 1];
    g.rank = prev && prev.average === g.average ? prev.rank : i + 1;
  });
  return groups;
}

export function summarise(key: string, name: string, list: CommitmentScore[]): ScoreGroup {
  const sum = list.reduce((s, x) => s + x.score, 0);
  const average = list.length ? round(sum / list.length, 2) : 0;
  return {
    key,
    name,
    count: list.length,
    full: list.filter((x) => x.score === 1).length,
    partial: list.filter((x) => x.score === 0).length,
    none: list.filter((x) => x.score === -1).length,
    average,
    percent: list.length ? round(((sum / list.length + 1) / 2) * 100, 1) : 0,
    rank: 1,
  };
}

export function scoreAll(
  commitments: AsOfCommitment[],
  opts: { edition: Edition; asOf: string; summit: SummitWindow; name: (code: string) => string },
): CommitmentScore[] {
  return commitments
    .filter((c) => belongsTo(opts.summit, c.doc))
    .map((c) => {
      const { score, rule } = scoreCommitment({ doc: c.doc, edition: opts.edition, asOf: opts.asOf });
      return {
        id: c.id,
        ref: c.doc.ref,
        version: c.version,
        guarantor: c.doc.guarantor,
        guarantorName: opts.name(c.doc.guarantor),
        pillar: c.doc.pillar,
        title: c.doc.title,
        status: c.doc.status,
        completion: c.doc.completion,
        score,
        rule,
        evidence: evidenceOf(c),
        illustrative: c.doc.illustrative,
      };
    })
    .sort((a, b) => a.guarantor.localeCompare(b.guarantor) || a.ref.localeCompare(b.ref));
}

/** Throws `unauthenticated`, `forbidden`, `bad_request` (a date after today). */
export async function complianceReport(
  opts: {
    date?: string | undefined;
    edition: Edition;
    summit: SummitWindow['id'];
    lang: DocLang;
    actor: Actor;
  },
  deps: { repos: Pick<Repos, 'documents' | 'parties'>; clock: Clock },
): Promise<ComplianceReport> {
  authorize(opts.actor, 'compliance.read');
  const asOf = asOfDate(opts.date, deps.clock);
  const t = template(opts.lang);
  const summit = SUMMITS[opts.summit];
  const names = new Map((await deps.repos.parties.list()).map((p) => [p.code, p.name]));
  const name = (code: string) => partyName(opts.lang, code, names.get(code) ?? code);
  const commitments = await deps.repos.documents.commitmentsAsOf(endOfDay(asOf), readScope(opts.actor));
  const scores = scoreAll(commitments, { edition: opts.edition, asOf, summit, name });
  const pillarName = (p: string) => (t.pillars as Record<string, string>)[p] ?? p;
  const byPillar = group(scores, (s) => s.pillar, pillarName).sort(
    (a, b) => (PILLARS as readonly string[]).indexOf(a.key) - (PILLARS as readonly string[]).indexOf(b.key),
  );
  return {
    summit: { id: summit.id, name: t.compliance.summits[summit.id], date: summit.date },
    edition: opts.edition,
    asOf,
    rules: RULES.map((r) => ({ id: r.id, when: t.compliance.rules[r.id], score: r.score })),
    commitments: scores,
    byGuarantor: group(scores, (s) => s.guarantor, name),
    byPillar,
    overall: summarise('all', t.compliance.overall, scores),
  };
}
