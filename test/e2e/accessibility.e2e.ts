/**
 * axe-core on every main page in a real browser against a real server with the Paris 2026 demo,
 * each page opened by the demo role that works with it. The rule: no violation of impact
 * "serious" or "critical" (WCAG 2.x A and AA, and axe's best practices). Every violation found,
 * of any impact, is printed with its rule, impact and the nodes it names, so that a failure says
 * what to fix.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoServerForFile, newScreen, signIn } from './support';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const demo = demoServerForFile('a11y');
const contexts = new Map<string, BrowserContext>();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** One signed-in browser context per demo account, reused across pages. */
async function pageAs(email: string | null): Promise<Page> {
  const d = demo();
  if (!d) throw new Error('no browser');
  const key = email ?? 'anonymous';
  let context = contexts.get(key);
  if (!context) {
    // the server's Content-Security-Policy allows no inline script; axe is injected as one
    const first = await newScreen(d.browser, { bypassCSP: true });
    context = first.context();
    contexts.set(key, context);
    if (email) await signIn(first, d.server.url, email);
    await first.close();
  }
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** Opens a path and waits until the page has its heading and nothing is loading any more. */
async function open(page: Page, path: string, ready?: string): Promise<void> {
  const server = demo()?.server;
  if (!server) throw new Error('no server');
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (ready) await page.locator(ready).first().waitFor();
  await expect.poll(() => page.locator('.loading').count(), { timeout: 30_000 }).toBe(0);
  // charts and lazily loaded parts settle after their data
  await page.waitForTimeout(300);
}

/** The first link on the page whose path matches, e.g. one commitment of the register. */
async function firstHref(page: Page, pattern: RegExp): Promise<string> {
  let href: string | undefined;
  await expect
    .poll(
      async () => {
        const all = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        href = all.find((h): h is string => !!h && pattern.test(h));
        return href;
      },
      { timeout: 30_000 },
    )
    .toBeTruthy();
  return href as string;
}

/** Runs axe-core on the page; prints every violation and returns the serious and critical ones. */
async function axe(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  for (const v of violations) {
    process.stdout.write(`axe ${label}: ${v.id} (${v.impact}) ${v.help}\n`);
    for (const n of v.nodes.slice(0, 8))
      process.stdout.write(
        `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}\n`,
      );
    if (v.nodes.length > 8) process.stdout.write(`    … and ${v.nodes.length - 8} more\n`);
  }
  if (violations.length === 0) process.stdout.write(`axe ${label}: no violation\n`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the page as the account and runs axe; what is serious goes into `found`. */
async function check(
  found: string[],
  email: string | null,
  path: string,
  label: string,
  ready?: string,
): Promise<Page> {
  const page = await pageAs(email);
  await open(page, path, ready);
  found.push(...(await axe(page, label)));
  return page;
}

describe('axe-core finds no serious or critical violation', () => {
  it('sign-in', async () => {
    if (!demo()) return; // reason printed by launchChromium
    const found: string[] = [];
    const page = await check(found, null, '/sign-in', 'sign-in');
    await page.close();
    expect(found).toEqual([]);
  });

  it('dashboard', async () => {
    if (!demo()) return;
    const found: string[] = [];
    await (await check(found, 'secretariat@demo.guarantor', '/', 'dashboard')).close();
    expect(found).toEqual([]);
  });

  it('the register, a commitment and the new commitment form', async () => {
    if (!demo()) return;
    const found: string[] = [];
    const page = await check(found, 'uk@demo.guarantor', '/commitments', 'register', 'table tbody tr');
    const href = await firstHref(page, /^\/commitments\/(?!new\b)[^/?]+$/);
    await open(page, href, '[role="tabpanel"]');
    found.push(...(await axe(page, `commitment ${href}`)));
    await open(page, '/commitments/new', 'form');
    found.push(...(await axe(page, 'new commitment')));
    await page.close();
    expect(found).toEqual([]);
  });

  it('force generation: scenarios and a scenario, each of its tabs', async () => {
    if (!demo()) return;
    const found: string[] = [];
    const page = await check(found, 'planner@demo.guarantor', '/forcegen', 'forcegen scenarios');
    const href = await firstHref(page, /^\/forcegen\/[^/?]+$/);
    await open(page, href, '[role="tabpanel"]');
    found.push(...(await axe(page, `forcegen scenario ${href}`)));
    for (const tab of ['offers', 'plan', 'whatif']) {
      await open(page, `${href}?tab=${tab}`, '[role="tabpanel"]');
      found.push(...(await axe(page, `forcegen scenario ${href}?tab=${tab}`)));
    }
    await page.close();
    expect(found).toEqual([]);
  });

  it('incidents: the list with its map, and one incident', async () => {
    if (!demo()) return;
    const found: string[] = [];
    const page = await check(
      found,
      'monitor@demo.guarantor',
      '/incidents',
      'incidents',
      'svg.incident-map__svg',
    );
    const href = await firstHref(page, /^\/incidents\/(?!new\b|import\b)[^/?]+$/);
    await open(page, href);
    found.push(...(await axe(page, `incident ${href}`)));
    await page.close();
    expect(found).toEqual([]);
  });

  it('activation: determinations, a board, reliability and the simulation', async () => {
    if (!demo()) return;
    const found: string[] = [];
    const page = await check(found, 'ukraine@demo.guarantor', '/determinations', 'determinations');
    const href = await firstHref(page, /^\/determinations\/[^/?]+$/);
    await open(page, href, 'table.act-board tbody tr');
    found.push(...(await axe(page, `activation board ${href}`)));
    await open(page, '/reliability');
    found.push(...(await axe(page, 'reliability')));
    await open(page, '/simulation');
    found.push(...(await axe(page, 'simulation')));
    await page.close();
    expect(found).toEqual([]);
  });

  it('summits, a summit and the memo trace page', async () => {
    if (!demo()) return;
    const found: string[] = [];
    const page = await check(found, 'secretariat@demo.guarantor', '/summits', 'summits');
    const href = await firstHref(page, /^\/summits\/[^/?]+$/);
    await open(page, href);
    found.push(...(await axe(page, `summit ${href}`)));
    await open(page, '/memos/trace', 'form');
    found.push(...(await axe(page, 'memo trace')));
    await page.close();
    expect(found).toEqual([]);
  });

  it('positions heat map, pressure, timeline and the timeline import', async () => {
    if (!demo()) return;
    const found: string[] = [];
    const page = await check(found, 'secretariat@demo.guarantor', '/positions', 'positions');
    await open(page, '/pressure');
    found.push(...(await axe(page, 'pressure')));
    await open(page, '/timeline');
    found.push(...(await axe(page, 'timeline')));
    await open(page, '/timeline/import', 'form');
    found.push(...(await axe(page, 'timeline import')));
    await page.close();
    expect(found).toEqual([]);
  });

  it('documents and compliance', async () => {
    if (!demo()) return;
    const found: string[] = [];
    const page = await check(found, 'secretariat@demo.guarantor', '/documents', 'documents');
    await open(page, '/compliance');
    found.push(...(await axe(page, 'compliance')));
    await page.close();
    expect(found).toEqual([]);
  });
});
