/**
 * The activation board in a real browser against a real server with the Paris 2026 demo:
 * Ukraine's negotiator opens the illustrative determination, sees every activated commitment
 * with its due time, the counts by state, the blocked item shown as blocked, and the signature
 * verified.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoServerForFile, newScreen, signIn } from './support';

const demo = demoServerForFile('activation');
const slow = { timeout: 30_000, interval: 250 };

/** A fresh screen signed in as `email`. */
async function screenAs(email: string): Promise<Page> {
  const { browser, server } = demo()!;
  const page = await newScreen(browser);
  await signIn(page, server.url, email);
  return page;
}

describe('the activation board', () => {
  it("Ukraine opens the demo determination's board: items, counts, blockers, signature", async () => {
    if (!demo()) return; // reason printed by launchChromium
    const page = await screenAs('ukraine@demo.guarantor');
    await page.getByRole('link', { name: 'Activation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trigger determinations' }).waitFor();
    await page
      .getByRole('link', { name: /^DET-2026-/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /Renewed armed attack/ }).waitFor();
    expect(await page.getByRole('note').filter({ hasText: 'invented for the demo' }).count()).toBe(1);
    const rows = page.locator('table.act-board tbody tr');
    await expect.poll(() => rows.count(), slow).toBeGreaterThan(10);
    expect(await rows.filter({ hasText: 'GB-2024-002' }).getByText('Honoured on time').count()).toBe(1);
    expect(await rows.filter({ hasText: 'FR-2024-003' }).getByText('Blocked').count()).toBeGreaterThan(0);
    const stats = page.getByLabel('Items by state');
    expect(await stats.locator('.stats__item', { hasText: 'On time' }).locator('dd').textContent()).toBe('3');
    await expect.poll(() => page.getByText('Signature verified').count(), slow).toBe(1);
  });

  it('the secretariat runs a simulation and follows it to its bands, live', async () => {
    const server = demo()?.server;
    if (!server) return; // reason printed by launchChromium
    const page = await screenAs('secretariat@demo.guarantor');
    await page.goto(`${server.url}/simulation`);
    await page.getByRole('heading', { level: 1, name: 'What can we count on?' }).waitFor();
    const asked: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/simulations/')) asked.push(path);
    });
    await page.getByLabel('Runs').fill('20000');
    await page.getByRole('button', { name: 'Run the simulation' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('job'), slow).toBeTruthy();
    await page
      .getByRole('heading', { level: 2, name: /commitments activated; 20,000 runs, seed 1/ })
      .waitFor({
        timeout: 60_000,
      });
    // followed through its server-sent events, then read once for the result: no polling
    const id = new URL(page.url()).searchParams.get('job');
    expect(asked).toContain(`/api/simulations/${id}/events`);
    expect(asked.filter((p) => p === `/api/simulations/${id}`).length).toBeLessThanOrEqual(2);
    expect(await page.locator('.act-bands svg').count()).toBeGreaterThan(3);
    expect(await page.getByRole('table', { name: 'The commitments that most often fail' }).count()).toBe(1);
  });
});
