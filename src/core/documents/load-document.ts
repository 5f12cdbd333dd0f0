/**
 * Reads what a document needs from the register as it stood at the end of a day, for a given
 * read scope, and builds it. A document only holds what its reader may read: the scope is the
 * reader's (for a signature, the signing delegation's).
 */
import { createHash } from 'node:crypto';
import type { DocLang, DocumentModel } from '../../contracts/document';
import type { ReadScope } from '../access/actor';
import { canonicalJson } from '../audit/chain';
import { AppError, notFound } from '../errors';
import type { AsOfCommitment, Clock, Repos } from '../ports';
import { buildDocument } from './build-document';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The instant just after the day `asOf` (UTC): versions changed before it count. */
export const endOfDay = (asOf: string) =>
  new Date(Date.parse(`${asOf}T00:00:00Z`) + 86_400_000).toISOString();

export const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

/** The date asked for, or today; a day after today is refused (the register does not know it). */
export function asOfDate(date: string | undefined, clock: Clock, field = 'query.date'): string {
  const now = today(clock);
  if (!date) return now;
  if (date > now)
    throw new AppError('bad_request', `the date ${date} is in the future`, [
      { path: field, message: `must not be after today (${now})` },
    ]);
  return date;
}

/** The canonical form of a document (sorted keys), its SHA-256 and the bytes that are signed. */
export function canonicalDocument(model: DocumentModel): { text: string; hash: string } {
  const text = canonicalJson(model);
  return { text, hash: sha256(text) };
}

export interface LoadedDocument {
  model: DocumentModel;
  commitments: AsOfCommitment[];
}

export async function loadDocument(
  opts: {
    kind: 'declaration' | 'agreement';
    party?: string | undefined;
    asOf: string;
    lang: DocLang;
    scope: ReadScope;
    /** An instant within the day to stop at (a signature's), instead of the end of the day. */
    until?: string | undefined;
  },
  repos: Pick<Repos, 'documents' | 'parties'>,
): Promise<LoadedDocument> {
  const parties = await repos.parties.list();
  if (opts.kind === 'agreement') {
    if (!opts.party)
      throw new AppError('bad_request', 'give the party of the agreement', [
        { path: 'party', message: 'required' },
      ]);
    if (!parties.some((p) => p.code === opts.party)) throw notFound(`party ${opts.party}`);
  }
  const party = opts.kind === 'agreement' ? opts.party : undefined;
  const end = endOfDay(opts.asOf);
  const before = opts.until && opts.until < end ? opts.until : end;
  const commitments = await repos.documents.commitmentsAsOf(before, opts.scope, party);
  const translations = await resolveTranslations(commitments, opts.lang, repos);
  const model = buildDocument({
    kind: opts.kind,
    lang: opts.lang,
    asOf: opts.asOf,
    party: party ?? null,
    commitments,
    partyNames: new Map(parties.map((p) => [p.code, p.name])),
    translations,
  });
  return { model, commitments };
}

/**
 * A person's translation applies to the version it was made for, and to later versions whose
 * text is the same (same SHA-256); the latest such translation wins.
 */
export async function resolveTranslations(
  commitments: AsOfCommitment[],
  lang: DocLang,
  repos: Pick<Repos, 'documents'>,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const foreign = commitments.filter((c) => c.doc.lang !== lang);
  if (foreign.length === 0) return out;
  const all = await repos.documents.translations(
    foreign.map((c) => c.id),
    lang,
  );
  for (const c of foreign) {
    const hash = sha256(c.doc.text);
    const fit = all
      .filter((t) => t.commitmentId === c.id && t.version <= c.version && t.sourceHash === hash)
      .sort((a, b) => b.version - a.version)[0];
    if (fit) out.set(c.id, fit.text);
  }
  return out;
}
