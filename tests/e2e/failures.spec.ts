/**
 * Nothing fails silently: a part of the game that does not arrive (the network cut for one
 * chunk), a link that cannot open, an attempt the store will not take. Each is said on screen,
 * with Retry or an export, and nothing the learner did is lost.
 */
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/engine/index.ts';
import { shippedScenario } from '../scenario-paths.ts';
import { downloadedJson } from './many-attempts.ts';
import { expectRecorded, openBrief, playMoves, setTextSpeed } from './play.ts';

const scenario = shippedScenario('chat-rephrase');

/**
 * Cuts the network for the chunks whose file name starts with `name-` (as Vite names them), at
 * every address: a retry asks for a chunk again with `?retry=n`.
 */
async function cut(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = new RegExp(`/assets/${name}-[\\w-]+\\.js(\\?[^/]*)?$`);
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  return () => page.unroute(pattern);
}

async function playToTheEnd(page: Page): Promise<void> {
  await page.getByTestId('start').click();
  await playMoves(page, scenario, bestPath(scenario).steps);
  await expect(page.getByTestId('debrief')).toBeVisible();
}

/** The attempts in the backup file the page downloads when `click` is done. */
async function exportedAttempts(page: Page, click: () => Promise<void>): Promise<{ scenarioId: string }[]> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return (await downloadedJson<{ attempts: { scenarioId: string }[] }>(file)).attempts;
}

test.beforeEach(async ({ page }) => setTextSpeed(page, 0));

test('a scenario whose code does not arrive is said, with Retry that opens it once the network is back', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByTestId('menu')).toBeVisible();
  const restore = await cut(page, 'chat-rephrase');
  await page.locator('[data-testid=open-scenario][data-scenario=chat-rephrase]').click();
  await expect(page.getByTestId('failure')).toContainText('could not be loaded');
  await expect(page.getByTestId('menu')).toBeVisible();
  await restore();
  await page.getByTestId('failure-retry').click();
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.getByTestId('failure')).toHaveCount(0);
});

test('a conversation whose code does not arrive is said at Start, and Retry starts it', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByTestId('menu')).toBeVisible();
  const restore = await cut(page, 'conversation-screen');
  // The brief asks for the conversation's code at once; that it did not come is said only at Start.
  const early = page.waitForEvent('requestfailed', (r) => r.url().includes('/conversation-screen-'));
  await page.locator('[data-testid=open-scenario][data-scenario=chat-rephrase]').click();
  await early;
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  await expect(page.getByTestId('failure')).toHaveCount(0);
  await page.getByTestId('start').click();
  await expect(page.getByTestId('failure')).toContainText('could not be loaded');
  // The brief stays, ready to start again.
  await expect(page.getByTestId('start')).toBeVisible();
  await restore();
  await page.getByTestId('failure-retry').click();
  await expect(page.getByTestId('choice').first()).toBeVisible();
  await expect(page.getByTestId('failure')).toHaveCount(0);
  await playMoves(page, scenario, bestPath(scenario).steps);
  await expect(page.getByTestId('debrief')).toBeVisible();
});

test('a deep link that cannot open says why on the menu, and Retry opens it', async ({ page }) => {
  const restore = await cut(page, 'chat-rephrase');
  await page.goto('/?scenario=chat-rephrase&lang=en');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('menu')).toBeVisible();
  await expect(page.getByTestId('failure')).toContainText('This link could not be opened: Part of the game could not be loaded');
  await restore();
  await page.getByTestId('failure-retry').click();
  await expect(page.getByTestId('start')).toBeVisible();
});

test('a chunk whose own import did not arrive is kept failed by the browser: Retry reloads, and the attempt is kept', async ({ page }) => {
  // The debrief's code imports svg-*.js; with that cut, the debrief's chunk cannot load at any
  // address, and Chromium keeps the failure even once the network is back.
  const restore = await cut(page, 'svg');
  await page.goto('/?scenario=chat-rephrase&lang=en');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, bestPath(scenario).steps);
  await expect(page.getByTestId('failure')).toContainText('until the page is reloaded');
  await expectRecorded(page);
  await restore();
  const reloaded = page.waitForEvent('framenavigated', (f) => f === page.mainFrame());
  await page.getByTestId('failure-retry').click();
  await reloaded;
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('failure')).toHaveCount(0);
  await page.goto('/?view=progress&lang=en');
  await expect(page.getByTestId('attempt')).toHaveCount(1);
});

test('a store that rejects the attempt keeps it in memory, says so, and the export carries it', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'attempts') throw new DOMException('The write was refused.', 'UnknownError');
      return put.apply(this, args);
    };
  });
  await openBrief(page, 'chat-rephrase');
  await playToTheEnd(page);
  await expect(page.getByTestId('storage-fallback')).toContainText('export your progress');
  const attempts = await exportedAttempts(page, () => page.getByTestId('fallback-export').click());
  expect(attempts.map((a) => a.scenarioId)).toEqual(['chat-rephrase']);
});

test('an unhandled rejection reaches the log and a visible notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/?lang=en');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.evaluate(() => {
    void Promise.reject(new Error('nobody handled this'));
  });
  await expect(page.getByTestId('failure')).toContainText('nobody handled this');
  expect(errors.join('\n')).toContain('Could not finish something in the background');
});
