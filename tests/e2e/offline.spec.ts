/**
 * Offline play: after one visit the service worker holds the whole game, so a visit with no
 * connection plays to the debrief and records the attempt; a new build is taken up on the next
 * visit, never during a conversation; a visit with no connection and no cached game gets a page
 * that says so.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/engine/index.ts';
import { shippedScenario } from '../scenario-paths.ts';
import { serveStatic } from '../../scripts/bench/serve.ts';
import { uiStrings } from './language-checks.ts';
import { expectRecorded, openBrief, playMoves, setTextSpeed } from './play.ts';

test.use({ serviceWorkers: 'allow' });

const jaOffline = uiStrings<{ offline: { title: string; retry: string } }>('ja').offline;

/** The game is held by a service worker (the whole build is in its cache). */
async function offlineReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 30_000 });
}

test.beforeEach(async ({ page }) => {
  await setTextSpeed(page, 0);
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test('after one visit, a visit with no connection plays a scenario to the debrief and records it', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await expect(page.getByTestId('menu')).toBeVisible();
  await offlineReady(page);
  await context.setOffline(true);
  const failed: string[] = [];
  // A request cut short by leaving the page is not a missing file.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  // A phone call: its portrait, stage, sounds and recorded lines all come from the cache.
  const scenario = shippedScenario('late-delivery');
  await openBrief(page, 'late-delivery');
  // The worker's page: the first screen's code as a file, which the browser keeps compiled.
  await expect(page.locator('script[type=module][src*="assets/first-screen-"]')).toHaveCount(1);
  await page.getByTestId('start').click();
  await playMoves(page, scenario, bestPath(scenario).steps);
  await expect(page.getByTestId('debrief')).toBeVisible();
  await expectRecorded(page);
  await page.goto('/?view=progress&lang=en');
  await expect(page.getByTestId('progress')).toBeVisible();
  await expect(page.getByTestId('attempt')).toHaveCount(1);
  await expect(page.getByTestId('attempt')).toHaveAttribute('data-scenario', 'late-delivery');
  // A scenario in another language, opened from the menu's deep link, loads too.
  await openBrief(page, 'chat-rephrase', 'ko');
  expect(failed).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('with no connection and the cache emptied by the browser, a page says so in the learner’s language', async ({ page, context }) => {
  await page.goto('/?lang=en');
  await offlineReady(page);
  await page.evaluate(async () => {
    for (const key of await caches.keys()) await caches.delete(key);
  });
  await context.setOffline(true);
  await page.goto('/?scenario=late-delivery&lang=ja');
  const notice = page.getByTestId('offline-page');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading', { level: 1 })).toHaveText(jaOffline.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(notice.getByRole('link', { name: jaOffline.retry })).toBeVisible();
});

test.describe('a new build', () => {
  let dir = '';
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hot-seat-offline-'));
    cpSync('dist-test', dir, { recursive: true });
    // Next to the suite's own servers (port + 2 is the dev server).
    const port = Number(process.env['HOT_SEAT_E2E_PORT'] ?? 4173) + 3;
    site = await serveStatic(dir, port, port);
  });
  test.afterEach(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Deploys "build 2": changed pages (the one a first visit gets, and the one the worker serves),
   * with the worker's manifest revised as a build revises it.
   */
  function deployNewBuild(): void {
    const sw = join(dir, 'sw.js');
    let script = readFileSync(sw, 'utf8');
    const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');
    for (const name of ['index.html', 'app.html']) {
      const page = join(dir, name);
      const before = readFileSync(page);
      const after = Buffer.from(before.toString('utf8').replace('<title>', '<meta name="hot-seat-build" content="2" />\n    <title>'));
      writeFileSync(page, after);
      expect(script).toContain(md5(before));
      script = script.replaceAll(md5(before), md5(after));
    }
    writeFileSync(sw, script);
  }

  test('is downloaded in the background, announced outside conversations, and used from the next visit', async ({ page, context }) => {
    const base = site!.url;
    const build2 = (p: Page) => p.locator('meta[name=hot-seat-build]');
    await page.goto(`${base}/?lang=en`);
    await offlineReady(page);
    // A second visit, held by the worker, in a conversation.
    const scenario = shippedScenario('late-delivery');
    const steps = bestPath(scenario).steps;
    await page.goto(`${base}/?scenario=late-delivery&lang=en`);
    await page.getByTestId('start').click();
    await playMoves(page, scenario, steps.slice(0, 1));
    deployNewBuild();
    // Another tab opens the game: the browser finds the new worker, which installs and waits.
    const other = await context.newPage();
    await other.goto(`${base}/?lang=en`);
    await expect(other.getByTestId('update-ready')).toBeVisible({ timeout: 30_000 });
    await expect(build2(other)).toHaveCount(0);
    // The conversation goes on with the version it began with, and no notice interrupts it.
    await expect(page.getByTestId('update-ready')).toHaveCount(0);
    await playMoves(page, scenario, steps.slice(1));
    await expect(page.getByTestId('debrief')).toBeVisible();
    await expect(page.getByTestId('update-ready')).toBeVisible();
    await expect(build2(page)).toHaveCount(0);
    // Once no page of the old version is open, the next visit is the new build.
    await page.close();
    await other.close();
    // The browser activates the waiting worker a moment after the last old page has gone, so a
    // visit made in that moment may still be the old one: a later visit is the new build. Each
    // try is a page of its own, closed when it was the old version: a page the old worker holds
    // (one navigated again included) would keep the new worker waiting for as long as it is open.
    let next: Page | undefined;
    await expect
      .poll(async () => {
        const visit = await context.newPage();
        await visit.goto(`${base}/?lang=en`);
        await expect(visit.getByTestId('menu')).toBeVisible();
        const built = await build2(visit).count();
        if (built === 1) next = visit;
        else await visit.close();
        return built;
      })
      .toBe(1);
    if (!next) throw new Error('the visit showing the new build was kept');
    await offlineReady(next);
    await expect(next.getByTestId('update-ready')).toHaveCount(0);
  });
});
