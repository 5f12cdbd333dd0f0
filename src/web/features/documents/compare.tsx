/** Two dates of a document, clause by clause: added (green), removed (red), changed (amber). */
import type { ClauseChange, DocumentDiff } from '../../../contracts/document';
import { DiffTable } from '../../components/diff';

function Clause({ c, kind }: { c: ClauseChange; kind: 'added' | 'removed' | 'changed' }) {
  const label = { added: 'Added', removed: 'Removed', changed: 'Changed' }[kind];
  return (
    <div className={`clause clause--${kind}`}>
      <p>
        <strong>{label}:</strong> {c.heading}{' '}
        {c.commitment ? (
          <span className="muted">
            ({c.commitment.ref}, version {c.commitment.fromVersion ?? '–'} → {c.commitment.toVersion ?? '–'})
          </span>
        ) : null}
      </p>
      {kind === 'changed' ? (
        <>
          {c.before
            .filter((p) => !c.after.includes(p))
            .map((p) => (
              <p key={`b-${p}`} className="clause__before">
                <span className="visually-hidden">Before: </span>
                {p}
              </p>
            ))}
          {c.after
            .filter((p) => !c.before.includes(p))
            .map((p) => (
              <p key={`a-${p}`}>
                <span className="visually-hidden">After: </span>
                {p}
              </p>
            ))}
          {c.fields.length ? (
            <DiffTable changes={c.fields} caption={`Changes to ${c.commitment?.ref ?? c.eId}`} />
          ) : null}
        </>
      ) : (
        (kind === 'added' ? c.after : c.before).map((p) => <p key={p}>{p}</p>)
      )}
    </div>
  );
}

export function DiffView({ d }: { d: DocumentDiff }) {
  const none = d.added.length + d.removed.length + d.changed.length === 0;
  return (
    <section aria-live="polite">
      <p className="lead">
        From {d.from} to {d.to}: {d.added.length} added, {d.removed.length} removed, {d.changed.length}{' '}
        changed, {d.unchanged} unchanged.
      </p>
      {none ? <p>The two versions say the same.</p> : null}
      {d.removed.map((c) => (
        <Clause key={c.eId} c={c} kind="removed" />
      ))}
      {d.added.map((c) => (
        <Clause key={c.eId} c={c} kind="added" />
      ))}
      {d.changed.map((c) => (
        <Clause key={c.eId} c={c} kind="changed" />
      ))}
    </section>
  );
}
