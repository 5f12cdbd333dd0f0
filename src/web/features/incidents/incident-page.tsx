/** One incident report: what, when, where, how observed, its verification, and (for monitors) its next step. */
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { fmtDateTime, fmtNumber } from '../../components/format';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { SummaryList } from '../../components/summary-list';
import { getIncident } from './api';
import './incidents.css';
import { OBSERVATION_LABELS, TYPE_LABELS, VERIFICATION_HINTS, WEAPON_LABELS } from './labels';
import { fmtKyiv, VerificationTag } from './parts';
import { StatusControl } from './status-control';

export default function IncidentPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const res = useResource(user === undefined ? null : `i:${user?.id ?? ''}:${id}`, (s) => getIncident(id, s));
  const i = res.data;
  usePageTitle(i ? `${i.reference}: ${TYPE_LABELS[i.type]}` : 'Incident report');
  const back = (
    <p>
      <Link to="/incidents" className="back-link">
        Back to incident reports
      </Link>
    </p>
  );
  if (res.error)
    return (
      <>
        {back}
        <ErrorMessage error={res.error} retry={res.reload} page />
      </>
    );
  if (!i) return <Loading what="Loading the report" />;
  const c = i.casualties;
  return (
    <>
      {back}
      {i.illustrative ? (
        <div className="banner banner--illustrative" role="note">
          <strong>Illustrative report — not a real event.</strong> It was invented for the demo.
        </div>
      ) : null}
      <span className="caption">{i.reference}</span>
      <h1 className="heading-l">
        {TYPE_LABELS[i.type]} near {i.settlement ?? i.regionName}
      </h1>
      <p className="tag-line">
        <VerificationTag status={i.status} /> <span className="muted">{VERIFICATION_HINTS[i.status]}</span>
      </p>
      <p className="quote">{i.description}</p>
      <SummaryList
        rows={[
          [
            'Occurred',
            `${fmtKyiv(i.occurredAt)} Kyiv time (${i.occurredAt.slice(0, 16).replace('T', ' ')} UTC)`,
          ],
          ['Reported', `${fmtKyiv(i.reportedAt)} Kyiv time`],
          ['Region', `${i.regionName} (${i.region})`],
          ['Settlement', i.settlement ?? '–'],
          ['Coordinates', `${fmtNumber(i.latitude, 4)}° N, ${fmtNumber(i.longitude, 4)}° E (WGS84)`],
          ['Weapon class', WEAPON_LABELS[i.weaponClass]],
          [
            'Casualties',
            `Civilians: ${c.civilianKilled} killed, ${c.civilianInjured} injured. Military: ${c.militaryKilled} killed, ${c.militaryInjured} injured.`,
          ],
          ['Observed', i.observedBy.map((o) => OBSERVATION_LABELS[o]).join(', ')],
          ['Reporting team', i.team],
          ['Attributed to', i.attributedTo ?? 'Not attributed'],
          ['Status note', i.statusNote ?? '–'],
          ['Last changed', fmtDateTime(i.updatedAt)],
        ]}
      />
      <StatusControl incident={i} onChanged={() => res.reload()} />
    </>
  );
}
