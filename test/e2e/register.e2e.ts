/**
 * The register in a real browser against a real server with the Paris 2026 demo: sign in,
 * filter the register (state kept in the URL), open a commitment, edit and save it, and see the
 * change in its history.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoServerForFile, newScreen, signIn } from './support';

const demo = demoServerForFile('register');
let page: Page;

beforeAll(async () => {
  const d = demo();
  if (!d) return;
  page = await newScreen(d.browser);
});

describe('the register in Chromium', () => {
  it('signs in, filters, opens a commitment, saves an edit and shows it in the history', async () => {
    const server = demo()?.server;
    if (!server) return; // reason printed by launchChromium
    await signIn(page, server.url, 'uk@demo.guarantor');
    await expect.poll(() => page.getByText('UK delegation officer').first().isVisible()).toBe(true);

    // filter the register by guarantor and pillar; the filter lives in the URL
    await page.goto(`${server.url}/commitments`);
    // each filter is a group of checkboxes behind its summary; nothing changes until applied
    await page.locator('summary', { hasText: 'Guarantor' }).click();
    await page.locator('#f-guarantor-GB').check();
    await page.locator('summary', { hasText: 'Pillar' }).click();
    await page.locator('#f-pillar-long_term_support').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.url()).toContain('guarantor=GB');
    expect(page.url()).toContain('pillar=long_term_support');
    const table = page.getByRole('table');
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(1);
    // the filtered page replaces the unfiltered one: every row is then the UK's
    const ukOnly = async () => {
      const refs = await table.locator('tbody a').allTextContents();
      return refs.length > 0 && refs.every((r) => r.startsWith('GB-'));
    };
    await expect.poll(ukOnly).toBe(true);
    const refs = await table.locator('tbody a').allTextContents();

    // open the first UK commitment
    const ref = refs[0]!;
    await table.getByRole('link', { name: ref, exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();

    // edit and save
    await page
      .getByRole('link', { name: 'Edit' })
      .or(page.getByRole('button', { name: 'Edit' }))
      .first()
      .click();
    const title = page.getByLabel('Title', { exact: true });
    const newTitle = `Edited in the browser test ${Date.now()}`;
    await title.fill(newTitle);
    await page.getByLabel('Note on this change').fill('browser test');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(newTitle);

    // the history (the default tab) shows the change with its note; the audit trail tab is in the URL
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.getByText(newTitle).count()).toBeGreaterThan(0);
    await expect.poll(() => panel.getByText('browser test').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    await expect.poll(() => page.url()).toContain('tab=audit');
    await expect
      .poll(() => panel.getByRole('cell', { name: 'Changed', exact: true }).count())
      .toBeGreaterThan(0);

    // the API agrees: a new version with the new title
    const r = await fetch(`${server.url}/api/commitments/${encodeURIComponent(ref)}`, {
      headers: server.auth,
    });
    const saved = (await r.json()) as { title: string; version: number };
    expect(saved.title).toBe(newTitle);
    expect(saved.version).toBeGreaterThan(1);
  });
});
