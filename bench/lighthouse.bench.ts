/**
 * Issue 8's web quality: Lighthouse 12 (its desktop preset: simulated throttling on a dense 4G
 * link, 1350×940 at device pixel ratio 1) on the main pages, signed in as the secretariat, against
 * a server with the Paris 2026 demo serving the production build (built here first). Figures: the
 * performance and accessibility scores of each page (targets 90 and 95), with the metrics and any
 * failing accessibility audits in the note. Chromium is Debian's (`CHROME_PATH`, default
 * /usr/bin/chromium), headless; traffic stays on loopback. Lighthouse's full reports are written
 * to the system's temporary directory, guarantor-lighthouse/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { freePort } from '../test/support/server-process';
import { kill, spawnAndWait } from './support/load';
import { type BenchOptions, type BenchResult, result } from './types';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'guarantor.mjs');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const TARGETS = { performance: 90, accessibility: 95 } as const;
type Category = keyof typeof TARGETS;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Signs the secretariat in; the session cookie goes with every request Lighthouse makes. */
async function signIn(url: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'secretariat@demo.guarantor', password: 'coalition-demo-2026' }),
  });
  if (r.status !== 200) throw new Error(`sign-in: HTTP ${r.status} ${await r.text()}`);
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (cookie.length === 0) throw new Error('sign-in set no cookie');
  return cookie.join('; ');
}

async function pages(url: string, cookie: string): Promise<[string, string][]> {
  const r = await fetch(`${url}/api/commitments?pageSize=1&sort=ref`, { headers: { cookie } });
  const list = (await r.json()) as { items: { id: string }[] };
  const first = list.items[0];
  if (!first) throw new Error('the demo register is empty');
  return [
    ['dashboard', '/'],
    ['register', '/commitments'],
    ['commitment', `/commitments/${first.id}`],
    ['incidents', '/incidents'],
    ['positions', '/positions'],
    ['documents', '/documents'],
  ];
}

interface Audit {
  score: number | null;
  displayValue?: string;
}

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/**
 * One Lighthouse run of the page; once more if the trace was not recorded (Chromium now and then
 * misses the navigation's start, NO_NAVSTART, on a loaded machine).
 */
async function audit(port: number, url: string, cookie: string): Promise<Result> {
  let last = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    const r = await lighthouse(
      url,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: { cookie },
      },
      desktopConfig,
    );
    if (!r) throw new Error(`lighthouse gave no result for ${url}`);
    if (!r.lhr.runtimeError) return r.lhr;
    last = `${r.lhr.runtimeError.code}: ${r.lhr.runtimeError.message}`;
  }
  throw new Error(`lighthouse on ${url}: ${last}`);
}

export async function run(opts: BenchOptions): Promise<BenchResult[]> {
  if (!existsSync(CHROME)) {
    process.stderr.write(`  skip: no Chromium at ${CHROME} (CHROME_PATH); no Lighthouse figures\n`);
    return [];
  }
  // measure the build of the sources as they are, not a stale one (the browser tests, which run
  // after npm test's own build, say LIGHTHOUSE_NO_BUILD=1)
  if (process.env.LIGHTHOUSE_NO_BUILD !== '1') {
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'guarantor-bench-lighthouse-'));
  const reports = join(tmpdir(), 'guarantor-lighthouse');
  mkdirSync(reports, { recursive: true });
  const port = await freePort();
  const server = await spawnAndWait([BIN, 'serve'], {
    GUARANTOR_DATA: dataDir,
    PORT: String(port),
    GUARANTOR_NO_DEMO: '',
    GUARANTOR_LOG: 'warn',
  });
  const url = `http://127.0.0.1:${port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const out: BenchResult[] = [];
  try {
    const cookie = await signIn(url);
    // a full run takes the median of three (performance moves a few points between runs)
    const runs = opts.quick ? 1 : 3;
    // LIGHTHOUSE_PAGES=documents,incidents measures only those pages
    const only = process.env.LIGHTHOUSE_PAGES?.split(',');
    for (const [name, path] of await pages(url, cookie)) {
      if (only && !only.includes(name)) continue;
      const scores: Record<Category, number[]> = { performance: [], accessibility: [] };
      let audits: Record<string, Audit> = {};
      let failing: string[] = [];
      for (let i = 0; i < runs; i++) {
        const lhr = await audit(chrome.port, `${url}${path}`, cookie);
        writeFileSync(join(reports, `${name}-${i}.json`), JSON.stringify(lhr));
        for (const c of Object.keys(TARGETS) as Category[])
          scores[c].push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
        audits = lhr.audits;
        // the accessibility audits that count towards the score and did not pass
        failing = (lhr.categories.accessibility?.auditRefs ?? [])
          .filter((a) => a.weight > 0 && (audits[a.id]?.score ?? 1) < 1)
          .map((a) => a.id);
      }
      const metric = (id: string) => audits[id]?.displayValue ?? '?';
      for (const c of Object.keys(TARGETS) as Category[]) {
        out.push(
          result({
            name: `lighthouse.${name}.${c}`,
            value: median(scores[c]),
            unit: 'score',
            baseline: null,
            target: TARGETS[c],
            note:
              `${path === '/' ? 'dashboard' : path.replace(/\/[0-9a-f-]{36}$/, '/:id')}, desktop preset, ` +
              (runs > 1 ? `median of ${runs} (${scores[c].join(', ')}), ` : 'one run, ') +
              (c === 'performance'
                ? `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`
                : failing.length
                  ? `failing audits: ${failing.join(', ')}`
                  : 'no failing audit'),
          }),
        );
      }
    }
  } finally {
    chrome.kill();
    await kill(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.stderr.write(`  Lighthouse reports in ${reports}\n`);
  return out;
}
