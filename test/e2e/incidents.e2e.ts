/**
 * Incident reports in a real browser against a real server with the Paris 2026 demo: a monitor
 * opens /incidents and sees the two weeks to the latest report as a chart with its baseline,
 * per-region bars and the map of Ukraine with a dot per incident; then verifies one report.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoServerForFile, newScreen, signIn } from './support';

const demo = demoServerForFile('incidents');
let page: Page;

beforeAll(async () => {
  const d = demo();
  if (!d) return;
  page = await newScreen(d.browser);
});

describe('incident reports in Chromium', () => {
  it('shows the chart with its baseline, the regions and the map with one dot an incident', async () => {
    const server = demo()?.server;
    if (!server) return; // reason printed by launchChromium
    await signIn(page, server.url, 'monitor@demo.guarantor');
    await expect.poll(() => page.getByText('Monitoring mission officer').first().isVisible()).toBe(true);

    await page.goto(`${server.url}/incidents`);
    // the period defaults to the two weeks to the latest report, written into the URL
    await expect.poll(() => page.url()).toContain('from=2026-02-15&to=2026-02-28');
    await expect.poll(() => page.locator('.incident-day-chart rect.chart__bar').count()).toBe(14);
    expect(await page.locator('.incident-day-chart__baseline').count()).toBe(1);
    await expect
      .poll(() => page.locator('figcaption', { hasText: 'Incidents per region' }).isVisible())
      .toBe(true);

    // the map: Ukraine's outline, a dot for each incident of the period, each with its title
    const map = page.locator('svg.incident-map__svg');
    await expect.poll(() => map.locator('path[data-country="Ukraine"]').count()).toBe(1);
    const dots = map.locator('circle.incident-map__dot');
    await expect.poll(() => dots.count()).toBeGreaterThan(30);
    expect(await dots.first().locator('title').textContent()).toMatch(/^INC-2026-\d{4}: /);
    expect(await page.locator('.incident-legend__item').count()).toBeGreaterThan(4);
    await expect
      .poll(() => page.getByText('Illustrative incidents — not real reports.').isVisible())
      .toBe(true);

    // the filters are in the URL
    await page.locator('summary', { hasText: 'Region' }).click();
    await page.locator('#f-region-UA-23').check();
    await page.keyboard.press('Escape'); // the open list covers the button
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.url()).toContain('region=UA-23');
    await expect
      .poll(async () => {
        const cells = await page
          .getByRole('table', { name: 'Incident reports' })
          .locator('tbody tr td:nth-child(3)')
          .allTextContents();
        return cells.length > 0 && cells.every((c) => c.includes('Zaporizhzhia'));
      })
      .toBe(true);
  });

  it('a monitor moves a reported incident to corroborated', async () => {
    const server = demo()?.server;
    if (!server) return;
    await page.goto(`${server.url}/incidents?from=2026-02-22&to=2026-02-28&status=reported`);
    const first = page.getByRole('table', { name: 'Incident reports' }).locator('tbody tr a').first();
    await expect.poll(() => first.isVisible()).toBe(true);
    await first.click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Change the verification status' }).isVisible())
      .toBe(true);
    await page.getByLabel(/^Corroborated/).check();
    await page.getByLabel('Why (optional)').fill('A second team heard it.');
    await page.getByRole('button', { name: 'Change status' }).click();
    await expect.poll(() => page.locator('.tag-line .tag').textContent()).toBe('Corroborated');
    await expect.poll(() => page.getByText('A second team heard it.').isVisible()).toBe(true);
  });
});
