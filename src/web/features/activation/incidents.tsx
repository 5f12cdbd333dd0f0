/** The incident reports a determination relied on: their references where the register has them. */
import { Link } from 'react-router';
import { useResource } from '../../api/use-resource';
import { incidentReference } from './api';

export function Incidents({ ids, refs }: { ids: string[]; refs: string[] }) {
  const resolved = useResource(ids.length ? `incidents:${ids.join(',')}` : null, (signal) =>
    Promise.all(ids.map((id) => incidentReference(id, signal))),
  );
  if (ids.length === 0 && refs.length === 0) return <>None given</>;
  return (
    <ul className="list list--compact">
      {ids.map((id, n) => {
        const ref = resolved.data?.[n];
        return (
          <li key={id}>
            {ref ? <Link to={`/incidents/${encodeURIComponent(id)}`}>{ref}</Link> : <code>{id}</code>}
          </li>
        );
      })}
      {refs.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}
