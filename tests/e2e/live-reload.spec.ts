/**
 * Writing and playing side by side: under `npm start`, saving a scenario file updates the open
 * game at once, with the file's diagnostics when it has errors.
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
  test.info().annotations.push({ type: 'update time', description: `${firstUpdateMs} ms from save to the game showing it` });
});
