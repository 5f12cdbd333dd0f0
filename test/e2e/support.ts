/** Chromium for browser tests (Debian's package, driven by playwright-core) and the demo server they use. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freePort, type ServerProcess, startServer, stopServer } from '../support/server-process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Null (with the reason printed) where Chromium is missing on a developer machine; CI must have it. */
export async function launchChromium(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true')
      throw new Error(`CI=true but ${CHROMIUM} is missing: .ci/run must apt-get install chromium`);
    process.stderr.write(
      `skip: no Chromium at ${CHROMIUM} (apt-get install -y chromium), so the browser tests do not run\n`,
    );
    return null;
  }
  // playwright gives every launch a fresh, empty profile (the --user-data-dir the flags call for)
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The demo users' password (demo/users.ts). */
export const DEMO_PASSWORD = 'coalition-demo-2026';

export interface DemoSuite {
  browser: Browser;
  server: ServerProcess;
}

/**
 * Chromium and a server with the Paris 2026 demo for one test file: started before its tests,
 * stopped after (every context the tests opened with it). The getter gives null where Chromium
 * is missing on a developer machine (the reason is printed; CI must have it).
 */
export function demoServerForFile(name: string): () => DemoSuite | null {
  const dataDir = mkdtempSync(join(tmpdir(), `guarantor-e2e-${name}-`));
  let suite: DemoSuite | null = null;
  beforeAll(async () => {
    const browser = await launchChromium();
    if (!browser) return;
    suite = { browser, server: await startServer(dataDir, await freePort(), { GUARANTOR_NO_DEMO: '' }) };
  });
  afterAll(async () => {
    await suite?.browser.close();
    if (suite) await stopServer(suite.server);
    rmSync(dataDir, { recursive: true, force: true });
  });
  return () => suite;
}

/** A page in a fresh context, as a 1280 × 900 British-English screen. */
export async function newScreen(browser: Browser, opts: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    ...opts,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** Signs `page` in through the sign-in form and waits until the header offers to sign out. */
export async function signIn(page: Page, serverUrl: string, email: string): Promise<void> {
  await page.goto(`${serverUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
