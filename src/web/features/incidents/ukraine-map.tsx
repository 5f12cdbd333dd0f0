/**
 * The incidents on a map of Ukraine, drawn as SVG from Natural Earth's 1:50m countries: the
 * outlines of Ukraine (with Crimea, in its internationally recognised borders) and its neighbours
 * are cut from the atlas at build time (scripts/ukraine-atlas.ts), so this lazily loaded chunk
 * carries a few kilobytes of them; nothing is fetched at run time, and there are no map tiles.
 * Each incident is a dot coloured by type and sized by casualties, with a title; the legend names
 * every colour and size.
 */

import atlas from 'virtual:ukraine-atlas';
import { geoConicConformal, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import type { Incident, IncidentType } from '../../../contracts/incident';
import { fmtNumber } from '../../components/format';
import { TYPE_COLOURS, TYPE_LABELS } from './labels';
import { casualtyWords, fmtKyiv, injured, killed } from './parts';

const W = 760;
const H = 520;

/** A dot's radius: 4 with no casualties, growing with the square root of the toll, at most 13. */
const radius = (i: Incident) => Math.min(13, 4 + 1.8 * Math.sqrt(killed(i) + injured(i)));

export default function UkraineMap({
  incidents,
  note,
}: {
  incidents: Incident[];
  note?: string | undefined;
}) {
  const shapes = useMemo(() => {
    const { ukraine, neighbours } = atlas;
    const projection = geoConicConformal()
      .parallels([45, 51])
      .rotate([-31, 0])
      .fitExtent(
        [
          [12, 12],
          [W - 12, H - 12],
        ],
        ukraine,
      )
      .clipExtent([
        [0, 0],
        [W, H],
      ]);
    const path = geoPath(projection);
    return {
      projection,
      ukraine: path(ukraine) ?? '',
      neighbours: neighbours.map((f) => ({ id: String(f.id), name: f.properties.name, d: path(f) ?? '' })),
    };
  }, []);
  const types = [...new Set(incidents.map((i) => i.type))].sort() as IncidentType[];
  // larger dots first, so that small ones stay visible on top
  const dots = [...incidents].sort((a, b) => radius(b) - radius(a));

  return (
    <figure className="chart incident-map" aria-labelledby="incident-map-title">
      <figcaption className="chart__title" id="incident-map-title">
        Where they happened
      </figcaption>
      <p className="chart__description">
        {incidents.length === 0
          ? 'No incident in this period.'
          : `${fmtNumber(incidents.length, 0)} incident${incidents.length === 1 ? '' : 's'}, each a dot coloured by type and sized by casualties (killed and injured); rejected reports are left out unless chosen. `}
        {note}
      </p>
      <div className="incident-map__body">
        <svg
          className="incident-map__svg"
          viewBox={`0 0 ${W} ${H}`}
          width="100%"
          role="img"
          aria-label={`Map of Ukraine with ${incidents.length} incidents; the table below lists them`}
        >
          <rect x={0} y={0} width={W} height={H} className="incident-map__sea" />
          {shapes.neighbours.map((n) => (
            <path key={n.id} d={n.d} className="incident-map__neighbour">
              <title>{n.name}</title>
            </path>
          ))}
          <path d={shapes.ukraine} className="incident-map__ukraine" data-country="Ukraine">
            <title>Ukraine</title>
          </path>
          {dots.map((i) => {
            const p = shapes.projection([i.longitude, i.latitude]);
            if (!p) return null;
            return (
              <circle
                key={i.id}
                cx={p[0]}
                cy={p[1]}
                r={radius(i)}
                fill={TYPE_COLOURS[i.type]}
                className="incident-map__dot"
                data-reference={i.reference}
              >
                <title>{`${i.reference}: ${TYPE_LABELS[i.type]}, ${fmtKyiv(i.occurredAt)} (Kyiv), ${i.settlement ? `${i.settlement}, ` : ''}${i.regionName}; casualties: ${casualtyWords(i)}${i.illustrative ? ' — illustrative' : ''}`}</title>
              </circle>
            );
          })}
        </svg>
        <div className="incident-map__legend">
          {/* legend titles, not headings: the map sits above the page's first h2 */}
          <p className="heading-s" id="incident-legend-type">
            Type
          </p>
          <ul className="incident-legend" aria-labelledby="incident-legend-type">
            {types.map((t) => (
              <li key={t} className="incident-legend__item">
                <svg width="14" height="14" aria-hidden="true" focusable="false">
                  <circle cx="7" cy="7" r="6" fill={TYPE_COLOURS[t]} />
                </svg>
                {TYPE_LABELS[t]} ({fmtNumber(incidents.filter((i) => i.type === t).length, 0)})
              </li>
            ))}
          </ul>
          <p className="heading-s" id="incident-legend-casualties">
            Casualties
          </p>
          <ul className="incident-legend" aria-labelledby="incident-legend-casualties">
            {[0, 1, 5, 20].map((n) => (
              <li key={n} className="incident-legend__item">
                <svg width="28" height="28" aria-hidden="true" focusable="false">
                  <circle
                    cx="13"
                    cy="13"
                    r={Math.min(13, 4 + 1.8 * Math.sqrt(n))}
                    className="incident-legend__size"
                  />
                </svg>
                {n === 0 ? 'none' : n === 20 ? '20 or more' : `${n} killed or injured`}
              </li>
            ))}
          </ul>
          <p className="hint">
            Outline: Natural Earth 1:50m (public domain), with Crimea as part of Ukraine.
          </p>
        </div>
      </div>
    </figure>
  );
}
