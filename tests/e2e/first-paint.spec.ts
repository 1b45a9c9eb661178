/**
 * The first screen is painted before anything it does not need is asked for: on a slow
 * connection, the stage (Phaser, the largest download) and the progress code and database fetched
 * beside the first screen's code would hold its paint back.
 */
import { expect, test, type Page } from '@playwright/test';
import { INTL_WARM_WORKER, pageErrors } from './page-watch.ts';

/** When the first contentful paint came, and when each script the page fetched was asked for. */
async function loadOrder(page: Page): Promise<{ paint: number; scripts: Record<string, number> }> {
  return page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const scripts: Record<string, number> = {};
    for (const e of performance.getEntriesByType('resource')) {
      const name = /assets\/([\w-]+?)-[\w-]{8}\.js/.exec(e.name)?.[1];
      if (name) scripts[name] = e.startTime;
    }
    return { paint, scripts };
  });
}

for (const [what, url] of [
  ['a deep link', '/?scenario=late-delivery&lang=en'],
  ['the menu', '/?lang=en'],
] as const) {
  test(`${what}: the stage and progress are asked for only after the first screen is painted`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('body')).toHaveAttribute('data-progress', 'ready', { timeout: 20_000 });
    // The stage is asked for on the brief at once, and on the menu once the page is idle.
    await expect.poll(async () => Object.keys((await loadOrder(page)).scripts), { timeout: 20_000 }).toContain('phaser-stage');
    const { paint, scripts } = await loadOrder(page);
    expect(paint).toBeGreaterThan(0);
    for (const late of ['phaser-stage', 'idb-progress-store', 'progress']) {
      expect(scripts[late], `${late} was fetched`).toBeDefined();
      expect(scripts[late], `${late} asked for after the first paint`).toBeGreaterThanOrEqual(paint);
    }
    // The first screen's own code came in the page itself, not as a file fetched after it.
    expect(await page.locator('script[type=module]:not([src])').count()).toBe(1);
    expect(scripts['first-screen']).toBeUndefined();
  });
}

test('the menu fetches the stage’s code without starting it; a brief opened from it starts the stage', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect.poll(async () => Object.keys((await loadOrder(page)).scripts), { timeout: 20_000 }).toContain('phaser-stage');
  // Fetched, not run: Phaser's start-up (its canvas) waits for a screen that shows the customer.
  await expect(page.locator('link[rel=modulepreload][href*="phaser-stage"]')).toHaveCount(1);
  await expect(page.locator('#stage-canvas canvas')).toHaveCount(0);
  await page.locator('[data-testid=open-scenario][data-scenario=late-delivery]').click();
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page.locator('#stage-canvas canvas')).toHaveCount(1);
});

test('the formatters are started on a worker thread of their own, which ends once they are made', async ({ page }) => {
  // The first Intl object of a page starts ICU, one long task on a phone (src/ui/intl-warm.ts).
  const errors = pageErrors(page);
  let warmer = 'not started';
  page.on('worker', (w) => {
    if (!INTL_WARM_WORKER.test(w.url())) return;
    warmer = 'running';
    w.on('close', () => (warmer = 'ended'));
  });
  await page.goto('/?scenario=late-delivery&lang=ja');
  await expect.poll(() => warmer).toBe('ended');
  await expect(page.getByTestId('start')).toBeVisible();
  expect(errors).toEqual([]);
});
