/**
 * Progress a file cannot break or overwrite: numbers the game cannot produce are refused with the
 * field named, a stored record the screen cannot show is set aside while export still works, an
 * import never replaces a stored attempt, and an import that storage would not keep says so.
 */
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/engine/index.ts';
import { shippedScenario } from '../scenario-paths.ts';
import { downloadedJson, restoreOneAttempt } from './many-attempts.ts';
import { openBrief, playMoves, playThrough, setTextSpeed } from './play.ts';

async function openProgress(page: Page): Promise<void> {
  await page.goto('/?view=progress&lang=en');
  await expect(page.getByTestId('progress')).toBeVisible();
}

/** The learner's own export, as parsed JSON. */
async function exported(page: Page): Promise<{ profiles: Record<string, unknown>[]; attempts: Record<string, unknown>[] }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  return downloadedJson(file);
}

async function importText(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test.beforeEach(async ({ page }) => setTextSpeed(page, 0));

test('a file with a duration the game cannot produce is refused, naming the field', async ({ page }) => {
  await restoreOneAttempt(page);
  const doc = await exported(page);
  const forged = { ...doc, attempts: [{ ...doc.attempts[0], id: 'forged-1', durationMs: 1e300 }] };
  await importText(page, 'duration-huge.json', JSON.stringify(forged));
  await expect(page.getByTestId('transfer-status')).toContainText('Nothing was imported');
  await expect(page.getByTestId('transfer-status')).toContainText('durationMs');
  await expect(page.getByTestId('attempt')).toHaveCount(1);
});

test('a stored record the screen cannot show is set aside with the reason, and export still works', async ({ page }) => {
  await restoreOneAttempt(page);
  // As an older game let it in: a record with a duration no clock can show, straight into storage.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const r = indexedDB.open('hot-seat-progress');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const [first] = await new Promise<Record<string, unknown>[]>((ok) => {
      const r = db.transaction('attempts').objectStore('attempts').getAll();
      r.onsuccess = () => ok(r.result as Record<string, unknown>[]);
    });
    await new Promise<void>((ok, ko) => {
      const tx = db.transaction('attempts', 'readwrite');
      tx.objectStore('attempts').put({ ...first, id: 'huge-1', durationMs: 1e300 });
      tx.oncomplete = () => ok();
      tx.onerror = () => ko(tx.error);
    });
    db.close();
  });
  for (let visit = 0; visit < 2; visit++) {
    await openProgress(page);
    await expect(page.getByTestId('storage-problems')).toContainText('Attempt “huge-1”:');
    await expect(page.getByTestId('storage-problems')).toContainText('durationMs');
    await expect(page.getByTestId('attempt')).toHaveCount(1);
  }
  const doc = await exported(page);
  expect(doc.attempts).toHaveLength(1);
});

test('an import never replaces a stored attempt: one with the same id and other content is refused', async ({ page }) => {
  await restoreOneAttempt(page);
  const doc = await exported(page);
  const before = await page.getByTestId('attempt').textContent();
  const forged = {
    ...doc,
    profiles: [{ ...doc.profiles[0], name: 'Renamed by import' }],
    attempts: [{ ...doc.attempts[0], ending: 'lost' }],
  };
  await importText(page, 'overwrite-same-ids.json', JSON.stringify(forged));
  await expect(page.getByTestId('transfer-status')).toContainText('Nothing was imported');
  await expect(page.getByTestId('transfer-status')).toContainText('never replaced');
  await openProgress(page);
  await expect(page.getByTestId('attempt')).toHaveText(before!);
  await expect(page.getByTestId('profile-select').locator('option')).not.toContainText(['Renamed by import']);
  // The same file as exported is a duplicate: skipped, and said.
  await importText(page, 'same.json', JSON.stringify(doc));
  await expect(page.getByTestId('transfer-status')).toContainText('already on this device');
});

test('an import that storage will not keep says so, offers the backup, and leaving asks first', async ({ page, browser }) => {
  await restoreOneAttempt(page);
  const doc = await exported(page);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'attempts') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openProgress(other);
  await importText(other, 'backup.json', JSON.stringify(doc));
  const status = other.getByTestId('transfer-status');
  await expect(status).toContainText('for this visit only');
  await expect(status).toContainText('Back up this device');
  await expect(other.getByTestId('export-device')).toBeVisible();
  const asked = new Promise<string>((resolve) => other.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
  await other.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  await fresh.close();
});

/** Replies saved in this browser's unfinished conversations of `scenarioId`. */
async function savedReplies(page: Page, scenarioId: string): Promise<number[]> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const r = indexedDB.open('hot-seat-progress');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const drafts = await new Promise<{ scenarioId: string; actions: { type: string }[] }[]>((ok) => {
      const r = db.transaction('drafts').objectStore('drafts').getAll();
      r.onsuccess = () => ok(r.result as { scenarioId: string; actions: { type: string }[] }[]);
    });
    db.close();
    return drafts.filter((d) => d.scenarioId === id).map((d) => d.actions.filter((a) => a.type === 'choose').length);
  }, scenarioId);
}

test('a conversation finished in a second tab leaves the first tab\u2019s unfinished one to resume', async ({ context }) => {
  const a = await context.newPage();
  await setTextSpeed(a, 0);
  const late = shippedScenario('late-delivery');
  await openBrief(a, 'late-delivery');
  await a.getByTestId('start').click();
  await playMoves(a, late, bestPath(late).steps.slice(0, 2));
  await expect.poll(() => savedReplies(a, 'late-delivery')).toEqual([2]);
  const b = await context.newPage();
  await setTextSpeed(b, 0);
  await playThrough(b, 'chat-rephrase');
  // And a second conversation of the same scenario, finished in the second tab.
  await playThrough(b, 'late-delivery');
  await a.reload();
  await expect(a.getByTestId('resume-banner')).toBeVisible();
  await a.getByTestId('resume').click();
  await expect(a.locator('.entry.you')).toHaveCount(2);
});
