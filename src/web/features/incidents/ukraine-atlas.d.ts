/**
 * The map's outlines, cut from Natural Earth at build time (scripts/ukraine-atlas.ts, a Vite
 * plugin): Ukraine with Crimea, and its neighbours with Russia without it.
 */
declare module 'virtual:ukraine-atlas' {
  import type { Feature, MultiPolygon } from 'geojson';

  type Country = Feature<MultiPolygon, { name: string }>;
  const atlas: { ukraine: Country; neighbours: Country[] };
  export default atlas;
}
