/**
 * Force generation in a real browser against a real server with the Paris 2026 demo: a planner
 * opens the sourcing conference, solves a plan and sees the allocation matrix and the burden
 * chart; a UK delegate, in a second browser context, offers a British unit; the planner's open
 * page shows the arrival live (server-sent events, no reload) and says the plan is now older
 * than the scenario.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoServerForFile, newScreen, signIn } from './support';

const demo = demoServerForFile('forcegen');
/** expect.poll gives up after 1 s by default: a solve and a server under load need longer. */
const slow = { timeout: 60_000, interval: 250 };

/** A screen of its own (a browser context: its own session), signed in as `email`, named `name`. */
async function signedIn(email: string, name: string): Promise<Page> {
  const { browser, server } = demo()!;
  const page = await newScreen(browser);
  await signIn(page, server.url, email);
  // the header names who is signed in (the sign-in page lists the demo accounts too, so wait for this)
  await page.locator('.site-header__user', { hasText: name }).waitFor();
  return page;
}

describe('force generation in Chromium', () => {
  it('solves a plan, then shows a delegation’s offer arriving live on the planner’s page', async () => {
    const server = demo()?.server;
    if (!server) return; // reason printed by launchChromium
    const planner = await signedIn('planner@demo.guarantor', 'Force planner');

    // the scenarios list leads to the illustrative Paris scenario
    await planner.goto(`${server.url}/forcegen`);
    await planner.getByRole('link', { name: /Paris coalition sourcing conference/ }).click();
    await expect.poll(() => planner.url(), slow).toContain('/forcegen/paris-2026');
    await planner.getByRole('heading', { level: 1, name: /Paris coalition/ }).waitFor();
    expect(await planner.getByRole('note').filter({ hasText: 'Illustrative scenario' }).count()).toBe(1);
    // the statement of requirements is the first tab, 80 lines
    expect(await planner.getByRole('tab', { name: 'Requirements (80)' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await expect.poll(() => planner.getByRole('tabpanel').locator('tbody tr').count(), slow).toBe(80);

    // the plan tab (in the URL); solve and wait for the plan
    await planner.getByRole('tab', { name: /^Plan/ }).click();
    await expect.poll(() => planner.url(), slow).toContain('tab=plan');
    await planner.getByRole('button', { name: /^Solve/ }).click();
    await expect.poll(() => planner.url(), slow).toMatch(/plan=[0-9a-f-]{36}/);
    const matrix = planner.getByRole('table', { name: /Allocation matrix/ });
    await expect.poll(() => matrix.count(), slow).toBe(1);
    await expect
      .poll(() => planner.getByRole('status').filter({ hasText: 'The plan is ready' }).count(), slow)
      .toBe(1);
    // lines × nations: 80 line rows (plus the totals row), filled cells with units
    expect(await matrix.locator('tbody tr').count()).toBe(80);
    expect(await matrix.locator('td.fg-matrix__filled').count()).toBeGreaterThan(50);
    expect(await planner.getByText('Proven optimal').count()).toBeGreaterThan(0);
    // burden sharing: the chart (an image with its own name) and its table
    const chart = planner.getByRole('img', { name: /Burden sharing: share of the force/ });
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('rect.chart__bar--second').count()).toBe(30);
    expect(await planner.getByRole('heading', { name: /Gaps/ }).count()).toBeGreaterThan(0);
    const offersBefore = await planner.getByRole('tab', { name: /^Offers/ }).textContent();
    expect(offersBefore).toBe('Offers (400)');

    // a UK delegate, in another browser context, offers a British unit
    const uk = await signedIn('uk@demo.guarantor', 'UK delegation officer');
    await uk.goto(`${server.url}/forcegen/paris-2026?tab=offers`);
    await uk.getByText('Offer a unit').click();
    const form = uk.getByRole('region', { name: 'Offer a unit' });
    // the nation is limited to the delegate's own
    const nations = await form.getByLabel('Nation').locator('option').allTextContents();
    expect(nations).toEqual(['United Kingdom (GB)']);
    await form.getByLabel('Unit', { exact: true }).fill('22 Engineer Regiment, 1 company');
    await form.getByLabel('Capability').selectOption('engineering');
    await form.getByLabel('Quantity').fill('1');
    await form.getByLabel('Readiness').selectOption('ready');
    await form.getByLabel('Notice-to-move, in days').fill('10');
    await form.getByLabel('Not in a combat zone').check();
    await form.getByRole('button', { name: 'Send the offer' }).click();
    await form.getByRole('status').filter({ hasText: 'the scenario is now at version 2' }).waitFor();

    // the planner's page, not reloaded, shows the arrival and that the plan is now older
    await expect
      .poll(
        () =>
          planner
            .getByRole('status')
            .filter({ hasText: 'United Kingdom offered 1 engineering company — version 2' })
            .count(),
        slow,
      )
      .toBe(1);
    await expect
      .poll(() => planner.getByRole('tab', { name: /^Offers/ }).textContent(), slow)
      .toBe('Offers (401)');
    await expect
      .poll(() => planner.getByText('1 offer arrived since this plan; solve again.').count(), slow)
      .toBe(1);
    // and the offers table has it, marked new
    await planner.getByRole('tab', { name: /^Offers/ }).click();
    const row = planner.getByRole('row').filter({ hasText: '22 Engineer Regiment, 1 company' });
    await expect.poll(() => row.count(), slow).toBe(1);
    expect(await row.getByText('New', { exact: true }).count()).toBe(1);
    expect(await row.getByText('Not in a combat zone').count()).toBe(1);
  });
});
