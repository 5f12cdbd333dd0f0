/**
 * The signatures on an agreement, each with its verification badge, and signing for the
 * delegation whose agreement it is (the server signs with the party's key once the officer
 * confirms).
 */
import { useState } from 'react';
import type { DocLang, SignatureView, VerifyResult } from '../../../contracts/document';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { Checkbox } from '../../components/field';
import { ErrorMessage, Loading } from '../../components/page';
import { TableWrap } from '../../components/table-wrap';
import { getSignatures, signAgreement, verifySignature } from './api';

const BADGE: Record<VerifyResult['status'], string> = {
  valid: 'Valid',
  changed: 'Unsigned: changed since signing',
  invalid: 'Invalid',
};

function Verification({ s }: { s: SignatureView }) {
  const v = useResource(`verify:${s.id}`, (signal) => verifySignature(s.id, signal));
  if (v.error) return <ErrorMessage error={v.error} retry={v.reload} />;
  if (!v.data) return <Loading what="Verifying" />;
  const r = v.data;
  return (
    <div>
      <span className={`badge badge--${r.status}`}>{BADGE[r.status]}</span>
      <details>
        <summary>How it was checked</summary>
        <ul>
          {r.checks.map((c) => (
            <li key={c.name}>
              {c.ok ? '✓' : '✗'} {c.detail}
            </li>
          ))}
        </ul>
        {r.changedClauses.length ? (
          <p>
            Changed clauses:{' '}
            {r.changedClauses
              .map((c) => (c.commitment ? `${c.commitment.ref} (${c.eId})` : c.eId))
              .join(', ')}
          </p>
        ) : null}
        {r.hiddenChanges ? <p>{r.hiddenChanges} changed clause(s) that you may not read.</p> : null}
      </details>
    </div>
  );
}

export function Signatures({ party, lang, date }: { party: string; lang: DocLang; date: string }) {
  const { user } = useSession();
  const list = useResource(`signatures:${party}`, (signal) => getSignatures(party, signal));
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const maySign = user?.role === 'delegation' && user.partyCode === party;

  async function sign() {
    setBusy(true);
    setError(null);
    try {
      await signAgreement(party, { lang, confirm: true, ...(date ? { date } : {}) });
      setConfirmed(false);
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="h-signatures">
      <h2 className="heading-m" id="h-signatures">
        Signatures
      </h2>
      {maySign ? (
        <div className="notice notice--info">
          <p>
            Sign this agreement for your delegation, in the language and as of the date chosen above. The
            server signs with your delegation's Ed25519 key; a later change to any of its commitments shows
            here as unsigned.
          </p>
          {error ? <ErrorMessage error={error} /> : null}
          <Checkbox
            id="confirm-sign"
            label={`I confirm that I sign for ${party}`}
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
          />
          <button type="button" className="button" disabled={!confirmed || busy} onClick={sign}>
            {busy ? 'Signing…' : 'Sign the agreement'}
          </button>
        </div>
      ) : null}
      {list.error ? <ErrorMessage error={list.error} retry={list.reload} /> : null}
      {list.data && list.data.length === 0 ? <p>No one has signed this agreement yet.</p> : null}
      {list.data?.length ? (
        <TableWrap label={`Signatures on the agreement with ${party}`}>
          <table className="table">
            <caption className="visually-hidden">Signatures on the agreement with {party}</caption>
            <thead>
              <tr>
                <th scope="col">Signed</th>
                <th scope="col">By</th>
                <th scope="col">As of</th>
                <th scope="col">Language</th>
                <th scope="col">Document hash</th>
                <th scope="col">Verification</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((s) => (
                <tr key={s.id}>
                  <td>{new Date(s.signedAt).toLocaleString()}</td>
                  <td>{s.signedByName ?? s.signedBy}</td>
                  <td>{s.asOf}</td>
                  <td>{s.lang}</td>
                  <td>
                    <code title={s.hash}>{s.hash.slice(0, 16)}…</code>
                  </td>
                  <td>
                    <Verification s={s} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
