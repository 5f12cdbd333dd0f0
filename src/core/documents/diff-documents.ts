/**
 * Two versions of a document compared clause by clause, matched on eId (an article keeps its
 * eId for as long as its commitment is in the document): which clauses were added, removed or
 * changed, and for an article, which commitment changed, between which versions, field by field.
 */

import { diffDocs } from '../../contracts/diff';
import type { ClauseChange, DocLang, DocumentDiff, DocumentModel } from '../../contracts/document';
import { type Actor, readScope } from '../access/actor';
import { authorize } from '../access/policy';
import type { AsOfCommitment, Clock, Repos } from '../ports';
import { asOfDate, type LoadedDocument, loadDocument } from './load-document';

interface Clause {
  eId: string;
  heading: string;
  texts: string[];
  commitment: { id: string; ref: string; version: number } | null;
}

/** Every clause of a document: the preamble, each definition, each article. */
export function clauses(m: DocumentModel): Clause[] {
  return [
    {
      eId: m.preamble.eId,
      heading: m.preamble.heading,
      texts: m.preamble.paragraphs.map((p) => p.text),
      commitment: null,
    },
    ...m.definitions.items.map((d) => ({ eId: d.eId, heading: d.term, texts: [d.text], commitment: null })),
    ...[...m.chapters.flatMap((c) => c.articles), ...m.finalProvisions.articles].map((a) => ({
      eId: a.eId,
      heading: a.heading,
      texts: a.paragraphs.map((p) => p.text),
      commitment: a.commitment
        ? { id: a.commitment.id, ref: a.commitment.ref, version: a.commitment.version }
        : null,
    })),
  ];
}

export function diffDocuments(before: LoadedDocument, after: LoadedDocument): DocumentDiff {
  const docs = (l: LoadedDocument) => new Map<string, AsOfCommitment>(l.commitments.map((c) => [c.id, c]));
  const beforeDocs = docs(before);
  const afterDocs = docs(after);
  const a = new Map(clauses(before.model).map((c) => [c.eId, c]));
  const b = new Map(clauses(after.model).map((c) => [c.eId, c]));
  const change = (x: Clause | undefined, y: Clause | undefined): ClauseChange => {
    const c = (y ?? x)!;
    const from = x?.commitment ? beforeDocs.get(x.commitment.id) : undefined;
    const to = y?.commitment ? afterDocs.get(y.commitment.id) : undefined;
    return {
      eId: c.eId,
      heading: c.heading,
      commitment: c.commitment
        ? {
            id: c.commitment.id,
            ref: c.commitment.ref,
            fromVersion: x?.commitment?.version ?? null,
            toVersion: y?.commitment?.version ?? null,
          }
        : null,
      before: x?.texts ?? [],
      after: y?.texts ?? [],
      fields: from && to ? diffDocs(from.doc, to.doc) : [],
    };
  };
  const added: ClauseChange[] = [];
  const removed: ClauseChange[] = [];
  const changed: ClauseChange[] = [];
  let unchanged = 0;
  for (const [eId, x] of a) {
    const y = b.get(eId);
    if (!y) removed.push(change(x, undefined));
    else if (x.heading !== y.heading || JSON.stringify(x.texts) !== JSON.stringify(y.texts))
      changed.push(change(x, y));
    else unchanged++;
  }
  for (const [eId, y] of b) if (!a.has(eId)) added.push(change(undefined, y));
  return {
    kind: after.model.kind,
    party: after.model.party,
    lang: after.model.lang,
    from: before.model.asOf,
    to: after.model.asOf,
    added,
    removed,
    changed,
    unchanged,
  };
}

/** Throws `unauthenticated`, `forbidden`, `not_found` (party), `bad_request` (dates). */
export async function documentDiff(
  opts: {
    kind: 'declaration' | 'agreement';
    party?: string | undefined;
    from: string;
    to: string;
    lang: DocLang;
    actor: Actor;
  },
  deps: { repos: Pick<Repos, 'documents' | 'parties'>; clock: Clock },
): Promise<DocumentDiff> {
  authorize(opts.actor, 'document.read');
  const scope = readScope(opts.actor);
  const load = (date: string, field: string) =>
    loadDocument(
      { kind: opts.kind, party: opts.party, asOf: asOfDate(date, deps.clock, field), lang: opts.lang, scope },
      deps.repos,
    );
  return diffDocuments(await load(opts.from, 'query.from'), await load(opts.to, 'query.to'));
}
