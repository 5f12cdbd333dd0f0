import type { DocLang, DocumentModel } from '../../contracts/document';
import { type Actor, readScope } from '../access/actor';
import { authorize } from '../access/policy';
import type { Clock, Repos } from '../ports';
import { asOfDate, loadDocument } from './load-document';

/**
 * The consolidated declaration, or one party's agreement, as the register stood at the end of
 * `date` (today by default), holding only what the actor may read. Throws `unauthenticated`,
 * `forbidden`, `not_found` (an unknown party) and `bad_request` (a date after today).
 */
export async function generateDocument(
  opts: {
    kind: 'declaration' | 'agreement';
    party?: string | undefined;
    date?: string | undefined;
    lang: DocLang;
    actor: Actor;
  },
  deps: { repos: Pick<Repos, 'documents' | 'parties'>; clock: Clock },
): Promise<DocumentModel> {
  authorize(opts.actor, 'document.read');
  const asOf = asOfDate(opts.date, deps.clock);
  const { model } = await loadDocument(
    { kind: opts.kind, party: opts.party, asOf, lang: opts.lang, scope: readScope(opts.actor) },
    deps.repos,
  );
  return model;
}
