/**
 * Sound waits for the learner's first gesture (nothing is fetched or played before it), unlocks
 * without console errors, follows the game, and its settings are remembered.
 */
import { expect, test, type Page } from '@playwright/test';
import { pageErrors } from './page-watch.ts';
import { openBrief, setTextSpeed } from './play.ts';

/** The page's requests for sound (the sprite, its map, howler's code) from now on, as they come. */
function soundRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (/\/audio\/|howler/.test(r.url())) urls.push(r.url());
  });
  return urls;
}

test('no sound is loaded or played before the first gesture; the first click unlocks it cleanly', async ({ page }) => {
  const audioRequests = soundRequests(page);
  const errors = pageErrors(page);
  await setTextSpeed(page, 0, { sound: true });
  await openBrief(page, 'late-delivery');
  // Nothing may load by itself: wait until the page has done all it does unasked (progress
  // loaded, and the idle work it schedules, the stage's warm-up, has had its turn).
  await expect(page.locator('body')).toHaveAttribute('data-progress', 'ready');
  await page.evaluate(() => new Promise<void>((idle) => requestIdleCallback(() => idle(), { timeout: 5000 })));
  await expect(page.locator('html')).toHaveAttribute('data-audio', 'locked');
  expect(await page.locator('html').getAttribute('data-last-sound')).toBeNull();
  expect(audioRequests).toEqual([]);
  await page.getByTestId('start').click();
  await expect(page.locator('html')).toHaveAttribute('data-audio', 'ready');
  await expect(page.locator('html')).toHaveAttribute('data-last-sound', /.+/);
  expect(audioRequests.some((u) => /sfx\.(webm|mp3)/.test(u))).toBe(true);
  await page.getByTestId('choice').first().click();
  // A reply clicks, may move the mood, and (interrupting a furious caller) may even end the call.
  await expect(page.locator('html')).toHaveAttribute('data-last-sound', /ui-click|mood-|phone-|ending-/);
  expect(errors).toEqual([]);
});

test('the audio output starts off the page’s thread: no audio context is made before the browser has listed its devices', async ({
  page,
}) => {
  // The first context of a browser starts its output and holds the page while it does (src/audio/warm-output.ts).
  // Here the browser takes a second and a half to answer, and Start is pressed before it has.
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __audioLog: string[] }).__audioLog = log;
    const devices = navigator.mediaDevices;
    const list = devices.enumerateDevices.bind(devices);
    devices.enumerateDevices = () => {
      log.push('asked');
      return new Promise((answer) =>
        setTimeout(() => {
          log.push('answered');
          answer(list());
        }, 1500),
      );
    };
    window.AudioContext = new Proxy(window.AudioContext, {
      construct(target, args: [AudioContextOptions?]) {
        log.push('context');
        return new target(...args);
      },
    });
  });
  await setTextSpeed(page, 0, { sound: true });
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await expect(page.locator('html')).toHaveAttribute('data-audio', 'ready');
  await expect(page.locator('html')).toHaveAttribute('data-last-sound', /.+/);
  const audioLog = () => page.evaluate(() => (window as unknown as { __audioLog: string[] }).__audioLog);
  await expect.poll(audioLog).toContain('answered');
  const log = await audioLog();
  const first = log.indexOf('context');
  expect(log[0]).toBe('asked');
  expect(first, log.join(', ')).toBeGreaterThan(0);
  expect(log.slice(0, first), log.join(', ')).toContain('answered');
});

test('volumes and mute are remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('open-settings').click();
  await page.getByTestId('setting-effects').fill('30');
  await page.getByTestId('setting-ambience').fill('0');
  await page.getByTestId('setting-voice').fill('55');
  await page.getByTestId('setting-mute').check();
  await page.getByTestId('settings-done').click();
  await page.reload();
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('setting-effects')).toHaveValue('30');
  await expect(page.getByTestId('setting-ambience')).toHaveValue('0');
  await expect(page.getByTestId('setting-voice')).toHaveValue('55');
  await expect(page.getByTestId('setting-mute')).toBeChecked();
});

test('a recorded line plays with its words, and the line is delivered when the voice ends', async ({ page }) => {
  test.setTimeout(90_000);
  await setTextSpeed(page, 0, { sound: true });
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  const line = page.getByTestId('customer-line');
  // The words are all there at once (text speed 0), but the customer is still talking.
  await expect(page.locator('html')).toHaveAttribute('data-voice', 'playing', { timeout: 15_000 });
  await expect(line).toContainText('Two days!');
  await expect(line).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-voice', 'done', { timeout: 30_000 });
  await expect(line).toHaveAttribute('aria-busy', 'false');
});

test('muted, a recorded line does not hold the conversation back', async ({ page }) => {
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  // Had the voice played, the line would stay busy until it ended, and then say so: 'done'.
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  expect(await page.locator('html').getAttribute('data-voice')).toBeNull();
});

test('muted, nothing is loaded or played; unmuting in the pause menu loads sound and brings back the channel\u2019s bed on resuming', async ({
  page,
}) => {
  const audioRequests = soundRequests(page);
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  // The gesture has come, and sound waits for being turned on: nothing fetched, nothing decoded.
  await expect(page.locator('html')).toHaveAttribute('data-audio', 'muted');
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  expect(await page.locator('html').getAttribute('data-last-sound')).toBeNull();
  expect(audioRequests).toEqual([]);
  await page.getByTestId('pause').click();
  await page.getByTestId('pause-settings').click();
  await page.getByTestId('setting-mute').uncheck();
  // Nothing plays behind the pause screen: the bed comes back when the conversation goes on.
  await expect(page.getByTestId('setting-mute')).not.toBeChecked();
  expect(await page.locator('html').getAttribute('data-last-sound')).toBeNull();
  await page.getByTestId('settings-done').click();
  await expect(page.locator('html')).toHaveAttribute('data-audio', 'ready');
  await expect(page.locator('html')).toHaveAttribute('data-last-sound', 'ambient-phone');
  expect(audioRequests.some((u) => /sfx\.(webm|mp3)/.test(u))).toBe(true);
});
