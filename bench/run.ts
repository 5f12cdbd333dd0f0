/**
 * npm run bench [-- --quick] [-- --only NAME]: runs every bench/*.bench.ts and writes
 * bench/results.json, an array of {name, value, unit, baseline, ratio, target, met}.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? args[onlyIdx + 1] : undefined;

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only))
  .sort();
const all: BenchResult[] = [];
for (const f of files) {
  process.stderr.write(`bench: ${f}${quick ? ' (quick)' : ''}\n`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as BenchModule;
  const rows = await mod.run({ quick });
  for (const r of rows) {
    process.stderr.write(
      `  ${r.name}: ${r.value} ${r.unit}` +
        (r.baseline !== null ? ` (baseline ${r.baseline}, ratio ${r.ratio})` : '') +
        (r.target !== null ? ` target ${r.target} ${r.met ? 'met' : 'NOT met'}` : '') +
        '\n',
    );
  }
  all.push(...rows);
}
// --only refreshes its own figures and keeps the others' from the last run
let out = all;
if (only) {
  const prefixes = new Set(all.map((r) => r.name.split('.')[0]));
  try {
    const previous = JSON.parse(readFileSync(join(here, 'results.json'), 'utf8')) as BenchResult[];
    out = [...previous.filter((r) => !prefixes.has(r.name.split('.')[0])), ...all];
  } catch {}
}
writeFileSync(join(here, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
process.stderr.write(`bench: wrote bench/results.json (${all.length} figures)\n`);
