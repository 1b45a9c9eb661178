/**
 * Storage that stalls: a database that never answers, one another tab holds at an old version,
 * and one a newer game left behind. The learner is told the true reason with what to do, and
 * "Export now" answers at once with what is in memory, saying plainly when earlier attempts are
 * not in the file. Nothing here waits for a time to pass: the opens below never answer at all.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { downloadedJson } from './many-attempts.ts';
import { playThrough, setTextSpeed } from './play.ts';

const json = (file: Download) => downloadedJson<{ attempts: unknown[] }>(file);

/** Presses "Export now", noting every text the banner's status shows until the file arrives. */
async function exportNow(page: Page): Promise<{ file: Download; said: string[] }> {
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid=fallback-status]')!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('fallback-export').click()]);
  await expect(page.getByTestId('fallback-status')).not.toHaveText(/…$/);
  return { file, said: await page.evaluate(() => (window as unknown as { said: string[] }).said) };
}

test.beforeEach(async ({ page }) => setTextSpeed(page, 0));

test('a database that never answers: the true reason, and Export now saves this visit without waiting for it', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { pendingOpens: number };
    w.pendingOpens = 0;
    IDBFactory.prototype.open = function () {
      w.pendingOpens++;
      return Object.assign(new EventTarget(), { result: undefined, error: null, transaction: null }) as unknown as IDBOpenDBRequest;
    };
  });
  await playThrough(page);
  const banner = page.getByTestId('storage-fallback');
  await expect(banner).toContainText("the browser's storage did not answer");
  await expect(banner).not.toContainText('another tab');
  const { file, said } = await exportNow(page);
  expect(said[0]).toBe('Preparing your export…');
  expect(file.suggestedFilename()).toMatch(/^hot-seat-backup-\d{4}-\d\d-\d\d-this-visit-only\.json$/);
  expect((await json(file)).attempts).toHaveLength(1);
  await expect(page.getByTestId('fallback-status')).toContainText("this visit's 1 attempt only");
  await expect(page.getByTestId('fallback-status')).toContainText('could not be read, so they are not in the file');
  // Every open the game made is still waiting: the file never waited on one.
  expect(await page.evaluate(() => (window as unknown as { pendingOpens: number }).pendingOpens)).toBeGreaterThan(0);
});

test('an old tab holding the database: says so with what to do, and Export now answers at once', async ({ page }) => {
  await page.addInitScript(() => {
    // An older game in another tab: its connection at version 1 never closes for an upgrade.
    const r = indexedDB.open('hot-seat-progress', 1);
    r.onupgradeneeded = () => {
      r.result.createObjectStore('profiles', { keyPath: 'id' });
      r.result.createObjectStore('attempts', { keyPath: 'id' });
    };
    // Held, so the browser does not collect (and so close) it.
    r.onsuccess = () => ((window as unknown as { oldTab: IDBDatabase }).oldTab = r.result);
  });
  await playThrough(page);
  const banner = page.getByTestId('storage-fallback');
  await expect(banner).toContainText("another tab of the game is holding the storage; close the game's other tabs, then reload this page");
  const { file, said } = await exportNow(page);
  expect(said[0]).toBe('Preparing your export…');
  expect((await json(file)).attempts).toHaveLength(1);
  await expect(page.getByTestId('fallback-status')).toContainText("this visit's 1 attempt only");
});

test('a database a newer game left: says so, not "another tab", and leaves it untouched', async ({ page }) => {
  await page.addInitScript(() => {
    const r = indexedDB.open('hot-seat-progress', 4);
    r.onupgradeneeded = () => r.result.createObjectStore('future', { keyPath: 'id' }).put({ id: 'kept-by-the-newer-game' });
    r.onsuccess = () => r.result.close();
  });
  await page.goto('/?lang=en');
  const banner = page.getByTestId('storage-fallback');
  await expect(banner).toContainText('your progress was saved by a newer version of the game, which this version cannot read');
  await expect(banner).not.toContainText('another tab');
  await expect(banner).not.toContainText('reload');
  const held = await page.evaluate(
    () =>
      new Promise<unknown>((ok) => {
        const r = indexedDB.open('hot-seat-progress');
        r.onsuccess = () => {
          const get = r.result.transaction('future').objectStore('future').getAll();
          get.onsuccess = () => ok({ version: r.result.version, records: get.result });
        };
      }),
  );
  expect(held).toEqual({ version: 4, records: [{ id: 'kept-by-the-newer-game' }] });
});
