/**
 * Builds the neutral document model of the consolidated declaration (all guarantors, by pillar)
 * or of one guarantor's agreement, from the register as it stood at a date. Pure: the caller
 * reads the commitments (already limited to what the reader may read) and the translations.
 * Withdrawn commitments are left out: the document states what holds at that date, so a
 * commitment withdrawn between two dates shows as a removed clause in the diff.
 */

import type { Article, Chapter, DocLang, DocumentModel, SignatureBlock } from '../../contracts/document';
import { PILLARS } from '../../contracts/enums';
import type { AsOfCommitment } from '../ports';
import { buildArticle, LANG3 } from './articles';
import { formatter } from './format-terms';
import { fill, partyName } from './templates';

export interface BuildInput {
  kind: 'declaration' | 'agreement';
  lang: DocLang;
  asOf: string;
  /** For an agreement: the guarantor it is with. */
  party: string | null;
  commitments: AsOfCommitment[];
  /** English names by party code. */
  partyNames: Map<string, string>;
  /** A person's translation of the commitment's text at its version, by commitment id. */
  translations: Map<string, string>;
}

const DEFINITION_KEYS = [
  'participant',
  'guarantor',
  'beneficiary',
  'commitment',
  'determination',
  'responseTime',
  'eurEquivalent',
  'ceasefire_in_force',
  'attributed_breach',
  'renewed_attack',
  'refusal_to_negotiate',
] as const;

const FINAL_KEYS = ['entry', 'duration', 'termination', 'languages'] as const;

export function buildDocument(input: BuildInput): DocumentModel {
  const { lang, asOf, kind } = input;
  const f = formatter(lang);
  const t = f.t;
  const name = (code: string) => partyName(lang, code, input.partyNames.get(code) ?? code);
  const held = input.commitments
    .filter((c) => c.doc.status !== 'withdrawn')
    .sort(
      (a, b) =>
        PILLARS.indexOf(a.doc.pillar) - PILLARS.indexOf(b.doc.pillar) ||
        a.doc.guarantor.localeCompare(b.doc.guarantor) ||
        a.doc.ref.localeCompare(b.doc.ref),
    );

  let n = 0;
  const chapters: Chapter[] = [];
  for (const pillar of PILLARS) {
    const inPillar = held.filter((c) => c.doc.pillar === pillar);
    if (inPillar.length === 0) continue;
    const articles: Article[] = inPillar.map((c) =>
      buildArticle(f, { c, num: ++n, name, translation: input.translations.get(c.id) }),
    );
    chapters.push({
      eId: `chp_${pillar.replace(/_/g, '-')}`,
      num: fill(t.headings.chapter, { num: chapters.length + 1 }),
      heading: t.pillars[pillar],
      intro: [],
      tables: [],
      articles,
    });
  }

  const finals: Article[] = FINAL_KEYS.map((k) => {
    const eId = `art_final-${k}`;
    return {
      eId,
      num: fill(t.headings.article, { num: ++n }),
      heading: t.final[k].heading,
      paragraphs: [{ eId: `${eId}__para_1`, text: t.final[k].text }],
      commitment: null,
      illustrative: false,
    };
  });

  const party = kind === 'agreement' ? input.party : null;
  const signatories = signatoryCodes(kind, party, held);
  const blocks: SignatureBlock[] = signatories.map((code) => ({
    eId: `sig_${code.toLowerCase()}`,
    party: code,
    partyName: name(code),
    caption: fill(t.signatureFor, { party: name(code) }),
  }));
  const date = f.date(asOf);
  const guarantors = new Set(held.map((c) => c.doc.guarantor));
  const counterparties = signatories
    .filter((c) => c !== party)
    .map(name)
    .join(', ');
  const vars = { party: party ? name(party) : '', counterparties, date, count: guarantors.size };
  const tpl = kind === 'agreement' ? t.agreement : t.declaration;
  const workName =
    kind === 'agreement' ? `guarantees-agreement-${(party ?? '').toLowerCase()}` : 'guarantees-declaration';
  const work = `/akn/ua/act/${asOf}/${workName}`;
  const expression = `${work}/${LANG3[lang]}@${asOf}`;

  const notes = [fill(t.notes.provenance, { date }), t.notes.withdrawn];
  if (held.some((c) => c.doc.illustrative)) notes.push(t.notes.illustrative);
  if (held.length === 0) notes.push(fill(t.notes.empty, { date }));

  return {
    kind,
    lang,
    asOf,
    party,
    title: fill(tpl.title, vars),
    subtitle: fill(tpl.subtitle, vars),
    frbr: { work, expression, manifestation: `${expression}/main.xml`, author: '#coalition', country: 'ua' },
    preamble: {
      eId: 'preamble',
      heading: t.headings.preamble,
      paragraphs: tpl.preamble.map((p, i) => ({ eId: `preamble__recital_${i + 1}`, text: fill(p, vars) })),
    },
    definitions: {
      eId: 'chp_definitions',
      heading: t.headings.definitions,
      items: DEFINITION_KEYS.map((k) => ({
        eId: `chp_definitions__def_${k.replace(/_/g, '-').toLowerCase()}`,
        term: t.definitions[k].term,
        text: t.definitions[k].text,
      })),
    },
    chapters,
    finalProvisions: { eId: 'chp_final', heading: t.headings.final, articles: finals },
    signatures: { heading: t.headings.signatures, blocks },
    notes,
    labels: t.labels,
  };
}

/** Declaration: every guarantor and beneficiary named; agreement: the party first, then the others. */
function signatoryCodes(
  kind: 'declaration' | 'agreement',
  party: string | null,
  held: AsOfCommitment[],
): string[] {
  const codes = new Set<string>();
  for (const c of held) {
    codes.add(c.doc.guarantor);
    codes.add(c.doc.beneficiary);
  }
  if (kind === 'agreement' && party) {
    codes.delete(party);
    if (codes.size === 0) codes.add(party === 'UA' ? party : 'UA');
    return [party, ...[...codes].filter((c) => c !== party).sort()];
  }
  if (codes.size === 0) codes.add('UA');
  return [...codes].sort();
}
