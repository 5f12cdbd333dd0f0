/**
 * /compliance: the compliance report in the manner of the G7 Research Group: every guarantor's
 * score on each summit commitment (−1, 0, +1, coloured), averages and rankings by guarantor and
 * by pillar as bar charts, the evidence cited, the rules, and downloads. Choices live in the URL.
 */
import { Link, useSearchParams } from 'react-router';
import type { CommitmentScore, ComplianceReport, Edition } from '../../../contracts/compliance';
import { api } from '../../api/client';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { BarChart } from '../../components/bar-chart';
import { Select, TextInput } from '../../components/field';
import { fmtNumber } from '../../components/format';
import { DOC_LANG_VALUES } from '../../components/labels';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { TableWrap } from '../../components/table-wrap';
import '../documents/documents.css';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
const isDate = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : '');

function Score({ s }: { s: CommitmentScore }) {
  return (
    <span className={`score score--${s.score}`} title={`${s.ref}: ${signed(s.score)} (rule ${s.rule})`}>
      <span className="visually-hidden">{s.ref} scores </span>
      {signed(s.score)}
    </span>
  );
}

export default function CompliancePage() {
  usePageTitle('Compliance');
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const edition: Edition = params.get('edition') === 'final' ? 'final' : 'interim';
  const summit = params.get('summit') === 'all' ? 'all' : 'paris-2026';
  const date = isDate(params.get('date'));
  const lang = DOC_LANG_VALUES.find((l) => l === params.get('lang')) ?? 'en';
  const set = (k: string, v: string) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v);
    else p.delete(k);
    setParams(p, { replace: true });
  };
  const query = { edition, summit, lang, date: date || undefined };
  const report = useResource(
    user ? `compliance:${edition}:${summit}:${date}:${lang}:${user.id}` : null,
    (signal) => api<ComplianceReport>('/api/compliance', { query: { ...query, format: 'json' }, signal }),
  );
  const href = (format: string) => {
    const q = new URLSearchParams({ edition, summit, lang, format });
    if (date) q.set('date', date);
    return `/api/compliance?${q}`;
  };
  const r = report.data;

  return (
    <>
      <h1 className="heading-l">Compliance</h1>
      <p className="lead">
        How far each guarantor has kept its commitments, scored −1 (not complied), 0 (partial or in progress)
        or +1 (full) from the register's statuses, completion stages and evidence, in the manner of the G7
        Research Group's compliance reports.
      </p>
      {user === null ? (
        <div className="notice notice--info">
          <p>
            <Link to="/sign-in?next=%2Fcompliance">Sign in</Link> to see the report.
          </p>
        </div>
      ) : null}
      <form className="doc-form" aria-label="Which report" onSubmit={(e) => e.preventDefault()}>
        <Select
          id="c-summit"
          label="Commitments"
          value={summit}
          onChange={(e) => set('summit', e.currentTarget.value === 'paris-2026' ? '' : e.currentTarget.value)}
          options={[
            { value: 'paris-2026', label: 'Paris summit, 6 January 2026' },
            { value: 'all', label: 'All of the register' },
          ]}
        />
        <Select
          id="c-edition"
          label="Edition"
          value={edition}
          onChange={(e) => set('edition', e.currentTarget.value === 'interim' ? '' : e.currentTarget.value)}
          options={[
            { value: 'interim', label: 'Interim' },
            { value: 'final', label: 'Final (passed deadlines count)' },
          ]}
        />
        <TextInput
          id="c-date"
          type="date"
          label="As of"
          hint="Empty for today"
          value={date}
          onChange={(e) => set('date', e.currentTarget.value)}
        />
        <Select
          id="c-lang"
          label="Language of the downloads"
          value={lang}
          onChange={(e) => set('lang', e.currentTarget.value === 'en' ? '' : e.currentTarget.value)}
          options={[
            { value: 'en', label: 'English' },
            { value: 'uk', label: 'Українська' },
            { value: 'fr', label: 'Français' },
          ]}
        />
      </form>
      <section className="downloads" aria-label="Downloads">
        {(
          [
            ['docx', 'Word (DOCX)'],
            ['pdf', 'PDF'],
            ['md', 'Markdown'],
            ['akn', 'Akoma Ntoso XML'],
            ['json', 'JSON'],
          ] as const
        ).map(([f, label]) => (
          <a key={f} className="button button--secondary" href={href(f)} download>
            Download {label}
          </a>
        ))}
      </section>
      {report.error ? <ErrorMessage error={report.error} retry={report.reload} /> : null}
      {!r && !report.error && user ? <Loading what="Scoring" /> : null}
      {r ? (
        <>
          <p>
            {r.summit.name}, {r.edition} edition as of {r.asOf}: {r.overall.count} commitments, average{' '}
            <strong>{fmtNumber(r.overall.average, 2)}</strong> ({fmtNumber(r.overall.percent, 1)} %
            compliance).
          </p>
          <div className="chart-stack">
            <BarChart
              title="Compliance by guarantor (%), best first"
              labelHeader="Guarantor"
              valueHeader="Compliance"
              extraHeader="Average (commitments)"
              labelWidth={210}
              bars={r.byGuarantor.map((g) => ({
                key: g.key,
                label: `${g.rank}. ${g.name}`,
                value: g.percent,
                display: `${fmtNumber(g.percent, 1)} %`,
                extra: `${fmtNumber(g.average, 2)} (${g.count})`,
              }))}
            />
            <BarChart
              title="Compliance by pillar (%)"
              labelHeader="Pillar"
              valueHeader="Compliance"
              extraHeader="Average (commitments)"
              labelWidth={320}
              bars={r.byPillar.map((g) => ({
                key: g.key,
                label: g.name,
                value: g.percent,
                display: `${fmtNumber(g.percent, 1)} %`,
                extra: `${fmtNumber(g.average, 2)} (${g.count}), rank ${g.rank}`,
              }))}
            />
          </div>
          <h2 className="heading-m">Scores by guarantor and commitment</h2>
          <TableWrap label="Each guarantor's scores">
            <table className="table">
              <caption className="visually-hidden">Each guarantor's scores, one mark per commitment</caption>
              <thead>
                <tr>
                  <th scope="col">Rank</th>
                  <th scope="col">Guarantor</th>
                  <th scope="col">Scores</th>
                  <th scope="col" className="num">
                    Average
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.byGuarantor.map((g) => (
                  <tr key={g.key}>
                    <td>{g.rank}</td>
                    <th scope="row">{g.name}</th>
                    <td>
                      {r.commitments
                        .filter((c) => c.guarantor === g.key)
                        .map((c) => (
                          <a key={c.id} href={`#score-${c.ref}`}>
                            <Score s={c} />
                          </a>
                        ))}
                    </td>
                    <td className="num">{fmtNumber(g.average, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <h2 className="heading-m">Commitments, scores and the evidence cited</h2>
          <TableWrap label="Every commitment scored">
            <table className="table table--compact">
              <caption className="visually-hidden">
                Every commitment scored, with its rule and evidence
              </caption>
              <thead>
                <tr>
                  <th scope="col">Commitment</th>
                  <th scope="col">Score</th>
                  <th scope="col">Status, completion</th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {r.commitments.map((c) => (
                  <tr key={c.id} id={`score-${c.ref}`}>
                    <td>
                      <Link to={`/commitments/${c.id}`}>{c.ref}</Link> {c.title}
                      {c.illustrative ? <span className="tag tag--illustrative">Illustrative</span> : null}
                    </td>
                    <td>
                      <Score s={c} /> <span className="muted">rule {c.rule}</span>
                    </td>
                    <td>
                      {c.status}, {c.completion}
                    </td>
                    <td>
                      {c.evidence.length ? (
                        <ul className="list">
                          {c.evidence.map((e) => (
                            <li key={`${e.kind}:${e.text}:${e.url ?? ''}`}>
                              {e.kind === 'completion' ? <strong>Completion: </strong> : null}
                              {e.url ? (
                                <a href={e.url} rel="noreferrer noopener" target="_blank">
                                  {e.text}
                                </a>
                              ) : (
                                e.text
                              )}
                              {e.date ? ` (${e.date})` : ''}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="muted">None attached</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <h2 className="heading-m">How the scores are given</h2>
          <p>The first rule that matches a commitment gives its score.</p>
          <table className="table table--compact">
            <caption className="visually-hidden">Scoring rules</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">When</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {r.rules.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{x.id}</th>
                  <td>{x.when}</td>
                  <td>
                    <span className={`score score--${x.score}`}>{signed(x.score)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
