/**
 * Writes bench/results.json into README.md between the BENCH markers, as a table, so that the
 * README's figures are always the last measured ones: `node scripts/bench-readme.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const rows = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const fmt = (v) =>
  v === null || v === undefined
    ? '—'
    : typeof v === 'number'
      ? v.toLocaleString('en-GB', { maximumFractionDigits: 3 })
      : String(v);
const table = [
  '| figure | value | unit | baseline | ratio | target | met | what |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${fmt(r.value)} | ${r.unit} | ${fmt(r.baseline)} | ${fmt(r.ratio)} | ${fmt(r.target)} | ${r.met === null ? '—' : r.met ? 'yes' : '**no**'} | ${(r.note ?? '').replaceAll('|', '/')} |`,
  ),
].join('\n');
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- BENCH:START -->';
const end = '<!-- BENCH:END -->';
if (!readme.includes(start)) throw new Error('README.md has no BENCH markers');
const next = `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n${readme.slice(readme.indexOf(end))}`;
writeFileSync('README.md', next);
process.stderr.write(`README.md: ${rows.length} figures\n`);
