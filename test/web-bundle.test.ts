/**
 * The web build's weight (issue 8): the JavaScript of a first load — the entry script and the
 * modules index.html preloads with it — is at most 300 KB gzipped, and every page of the router
 * is loaded lazily, in a chunk of its own, outside that first load. Reads dist/web, which
 * `npm test` builds before it runs vitest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { BOX, ukraineAtlas } from '../scripts/ukraine-atlas.mjs';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist', 'web');
const APP = join(ROOT, 'src', 'web', 'app.tsx');
const FIRST_LOAD_LIMIT_KB = 300;
/** The incidents map's chunk, with the outlines cut from the atlas at build time. */
const MAP_LIMIT_KB = 40;

function dist(): { html: string; assets: string[] } {
  const index = join(DIST, 'index.html');
  if (!existsSync(index))
    throw new Error(`${index} is missing: run \`npm run build:web\` (vite build) before this test`);
  return {
    html: readFileSync(index, 'utf8'),
    assets: readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js')),
  };
}

const gzipKb = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1024;

/** The scripts a first load fetches: the entry module and every modulepreload link. */
function firstLoad(html: string): string[] {
  const entry = [...html.matchAll(/<script\b[^>]*type="module"[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*\bhref="\/([^"]+)"/g)].map(
    (m) => m[1],
  );
  return [...entry, ...preloads].filter((f): f is string => !!f);
}

/** The router's pages: each element's component, and the module its lazy() imports, if any. */
function pages(source: string): { component: string; module: string | null }[] {
  const lazyModules = new Map(
    [...source.matchAll(/const (\w+) = lazy\(\(\) => import\('([^']+)'\)\)/g)].map((m) => [m[1], m[2]]),
  );
  const components = new Set([...source.matchAll(/element: <(\w+) \/>/g)].map((m) => m[1]));
  return [...components]
    .filter((c): c is string => !!c && c !== 'Layout')
    .map((component) => ({ component, module: lazyModules.get(component) ?? null }));
}

describe('the web build', () => {
  it(`loads at most ${FIRST_LOAD_LIMIT_KB} KB of JavaScript (gzipped) on a first visit`, () => {
    const { html } = dist();
    const files = firstLoad(html);
    expect(files.length).toBeGreaterThan(0);
    const sizes = files.map((f) => ({ file: f, kb: gzipKb(f) }));
    const total = sizes.reduce((s, x) => s + x.kb, 0);
    process.stdout.write(
      `first load: ${sizes.map((s) => `${basename(s.file)} ${s.kb.toFixed(1)} KB`).join(', ')}; ` +
        `total ${total.toFixed(1)} KB gzipped\n`,
    );
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_LIMIT_KB);
  });

  it('loads every page of the router lazily, in a chunk of its own outside the first load', () => {
    const { html, assets } = dist();
    const source = readFileSync(APP, 'utf8');
    // no page is imported statically into the frame
    expect(source.match(/^import .* from '\.\/features\//gm) ?? []).toEqual([]);
    const routes = pages(source);
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((r) => r.module === null).map((r) => r.component)).toEqual([]);

    // each lazily imported module is a chunk named after it, and none of them loads first
    const first = new Set(firstLoad(html).map((f) => basename(f)));
    const modules = routes.map((r) => basename(r.module ?? ''));
    const wanted = new Map<string, number>();
    for (const m of modules) wanted.set(m, (wanted.get(m) ?? 0) + 1);
    for (const [name, count] of wanted) {
      const chunks = assets.filter((a) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(a));
      expect(chunks.length, `chunks for ${name}`).toBeGreaterThanOrEqual(count);
      expect(
        chunks.filter((c) => first.has(c)),
        `${name} in the first load`,
      ).toEqual([]);
    }
  });

  it(`keeps the incidents map's chunk under ${MAP_LIMIT_KB} KB gzipped (not the whole atlas)`, () => {
    const { assets } = dist();
    const map = assets.filter((a) => a.startsWith('ukraine-map-'));
    expect(map).toHaveLength(1);
    const kb = gzipKb(`assets/${map[0]}`);
    process.stdout.write(`incidents map chunk: ${kb.toFixed(1)} KB gzipped\n`);
    expect(kb).toBeLessThanOrEqual(MAP_LIMIT_KB);
  });
});

describe("the incidents map's outlines, cut from Natural Earth at build time", () => {
  const atlas = ukraineAtlas();
  const simferopol: [number, number] = [34.1, 44.95];
  const kyiv: [number, number] = [30.52, 50.45];

  it('draws Crimea as part of Ukraine (UN GA resolution 68/262), not of Russia', () => {
    expect(geoContains(atlas.ukraine, simferopol)).toBe(true);
    expect(geoContains(atlas.ukraine, kyiv)).toBe(true);
    const russia = atlas.neighbours.find((c) => c.id === '643');
    expect(russia).toBeDefined();
    expect(geoContains(russia as NonNullable<typeof russia>, simferopol)).toBe(false);
  });

  it('keeps only Ukraine and its neighbours, inside the box around Ukraine', () => {
    expect(atlas.neighbours.map((c) => c.properties.name).sort()).toEqual(
      ['Belarus', 'Hungary', 'Moldova', 'Poland', 'Romania', 'Russia', 'Slovakia'].sort(),
    );
    const points = [atlas.ukraine, ...atlas.neighbours].flatMap((c) => c.geometry.coordinates.flat(2));
    for (const [lon = Number.NaN, lat = Number.NaN] of points) {
      expect(lon).toBeGreaterThanOrEqual(BOX.west);
      expect(lon).toBeLessThanOrEqual(BOX.east);
      expect(lat).toBeGreaterThanOrEqual(BOX.south);
      expect(lat).toBeLessThanOrEqual(BOX.north);
    }
    // a few thousand points, not the whole atlas's
    expect(points.length).toBeLessThan(5000);
  });
});
