/** The History and Audit trail tabs of a commitment page. */
import { type AuditEntry, getAudit, getHistory, type Version } from '../../api/endpoints';
import { useResource } from '../../api/use-resource';
import { DiffTable, diffDocs } from '../../components/diff';
import { fmtDateTime, fmtNumber, plural } from '../../components/format';
import { ErrorMessage, Loading } from '../../components/page';
import { TableWrap } from '../../components/table-wrap';

const ACTIONS: Record<string, string> = {
  'commitment.create': 'Registered',
  'commitment.update': 'Changed',
  'commitment.status': 'Status changed',
  'commitment.import': 'Imported',
};

/**
 * A version names its author by user id only; the audit entry written in the same transaction
 * carries a readable label. Every version has exactly one audit entry with an `after` document,
 * in the same order, so they pair up by position; failing that, by author and nearest time.
 */
function authors(versions: Version[], audit: AuditEntry[] | undefined): Map<number, string> {
  const out = new Map<number, string>();
  if (!audit) return out;
  const writes = audit.filter((a) => a.after !== null).sort((a, b) => a.seq - b.seq);
  const asc = [...versions].sort((a, b) => a.version - b.version);
  if (writes.length === asc.length) {
    for (const [i, v] of asc.entries()) out.set(v.version, writes[i]!.actorLabel);
    return out;
  }
  for (const v of asc) {
    const t = Date.parse(v.changedAt);
    const near = writes
      .filter(
        (a) => (a.actorId === null || a.actorId === v.changedBy) && Math.abs(Date.parse(a.at) - t) < 5000,
      )
      .sort((a, b) => Math.abs(Date.parse(a.at) - t) - Math.abs(Date.parse(b.at) - t))[0];
    if (near) out.set(v.version, near.actorLabel);
  }
  return out;
}

export function HistoryTab({ id, sessionKey }: { id: string; sessionKey: string }) {
  const history = useResource(`h:${sessionKey}:${id}`, (s) => getHistory(id, s));
  const audit = useResource(`a:${sessionKey}:${id}`, (s) => getAudit(id, s));
  if (history.error) return <ErrorMessage error={history.error} retry={history.reload} />;
  if (!history.data) return <Loading what="Loading the history" />;
  const by = authors(history.data, audit.data);
  return (
    <>
      <h2 className="heading-m">History</h2>
      <p>Every version is kept. Each shows what changed from the version before it.</p>
      <ol className="timeline" reversed>
        {history.data.map((v) => (
          <li key={v.version} className="timeline__item">
            <h3 className="heading-s">Version {fmtNumber(v.version, 0)}</h3>
            <p className="timeline__meta">
              {fmtDateTime(v.changedAt)} by {by.get(v.version) ?? (v.changedBy ? 'a user' : 'the system')}
              {v.changeNote ? (
                <>
                  {' '}
                  – <q>{v.changeNote}</q>
                </>
              ) : null}
            </p>
            {v.version === 1 && v.changes.length === 0 ? (
              <p className="muted">First version.</p>
            ) : (
              <DiffTable changes={v.changes} caption={`Changes in version ${v.version}`} />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

export function AuditTab({ id, sessionKey }: { id: string; sessionKey: string }) {
  const audit = useResource(`a:${sessionKey}:${id}`, (s) => getAudit(id, s));
  if (audit.error) return <ErrorMessage error={audit.error} retry={audit.reload} />;
  if (!audit.data) return <Loading what="Loading the audit trail" />;
  const entries = [...audit.data].sort((a, b) => b.seq - a.seq);
  return (
    <>
      <h2 className="heading-m">Audit trail</h2>
      <p>
        Every action on this record, newest first. The log is a hash chain: each entry&rsquo;s hash covers the
        one before it, so a change to any entry is detectable.
      </p>
      <TableWrap label="Audit trail" short>
        <table className="table table--compact">
          <caption className="visually-hidden">Audit trail</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                Entry
              </th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Changes</th>
              <th scope="col">Hash</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const changes = e.before === null ? [] : diffDocs(e.before, e.after);
              return (
                <tr key={e.seq}>
                  <td className="num">{e.seq}</td>
                  <td className="nowrap">{fmtDateTime(e.at)}</td>
                  <td>{e.actorLabel}</td>
                  <td>{ACTIONS[e.action] ?? e.action}</td>
                  <td>
                    {e.before === null ? (
                      'Created'
                    ) : (
                      <details>
                        <summary>{plural(changes.length, 'field')}</summary>
                        <DiffTable changes={changes} caption={`Changes in audit entry ${e.seq}`} />
                      </details>
                    )}
                  </td>
                  <td>
                    <code title={`hash ${e.hash}, previous ${e.prevHash}`}>{e.hash.slice(0, 12)}…</code>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
