/**
 * Writing and playing side by side: under `npm start`, saving a scenario file updates the open
 * game at once and in place (no reload), with the file's diagnostics when it has errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { LIVE_DIR } from '../../playwright.config.ts';

const root = resolve(import.meta.dirname, '../..');
const live = join(LIVE_DIR, 'live-test.yaml');
const valid = readFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml'), 'utf8').replace('id: two-paths', 'id: live-test').replace('title: { en: Two paths', 'title: { en: Written just now');

test('a saved scenario file appears in the running game, then its errors do', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByTestId('menu')).toBeVisible({ timeout: 30_000 });
  // Set on this document only: a reload would lose it.
  await page.evaluate(() => (document.documentElement.dataset['sameDocument'] = 'yes'));
  const card = page.locator('[data-testid=scenario][data-scenario=live-test]');
  await expect(card).toHaveCount(0);
  const saved = Date.now();
  writeFileSync(live, valid);
  await expect(card).toHaveAttribute('data-available', 'true', { timeout: 10_000 });
  await expect(card).toContainText('Written just now');
  const firstUpdateMs = Date.now() - saved;
  writeFileSync(live, valid.replace('next: heated', 'next: heatd'));
  await expect(card).toHaveAttribute('data-available', 'false', { timeout: 10_000 });
  await expect(card.getByTestId('diagnostics')).toContainText("next 'heatd' is not a node; did you mean 'heated'?");
  await expect(page.locator('html')).toHaveAttribute('data-same-document', 'yes');
  test.info().annotations.push({ type: 'update time', description: `${firstUpdateMs} ms from save to the game showing it` });
});

test('the scenario map of a file shows each save, keeping the place on the page', async ({ page }) => {
  test.setTimeout(90_000);
  const file = join(LIVE_DIR, 'live-map.yaml');
  const text = valid.replace('id: live-test', 'id: live-map');
  writeFileSync(file, text);
  await page.goto('/?author=live-map&lang=en');
  const line = page.locator('[data-testid=map-node][data-node=open] .map-line');
  await expect(line).toHaveText("This is the third time I've called!", { timeout: 30_000 });
  await page.evaluate(() => window.scrollTo(0, 200));
  writeFileSync(file, text.replace("This is the third time I've called!", 'Fourth call this week!'));
  await expect(line).toHaveText('Fourth call this week!', { timeout: 10_000 });
  expect(await page.evaluate(() => window.scrollY)).toBe(200);
  // Opening the brief fetches the scenario as it is now, not as the page first saw it.
  await page.getByTestId('author-play').click();
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(page.getByTestId('customer-line')).toContainText('Fourth call this week!');
});
