/**
 * Writing and playing side by side: under `npm start`, saving a scenario file updates the open
 * game at once and in place (no reload), with the file's diagnostics when it has errors.
 */
import { mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { LIVE_DIR } from '../../playwright.config.ts';
import { setTextSpeed } from './play.ts';

const root = resolve(import.meta.dirname, '../..');
const source = readFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml'), 'utf8').replace(
  'title: { en: Two paths',
  'title: { en: Written just now',
);

/** A file of its own per test run, so runs (and repeats) never see each other's files. */
function scenarioFile(name: string): { id: string; file: string; text: string } {
  const id = `${name}-${test.info().repeatEachIndex}-${test.info().retry}`;
  return { id, file: join(LIVE_DIR, `${id}.yaml`), text: source.replace('id: two-paths', `id: ${id}`) };
}

test('a saved scenario file appears in the running game, then its errors do', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByTestId('menu')).toBeVisible({ timeout: 30_000 });
  // Set on this document only: a reload would lose it.
  await page.evaluate(() => (document.documentElement.dataset['sameDocument'] = 'yes'));
  const { id, file, text } = scenarioFile('live-test');
  const card = page.locator(`[data-testid=scenario][data-scenario=${id}]`);
  await expect(card).toHaveCount(0);
  // A learner on another card's button stays on it while the list is drawn again.
  const other = page.locator('[data-testid=open-scenario][data-scenario=late-delivery]');
  await other.focus();
  const saved = Date.now();
  writeFileSync(file, text);
  // Watched every frame, for an honest time (expect's retries come further and further apart).
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('data-available') === 'true',
    `[data-testid=scenario][data-scenario=${id}]`,
    { polling: 'raf', timeout: 10_000 },
  );
  const firstUpdateMs = Date.now() - saved;
  await expect(card).toContainText('Written just now');
  await expect(other).toBeFocused();
  writeFileSync(file, text.replace('next: heated', 'next: heatd'));
  await expect(card).toHaveAttribute('data-available', 'false', { timeout: 10_000 });
  await expect(card.getByTestId('diagnostics')).toContainText("next 'heatd' is not a node; did you mean 'heated'?");
  await expect(page.locator('html')).toHaveAttribute('data-same-document', 'yes');
  test.info().annotations.push({ type: 'update time', description: `${firstUpdateMs} ms from save to the game showing it` });
});

test('the scenario map of a file shows each save, keeping the place on the page', async ({ page }) => {
  test.setTimeout(90_000);
  const { id, file, text } = scenarioFile('live-map');
  await setTextSpeed(page, 0);
  // Opened at once: a page asking right after a save gets it, told by the watcher or not.
  writeFileSync(file, text);
  await page.goto(`/?author=${id}&lang=en`);
  const line = page.locator('[data-testid=map-node][data-node=open] .map-line');
  await expect(line).toHaveText("This is the third time I've called!", { timeout: 30_000 });
  await page.getByTestId('author-objective').focus();
  await page.getByTestId('author-objective').selectOption('honesty');
  await page.evaluate(() => window.scrollTo(0, 200));
  writeFileSync(file, text.replace("This is the third time I've called!", 'Fourth call this week!'));
  // The map is laid out again for the saved file; under a full run's load that has taken over
  // 10 s. How soon a save shows is the bench's to measure.
  await expect(line).toHaveText('Fourth call this week!', { timeout: 30_000 });
  expect(await page.evaluate(() => window.scrollY)).toBe(200);
  // The trainer's choice, and the control they were on, outlast the save.
  await expect(page.getByTestId('author-objective')).toHaveValue('honesty');
  await expect(page.getByTestId('author-objective')).toBeFocused();
  // Opening the brief fetches the scenario as it is now, not as the page first saw it.
  await page.getByTestId('author-play').click();
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(page.getByTestId('customer-line')).toContainText('Fourth call this week!');
});

test('a link to a scenario file that is not there yet opens its map once the file is saved', async ({ page }) => {
  test.setTimeout(90_000);
  const { id, file, text } = scenarioFile('live-later');
  await page.goto(`/?author=${id}&lang=en`);
  await expect(page.getByTestId('notice')).toContainText(`There is no scenario called “${id}”`, { timeout: 30_000 });
  writeFileSync(file, text);
  const line = page.locator('[data-testid=map-node][data-node=open] .map-line');
  // The dev server transforms the map's code (and its layout library) on first request: under a
  // full run's load that alone has taken 4 s. How soon a save shows is the bench's to measure.
  await expect(line).toHaveText("This is the third time I've called!", { timeout: 30_000 });
  expect(new URL(page.url()).searchParams.get('author')).toBe(id);
});

test('a save while the scenario is being played leaves the conversation as it is, and says so', async ({ page }) => {
  test.setTimeout(90_000);
  const { id, file, text } = scenarioFile('live-play');
  await setTextSpeed(page, 0);
  writeFileSync(file, text);
  await page.goto(`/?scenario=${id}&lang=en`);
  await page.getByTestId('start').click({ timeout: 30_000 });
  const line = page.getByTestId('customer-line');
  await expect(line).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(line).toContainText("This is the third time I've called!");
  writeFileSync(file, text.replace("This is the third time I've called!", 'Fourth call this week!'));
  // The note shows once this file's update has reached the page; the conversation is as it was.
  await expect(page.getByTestId('scenario-changed')).toContainText(`${id}.yaml has changed`, { timeout: 10_000 });
  await expect(page.getByTestId('scenario-changed')).toHaveCount(1);
  await expect(page.getByTestId('resume-banner')).toHaveCount(0);
  await expect(line).toContainText("This is the third time I've called!");
  await page.getByTestId('choice').first().click();
  await expect(line).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(line).not.toContainText("third time I've called");
  await page.getByTestId('play-new-version').click();
  await page.getByTestId('start').click();
  await expect(line).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(line).toContainText('Fourth call this week!');
  await expect(page.getByTestId('scenario-changed')).toHaveCount(0);
});

test('a voice file added under public/ clears the error of the scenario that names it', async ({ page }) => {
  test.setTimeout(90_000);
  const { id, file, text } = scenarioFile('live-voice');
  // A folder of its own (ignored by git), removed whatever the outcome.
  const voiceDir = resolve(root, 'public/audio/live-test');
  const voice = join(voiceDir, `${id}.mp3`);
  try {
    writeFileSync(file, text.replace('    venting: true', `    voice: { en: audio/live-test/${id}.mp3 }\n    venting: true`));
    await page.goto('/');
    const card = page.locator(`[data-testid=scenario][data-scenario=${id}]`);
    await expect(card).toHaveAttribute('data-available', 'false', { timeout: 30_000 });
    await expect(card.getByTestId('diagnostics')).toContainText(`voice file 'audio/live-test/${id}.mp3' (en) does not exist under public/`);
    mkdirSync(voiceDir, { recursive: true });
    writeFileSync(voice, readFileSync(resolve(root, 'public/audio/sfx.mp3')));
    await expect(card).toHaveAttribute('data-available', 'true', { timeout: 10_000 });
  } finally {
    rmSync(voice, { force: true });
    // The folder too, unless another run's file is still in it.
    try {
      rmdirSync(voiceDir);
    } catch {
      // Not empty, or already gone.
    }
  }
});
