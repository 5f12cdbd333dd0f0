/**
 * Concreteness in a real browser against a real server with the Paris 2026 demo: the register
 * filtered to vague commitments, the analysis marked up in a commitment's text, and the live
 * analysis of the create form prefilling the structured terms (and taking them back).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoServerForFile, newScreen, signIn } from './support';

const demo = demoServerForFile('concreteness');
let page: Page;
/** expect.poll gives up after 1 s by default: a server under load may need longer. */
const slow = { timeout: 15_000 };

beforeAll(async () => {
  const d = demo();
  if (!d) return;
  page = await newScreen(d.browser);
  await signIn(page, d.server.url, 'uk@demo.guarantor');
  await page.getByText('UK delegation officer').first().waitFor();
});

describe('concreteness in Chromium', () => {
  it('filters the register to vague commitments: every row says vague', async () => {
    const server = demo()?.server;
    if (!server) return; // reason printed by launchChromium
    await page.goto(`${server.url}/commitments`);
    await page.locator('summary', { hasText: 'Concreteness' }).click();
    await page.locator('#f-concreteness-vague').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.url(), slow).toContain('concreteness=vague');

    const cells = page.getByRole('table').locator('tbody td.col-concreteness');
    // the filtered page replaces the unfiltered one: then every label is "Vague"
    const allVague = async () => {
      const labels = await cells.allTextContents();
      return labels.length > 0 && labels.every((t) => /^Vague\b/.test(t.trim()));
    };
    await expect.poll(allVague, slow).toBe(true);
    expect(await page.getByRole('columnheader', { name: /Concreteness/ }).count()).toBe(1);
  });

  it('marks the analysis up in a commitment’s text', async () => {
    const server = demo()?.server;
    if (!server) return;
    await page.goto(`${server.url}/commitments?concreteness=vague`);
    const first = page.getByRole('table').locator('tbody a').first();
    const ref = (await first.textContent())!.trim();
    await first.click();
    await expect.poll(() => page.locator('.caption').first().textContent(), slow).toBe(ref);

    const section = page.locator('section[aria-labelledby="h-text"]');
    const marks = section.locator('blockquote mark.hl');
    await expect.poll(() => marks.count(), slow).toBeGreaterThan(0);
    // each mark says what it is, for a screen reader as well as on hover
    const description = await marks.first().getAttribute('aria-description');
    expect(description).toBeTruthy();
    expect(await marks.first().getAttribute('title')).toBe(description);

    const verdict = page.locator('section[aria-labelledby="h-concrete"]');
    await expect.poll(() => verdict.getByText('Vague', { exact: true }).count(), slow).toBeGreaterThan(0);
    await expect.poll(() => verdict.getByRole('heading', { name: 'What is missing' }).count(), slow).toBe(1);
  });

  it('analyses the text as it is typed and fills the terms from it, with undo', async () => {
    const server = demo()?.server;
    if (!server) return;
    await page.goto(`${server.url}/commitments/new`);
    await page
      .getByLabel('Original text')
      .fill('The United Kingdom will deploy 2,000 troops within 30 days of a ceasefire.');

    const live = page.locator('#live-analysis');
    const verdict = live.locator('.live-analysis__verdict');
    await expect.poll(() => verdict.textContent(), slow).toMatch(/^Concrete/);
    await expect
      .poll(() => live.locator('blockquote mark.hl--quantity').textContent(), slow)
      .toBe('2,000 troops');

    const quantity = page.getByLabel('Quantity', { exact: true });
    expect(await quantity.inputValue()).toBe('');
    await live.getByRole('button', { name: 'Use these terms' }).click();
    await expect.poll(() => quantity.inputValue(), slow).toBe('2000');
    expect(await page.getByLabel('Unit', { exact: true }).inputValue()).toBe('troops');
    expect(await page.getByLabel('Response time in hours').inputValue()).toBe('720');

    // undo puts the empty fields back
    await live.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => quantity.inputValue(), slow).toBe('');
    expect(await page.getByLabel('Unit', { exact: true }).inputValue()).toBe('');

    // a field the drafter filled is not overwritten unless they tick "Replace"
    await quantity.fill('1500');
    await live.getByRole('button', { name: 'Use these terms' }).click();
    expect(await quantity.inputValue()).toBe('1500');
    await live.getByLabel(/Replace what the form holds/).check();
    await live.getByRole('button', { name: 'Use these terms' }).click();
    await expect.poll(() => quantity.inputValue(), slow).toBe('2000');
  });
});
