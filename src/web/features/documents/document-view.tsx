/**
 * The document model drawn as HTML: the preview of what the downloads contain. Each article
 * links to the commitment version it was written from.
 */

import { Link } from 'react-router';
import type { Article, DocTable, DocumentModel } from '../../../contracts/document';
import { TableWrap } from '../../components/table-wrap';

function ArticleView({ a, versionLabel }: { a: Article; versionLabel: string }) {
  return (
    <section className="doc-article" id={a.eId} aria-labelledby={`${a.eId}-h`}>
      <h4 className="doc-article__heading" id={`${a.eId}-h`}>
        {a.num}. {a.heading}
        {a.illustrative ? <span className="tag tag--illustrative doc-article__tag">Illustrative</span> : null}
      </h4>
      {a.paragraphs.map((p) => (
        <p key={p.eId}>{p.text}</p>
      ))}
      {a.commitment ? (
        <p className="doc-article__link">
          <Link to={`/commitments/${a.commitment.id}`}>
            {a.commitment.ref}, {versionLabel} {a.commitment.version}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export function TableView({ t }: { t: DocTable }) {
  return (
    <TableWrap label={t.caption}>
      <table className="table table--compact">
        <caption className="table__caption">{t.caption}</caption>
        <thead>
          <tr>
            {t.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((r) => (
            <tr key={r.join('\u0000')}>
              {r.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function DocumentView({ m }: { m: DocumentModel }) {
  const v = m.labels.version;
  return (
    <article className="doc-preview" lang={m.lang}>
      <h2 className="doc-preview__title">{m.title}</h2>
      <p className="doc-preview__subtitle">{m.subtitle}</p>
      {m.notes.map((n) => (
        <p key={n} className="doc-preview__note">
          {n}
        </p>
      ))}
      <h3>{m.preamble.heading}</h3>
      {m.preamble.paragraphs.map((p) => (
        <p key={p.eId}>{p.text}</p>
      ))}
      {m.definitions.items.length ? (
        <>
          <h3>{m.definitions.heading}</h3>
          <dl className="doc-definitions">
            {m.definitions.items.map((d) => (
              <div key={d.eId}>
                <dt>{d.term}</dt>
                <dd>{d.text}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {m.chapters.map((c) => (
        <section key={c.eId} aria-labelledby={`${c.eId}-h`}>
          <h3 id={`${c.eId}-h`}>
            {c.num}. {c.heading}
          </h3>
          {c.intro.map((p) => (
            <p key={p.eId}>{p.text}</p>
          ))}
          {c.tables.map((t) => (
            <TableView key={t.eId} t={t} />
          ))}
          {c.articles.map((a) => (
            <ArticleView key={a.eId} a={a} versionLabel={v} />
          ))}
        </section>
      ))}
      {m.finalProvisions.articles.length ? (
        <>
          <h3>{m.finalProvisions.heading}</h3>
          {m.finalProvisions.articles.map((a) => (
            <ArticleView key={a.eId} a={a} versionLabel={v} />
          ))}
        </>
      ) : null}
      {m.signatures.blocks.length ? (
        <>
          <h3>{m.signatures.heading}</h3>
          <table className="table doc-signatures">
            <thead>
              <tr>
                {[m.labels.party, m.labels.name, m.labels.signature, m.labels.date, m.labels.place].map(
                  (h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {m.signatures.blocks.map((b) => (
                <tr key={b.eId}>
                  <th scope="row">{b.caption}</th>
                  <td />
                  <td />
                  <td />
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </article>
  );
}
