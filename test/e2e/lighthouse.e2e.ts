/**
 * Lighthouse in the browser tests (the short form of `npm run bench -- --only lighthouse`): the
 * dashboard, the register and a commitment's page, signed in, desktop preset, one run each —
 * performance ≥ 90 and accessibility ≥ 95. Without Chromium this skips on a developer's machine
 * and fails under CI=true, like the other browser tests.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../bench/lighthouse.bench';

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ci = process.env.CI === 'true';
if (!existsSync(chrome) && !ci) process.stderr.write(`skip: no Chromium at ${chrome}; no Lighthouse check\n`);

describe.skipIf(!existsSync(chrome) && !ci)('Lighthouse on the main pages', () => {
  it('meets performance ≥ 90 and accessibility ≥ 95', async () => {
    process.env.LIGHTHOUSE_NO_BUILD = '1';
    process.env.LIGHTHOUSE_PAGES ??= 'dashboard,register,commitment';
    const results = await run({ quick: true });
    expect(results.length, 'Lighthouse measured nothing (is Chromium installed?)').toBe(6);
    for (const r of results) expect(r.met, `${r.name}: ${r.value} (${r.note})`).toBe(true);
  }, 300_000);
});
