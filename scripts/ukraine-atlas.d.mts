import type { Feature, MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Country = Feature<MultiPolygon, { name: string }>;
export interface UkraineAtlas {
  /** Ukraine with Crimea. */
  ukraine: Country;
  /** Ukraine's neighbours (Russia without Crimea), drawn pale for context. */
  neighbours: Country[];
}
export const BOX: { west: number; east: number; south: number; north: number };
export function extractUkraineAtlas(
  topo: Topology<{ countries: GeometryCollection<{ name: string }> }>,
): UkraineAtlas;
export function ukraineAtlas(): UkraineAtlas;
export function ukraineAtlasPlugin(): {
  name: string;
  resolveId: (id: string) => string | null;
  load: (id: string) => string | null;
};
