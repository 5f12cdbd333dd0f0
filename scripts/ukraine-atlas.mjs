/**
 * The incidents map's outlines, cut at build time from Natural Earth's 1:50m countries
 * (world-atlas): Ukraine and its neighbours only, clipped to a box around Ukraine, coordinates
 * rounded to 0.01° (about 1 km, under a pixel of the 760-pixel-wide map). The web build gets
 * them as the module `virtual:ukraine-atlas` (the Vite plugin below, registered in
 * vite.config.ts): a few kilobytes instead of the whole 750 kB atlas in the map's chunk.
 * `node scripts/ukraine-atlas.mjs` prints the extract's size.
 *
 * Natural Earth's 1:50m file draws Crimea inside Russia's multipolygon; Guarantor shows Ukraine
 * in its internationally recognised borders (UN General Assembly resolution 68/262), so the
 * Crimean polygon is taken from there and drawn as Ukraine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';

const UKRAINE = '804';
const RUSSIA = '643';
/** Poland, Belarus, Russia, Moldova, Romania, Hungary, Slovakia (ISO 3166 numeric). */
const NEIGHBOURS = ['616', '112', RUSSIA, '498', '642', '348', '703'];
const SIMFEROPOL = [34.1, 44.95];
/** Longitudes and latitudes kept: wider than the map, which fits Ukraine, ever shows. */
export const BOX = { west: 12, east: 50, south: 38, north: 60 };
const STEP = 100; // rounding to 1/100 degree

/**
 * Sutherland–Hodgman against one edge of the box: the box is convex, so a ring stays one ring
 * (where the box cuts a ring in two, they are joined along the box's edge, outside the map).
 */
function clipEdge(ring, inside, cut) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    if (inside(cur)) {
      if (!inside(prev)) out.push(cut(prev, cur));
      out.push(cur);
    } else if (inside(prev)) out.push(cut(prev, cur));
  }
  return out;
}

const atLon = (x) => (a, b) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const atLat = (y) => (a, b) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

/** A ring clipped to the box, rounded, without repeated points; null when too little is left. */
function clipRing(ring) {
  let r = ring.slice(0, -1); // GeoJSON rings repeat their first point last
  r = clipEdge(r, (p) => p[0] >= BOX.west, atLon(BOX.west));
  r = clipEdge(r, (p) => p[0] <= BOX.east, atLon(BOX.east));
  r = clipEdge(r, (p) => p[1] >= BOX.south, atLat(BOX.south));
  r = clipEdge(r, (p) => p[1] <= BOX.north, atLat(BOX.north));
  const out = [];
  for (const [x, y] of r) {
    const p = [Math.round(x * STEP) / STEP, Math.round(y * STEP) / STEP];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1])
    out.pop();
  return out.length < 3 ? null : [...out, out[0]];
}

function clipPolygons(polygons) {
  const out = [];
  for (const [outer, ...holes] of polygons) {
    const shell = clipRing(outer);
    if (shell) out.push([shell, ...holes.map(clipRing).filter(Boolean)]);
  }
  return out;
}

const polygonsOf = (f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);

/** Cuts the outlines out of a world-atlas countries topology. */
export function extractUkraineAtlas(topo) {
  const byId = new Map(feature(topo, topo.objects.countries).features.map((f) => [String(f.id), f]));
  const ua = byId.get(UKRAINE);
  const ru = byId.get(RUSSIA);
  if (!ua || !ru) throw new Error('the atlas has no Ukraine or Russia');
  const isCrimea = (p) => geoContains({ type: 'Polygon', coordinates: p }, SIMFEROPOL);
  const country = (id, name, polygons) => ({
    type: 'Feature',
    id,
    properties: { name },
    geometry: { type: 'MultiPolygon', coordinates: clipPolygons(polygons) },
  });
  const ukraine = country(UKRAINE, 'Ukraine', [...polygonsOf(ua), ...polygonsOf(ru).filter(isCrimea)]);
  const neighbours = NEIGHBOURS.flatMap((id) => {
    const f = byId.get(id);
    if (!f) return [];
    const polygons = id === RUSSIA ? polygonsOf(f).filter((p) => !isCrimea(p)) : polygonsOf(f);
    const c = country(id, f.properties.name, polygons);
    return c.geometry.coordinates.length ? [c] : [];
  });
  return { ukraine, neighbours };
}

/** The outlines from the installed world-atlas. */
export function ukraineAtlas() {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  return extractUkraineAtlas(JSON.parse(readFileSync(file, 'utf8')));
}

const VIRTUAL = 'virtual:ukraine-atlas';
const RESOLVED = `\0${VIRTUAL}`;

/** Vite plugin: `import atlas from 'virtual:ukraine-atlas'` gives the extracted outlines. */
export function ukraineAtlasPlugin() {
  return {
    name: 'guarantor-ukraine-atlas',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(ukraineAtlas())};` : null),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const atlas = ukraineAtlas();
  const points = [atlas.ukraine, ...atlas.neighbours]
    .flatMap((c) => c.geometry.coordinates.flat())
    .reduce((n, ring) => n + ring.length, 0);
  process.stdout.write(
    `${[atlas.ukraine, ...atlas.neighbours].map((c) => c.properties.name).join(', ')}: ` +
      `${points} points, ${JSON.stringify(atlas).length} bytes of JSON\n`,
  );
}
