/** Chromium for browser tests: Debian's package, driven by playwright-core. */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

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
