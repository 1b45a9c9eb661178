/**
 * An unfinished conversation is let go only when its scenario really changed, and the learner is
 * told; a failure of any other kind (here: the scenario's code does not arrive) keeps it.
 */
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/engine/index.ts';
import { shippedScenario } from '../scenario-paths.ts';
import { openBrief, playMoves, setTextSpeed } from './play.ts';

const scenario = shippedScenario('chat-rephrase');
const best = bestPath(scenario).steps;

/** Plays two replies and waits until the draft holding them is saved. */
async function leaveAfterTwoReplies(page: Page): Promise<void> {
  await openBrief(page, 'chat-rephrase');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, best.slice(0, 2));
  await expect(page.locator('body')).toHaveAttribute('data-draft-replies', '2');
}

/** Rewrites the stored drafts' fingerprints, as if they were played on another version. */
async function ageTheDraft(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const r = indexedDB.open('hot-seat-progress');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    await new Promise<void>((ok, ko) => {
      const tx = db.transaction('drafts', 'readwrite');
      const store = tx.objectStore('drafts');
      // Drafts are kept under their conversation's key (out of line): each is rewritten in place.
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return;
        at.update({ ...(at.value as object), fingerprint: '00000000-0000-5000-8000-000000000000' });
        at.continue();
      };
      tx.oncomplete = () => ok();
      tx.onerror = () => ko(tx.error);
      tx.onabort = () => ko(tx.error);
    });
    db.close();
  });
}

test.beforeEach(async ({ page }) => setTextSpeed(page, 0));

test('a draft of a scenario that changed since is let go, and the brief says why', async ({ page }) => {
  await leaveAfterTwoReplies(page);
  await ageTheDraft(page);
  await page.goto('/?lang=en');
  await page.getByTestId('resume').click();
  await expect(page.getByTestId('notice')).toContainText('has changed since you left it');
  await expect(page.getByTestId('start')).toBeVisible();
  await page.goto('/?lang=en');
  await expect(page.getByTestId('menu')).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-progress', 'ready');
  await expect(page.getByTestId('resume')).toHaveCount(0);
});

test('a draft that cannot be continued for another reason is kept, and Retry continues it', async ({ page }) => {
  await leaveAfterTwoReplies(page);
  await page.goto('/?lang=en');
  // Every address of the chunk: a retry asks for it again with `?retry=n`.
  const chunk = /\/assets\/chat-rephrase-[\w-]+\.js(\?[^/]*)?$/;
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
  await page.getByTestId('resume').click();
  await expect(page.getByTestId('failure')).toContainText('could not be loaded');
  // Still offered after a reload: nothing was thrown away.
  await page.reload();
  await expect(page.getByTestId('resume')).toBeVisible();
  await page.getByTestId('resume').click();
  await expect(page.getByTestId('failure-retry')).toBeVisible();
  await page.unroute(chunk);
  await page.getByTestId('failure-retry').click();
  await expect(page.locator('.entry.you')).toHaveCount(2);
});
