import type { DocLang, TranslationView } from '../../contracts/document';
import type { Actor } from '../access/actor';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record';
import { loadReadable } from '../commitments/get-commitment';
import { AppError } from '../errors';
import type { Clock, Store, TranslationRecord } from '../ports';
import { sha256 } from './load-document';

/**
 * Records a person's translation of one version of a commitment's text (the current version by
 * default). Documents use it for that version and for later versions with the same text.
 * Throws `unauthenticated`, `forbidden`, `not_found` (commitment), `validation` (version, language).
 */
export async function translateClause(
  opts: { commitmentId: string; lang: DocLang; text: string; version?: number | undefined; actor: Actor },
  deps: { store: Store; clock: Clock },
): Promise<TranslationView> {
  const { actor } = opts;
  authorize(actor, 'document.translate');
  return deps.store.transaction(async (repos) => {
    const c = await loadReadable(opts.commitmentId, actor, repos);
    const version = opts.version ?? c.version;
    const v = (await repos.commitments.versions(c.id)).find((x) => x.version === version);
    if (!v)
      throw new AppError('validation', `commitment ${c.doc.ref} has no version ${version}`, [
        { path: 'body.version', message: `between 1 and ${c.version}` },
      ]);
    if (v.doc.lang === opts.lang)
      throw new AppError('validation', `the text of ${c.doc.ref} is already in ${opts.lang}`, [
        { path: 'params.lang', message: 'the original language needs no translation' },
      ]);
    const record: TranslationRecord = {
      commitmentId: c.id,
      version,
      lang: opts.lang,
      text: opts.text.trim(),
      sourceHash: sha256(v.doc.text),
      translatedBy: actor.kind === 'user' ? actor.userId : null,
      translatedAt: deps.clock.now().toISOString(),
    };
    await repos.documents.putTranslation(record);
    await recordAudit(
      { audit: repos.audit, clock: deps.clock },
      {
        actor,
        action: 'document.translate',
        entity: 'commitment',
        entityId: c.id,
        after: { version, lang: opts.lang, text: record.text },
      },
    );
    return {
      commitmentId: c.id,
      version,
      lang: opts.lang,
      text: record.text,
      translatedBy: record.translatedBy,
      translatedAt: record.translatedAt,
    };
  });
}
