/**
 * /timeline: dated events, oldest first, in a vertical timeline, filterable by party and pillar
 * (the filters live in the URL). The secretariat imports events from an article.
 */
import './timeline.css';
import { Link, useSearchParams } from 'react-router';
import type { TimelineEvent } from '../../../contracts/timeline';
import { api } from '../../api/client';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { Select } from '../../components/field';
import { fmtDate } from '../../components/format';
import { PILLAR_SHORT, PILLAR_VALUES } from '../../components/labels';
import { ErrorMessage, Loading, usePageTitle } from '../../components/page';
import { IllustrativeBadge } from '../../components/tags';

export default function TimelinePage() {
  usePageTitle('Timeline');
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const party = params.get('party') ?? '';
  const pillar = params.get('pillar') ?? '';
  const query = { party, pillar };
  const events = useResource(
    user === undefined ? null : `timeline:${user?.id ?? ''}:${party}:${pillar}`,
    (signal) => api<TimelineEvent[]>('/api/timeline', { query, signal }),
  );
  const setFilter = (k: string, v: string) =>
    setParams((p) => {
      const n = new URLSearchParams(p);
      if (v) n.set(k, v);
      else n.delete(k);
      return n;
    });
  const parties = [
    ...new Set((events.data ?? []).flatMap((e) => e.parties).concat(party ? [party] : [])),
  ].sort();

  return (
    <>
      <h1 className="heading-l">Timeline</h1>
      <p className="lead">Dated events of the negotiation, each with its sources.</p>
      {user?.role === 'secretariat' ? (
        <p>
          <Link to="/timeline/import">Import events from an article</Link>
        </p>
      ) : null}
      <div className="timeline-filters">
        <Select
          id="tl-party"
          label="Party"
          value={party}
          placeholder="All parties"
          onChange={(e) => setFilter('party', e.target.value)}
          options={parties.map((p) => ({ value: p, label: p }))}
        />
        <Select
          id="tl-pillar"
          label="Pillar"
          value={pillar}
          placeholder="All pillars"
          onChange={(e) => setFilter('pillar', e.target.value)}
          options={PILLAR_VALUES.map((p) => ({ value: p, label: PILLAR_SHORT[p] }))}
        />
      </div>
      {events.error ? (
        <ErrorMessage error={events.error} retry={events.reload} />
      ) : !events.data ? (
        <Loading what="Loading the timeline" />
      ) : events.data.length === 0 ? (
        <p>No events{party || pillar ? ' match these filters' : ' yet'}.</p>
      ) : (
        <ol className="timeline" aria-busy={events.loading || undefined}>
          {events.data.map((e) => (
            <li key={e.id} className="timeline__event" data-testid="timeline-event">
              <time className="timeline__date" dateTime={e.date}>
                {e.datePrecision === 'day'
                  ? fmtDate(e.date)
                  : e.datePrecision === 'month'
                    ? e.date.slice(0, 7)
                    : e.date.slice(0, 4)}
              </time>
              <h2 className="heading-s">
                {e.title} {e.illustrative ? <IllustrativeBadge /> : null}
              </h2>
              {e.description && e.description !== e.title ? <p>{e.description}</p> : null}
              <p className="timeline__meta">
                {e.parties.length ? `Parties: ${e.parties.join(', ')}. ` : ''}
                {e.pillars.length ? `Pillars: ${e.pillars.map((p) => PILLAR_SHORT[p]).join(', ')}. ` : ''}
                {e.importedFrom?.yearInferred ? 'Year inferred from the article. ' : ''}
                {e.confirmed ? '' : 'Not yet confirmed. '}
              </p>
              {e.sources.length ? (
                <ul className="list timeline__meta">
                  {e.sources.map((s) => (
                    <li key={`${s.title}${s.url ?? ''}`}>
                      {s.url ? (
                        <a href={s.url} rel="noreferrer noopener" target="_blank">
                          {s.title}
                        </a>
                      ) : (
                        s.title
                      )}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
