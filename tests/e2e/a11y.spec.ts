/**
 * Every screen passes axe (WCAG 2.2 A and AA rules) with zero violations, on a phone and a large
 * screen, and stays usable with text enlarged to 200%. That nothing scrolls sideways at phone and
 * large-screen sizes is checked at every decision and on every debrief by layout.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { bestPath, bestPathFrom, type Channel } from '../../src/engine/index.ts';
import { e2eFixture, shippedScenario } from '../scenario-paths.ts';
import { axeViolations, WCAG_AA } from './axe-scan.ts';
import { expectRecorded, openBrief, playMoves, setTextSpeed } from './play.ts';

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  expect(await axeViolations(page, WCAG_AA), `axe on ${screen}`).toEqual([]);
}

test('the scan finds what it is for: a nameless button, low contrast and a missing language', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByTestId('menu')).toBeVisible();
  await page.evaluate(() => {
    document.documentElement.removeAttribute('lang');
    const b = document.createElement('button');
    const faint = document.createElement('p');
    faint.textContent = 'Hard to read';
    faint.style.cssText = 'color: #777; background: #888';
    document.querySelector('main')!.append(b, faint);
  });
  const found = (await axeViolations(page, WCAG_AA)).map((v) => v.split(':')[0]);
  expect(found).toEqual(expect.arrayContaining(['button-name', 'color-contrast', 'html-has-lang']));
});

test('a page holding a frame from another origin is refused, not scanned without it', async ({ page, baseURL }) => {
  await page.goto('/?lang=en');
  await expect(page.getByTestId('menu')).toBeVisible();
  // The same server under another name is another origin.
  const other = baseURL!.replace('127.0.0.1', 'localhost');
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = `${src}/?lang=en`;
    frame.title = 'Another origin';
    document.querySelector('main')!.append(frame);
  }, other);
  // The game's policy refuses it (frames from its own origin only): an error page, still another origin.
  await expect.poll(() => page.frames()[1]?.url() ?? '').toMatch(/^(chrome-error|http)/);
  await expect(axeViolations(page, WCAG_AA)).rejects.toThrow(/another origin/);
});

const BY_CHANNEL: Record<Channel, string> = {
  phone: 'late-delivery',
  email: 'letter-no-phone',
  chat: 'chat-rephrase',
  'in-person': 'counter-shouting',
};

test('menu, settings, brief, pause and debrief have no axe violations', async ({ page }) => {
  // Five full axe scans and a whole conversation: more than a minute on a busy machine.
  test.setTimeout(120_000);
  await setTextSpeed(page, 0);
  await page.goto('/');
  await expect(page.getByTestId('menu')).toBeVisible();
  await expectNoViolations(page, 'menu');
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('settings')).toBeVisible();
  await expectNoViolations(page, 'settings');
  await page.getByTestId('settings-done').click();
  await openBrief(page, 'late-delivery');
  await expectNoViolations(page, 'brief');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pause-dialog')).toBeVisible();
  await expectNoViolations(page, 'pause menu');
  await page.getByTestId('pause-resume').click();
  const scenario = shippedScenario('late-delivery');
  await playMoves(page, scenario, bestPath(scenario).steps);
  await expect(page.getByTestId('debrief')).toBeVisible();
  await expectNoViolations(page, 'debrief');
});

// A phone lays the conversation out differently (a compact header, a reply area of its own), so
// each channel is checked at the default size, then with the window made a phone's.
for (const [channel, id] of Object.entries(BY_CHANNEL)) {
  test(`the ${channel} conversation has no axe violations, at the default size and on a phone`, async ({ page }) => {
    await setTextSpeed(page, 0);
    await openBrief(page, id);
    await page.getByTestId('start').click();
    await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
    await page.getByTestId('choice').first().click();
    await expect(page.getByTestId('customer-line').or(page.getByTestId('debrief'))).toBeVisible();
    await expectNoViolations(page, `${channel} conversation`);
    await page.setViewportSize({ width: 360, height: 640 });
    // Scanned once the page has laid itself out at the new size (what follows a resize runs a frame later).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expectNoViolations(page, `${channel} conversation on a phone`);
  });
}

test('text enlarged to 200% loses nothing: no sideways scrolling, every reply reachable', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  for (const choice of await page.getByTestId('choice').all()) {
    await choice.scrollIntoViewIfNeeded();
    await expect(choice).toBeInViewport();
    const box = await choice.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
    expect(box.sw).toBeLessThanOrEqual(box.cw + 1);
  }
});

test('the author view has no axe violations', async ({ page }) => {
  await page.goto('/?author=late-delivery&lang=en');
  await expect(page.getByTestId('scenario-map')).toBeVisible();
  await expectNoViolations(page, 'author view');
  // A scenario with design warnings: the warnings and the mistakes that pay are listed too.
  await page.goto('/?author=design-numbers&lang=en');
  await expect(page.getByTestId('design-mistake')).not.toHaveCount(0);
  await expectNoViolations(page, 'author view with design warnings');
});

test('the progress and cohort screens have no axe violations, charts, badges and answers included', async ({ page }) => {
  test.setTimeout(120_000);
  await setTextSpeed(page, 0);
  const scenario = shippedScenario('chat-rephrase');
  await openBrief(page, 'chat-rephrase');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, bestPath(scenario).steps);
  // Left once the attempt is stored: leaving sooner could cut its write short.
  await expectRecorded(page);
  await page.goto('/?view=progress&lang=en');
  await expect(page.getByTestId('attempt')).toHaveCount(1);
  await expect(page.locator('.over-time-canvas[data-drawn=true]')).toBeVisible();
  await page.getByText('Show the numbers as a table').click();
  await expect(page.getByTestId('over-time-table')).toBeVisible();
  await expectNoViolations(page, 'progress');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-device').click()]);
  await page.goto('/?view=trainers&lang=en');
  await expect(page.getByTestId('trainers')).toBeVisible();
  await expectNoViolations(page, 'trainers');
  await page.getByTestId('open-cohort').click();
  await expect(page.getByTestId('cohort')).toBeVisible();
  await expectNoViolations(page, 'cohort');
  await page.getByTestId('cohort-files').setInputFiles((await file.path())!);
  await expect(page.getByTestId('cohort-decision')).not.toHaveCount(0);
  await expectNoViolations(page, 'cohort with answers');
});

test('a debrief beyond the best path on one principle, on a phone, has no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 640 });
  await setTextSpeed(page, 0);
  const scenario = e2eFixture('beyond-best');
  await openBrief(page, 'beyond-best');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, bestPathFrom(scenario, scenario.start, scenario.customer.mood, 'empathy', 'through-mistake')!.steps);
  await expect(page.getByTestId('mood-mark').first()).toBeVisible();
  await expect(page.getByTestId('best-reply')).not.toHaveCount(0);
  await expectNoViolations(page, 'debrief on a phone');
  await page.goto('/?view=progress&lang=ja');
  await expect(page.getByTestId('badges')).toBeVisible();
  await expectNoViolations(page, 'progress in Japanese on a phone');
});
