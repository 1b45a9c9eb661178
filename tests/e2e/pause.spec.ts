/**
 * Pause pauses (scenario-format.md, "Rules of play"): every clock stops behind the pause screen
 * (the line being delivered, the reply timer, the call clock), nothing runs or counts there, and
 * resuming continues where it stopped. The page's clock is driven by the test, so a minute's pause
 * costs nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/engine/index.ts';
import { playMoves as engineResult, shippedScenario } from '../scenario-paths.ts';
import { expectDebrief, freezeTime, openBrief, playMoves, setTextSpeed } from './play.ts';

const scenario = shippedScenario('late-delivery');
const best = bestPath(scenario).steps;
const opening = scenario.nodes[scenario.start]!.customer['en']!;
/** The reply limit of late-delivery (difficulty 1) with the timer at "normal". */
const LIMIT_S = 30;

/** The seconds the reply timer shows. */
async function secondsLeft(page: Page): Promise<number> {
  return Number(((await page.getByTestId('reply-timer').textContent()) ?? '').match(/\d+/)?.[0]);
}

test('paused during a line: the line, the call clock and the timer wait; resumed, the line goes on from where it was', async ({ page }) => {
  await page.clock.install();
  await setTextSpeed(page, 45);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  const line = page.getByTestId('customer-line');
  await freezeTime(page);
  await expect(line).toHaveAttribute('aria-busy', 'true');
  await expect(line).toHaveText(/^T/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pause-dialog')).toBeVisible();
  const said = (await line.textContent()) ?? '';
  const called = await page.getByTestId('call-time').textContent();
  expect(said.length).toBeLessThan(opening.length);
  // Far past the reply limit, behind the pause screen.
  await page.clock.fastForward(3 * LIMIT_S * 1000);
  await expect(line).toHaveText(said);
  await expect(line).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('call-time')).toHaveText(called!);
  await expect(page.getByTestId('reply-timer')).toBeHidden();
  await expect(page.getByTestId('status')).toHaveCount(0);
  await expect(page.getByTestId('mood')).toHaveAttribute('aria-valuenow', String(scenario.customer.mood));
  await page.getByTestId('pause-resume').click();
  await expect(page.getByTestId('pause-dialog')).toHaveCount(0);
  // Continued from where it stopped, not started again.
  await expect(line).toHaveText(said);
  await page.clock.runFor(500);
  const more = (await line.textContent()) ?? '';
  expect(more.length).toBeGreaterThan(said.length);
  expect(more.startsWith(said)).toBe(true);
  // A little time at once until the line is over: the reply timer then starts at full.
  for (let i = 0; i < 100 && (await line.getAttribute('aria-busy')) === 'true'; i++) await page.clock.runFor(200);
  await expect(line).toHaveText(opening);
  await expect(line).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('reply-timer')).toContainText(`${LIMIT_S} s to reply`);
  await expect(page.getByTestId('status')).toHaveCount(0);
});

test('paused during the reply timer: it holds where it was, expires nothing, and the replies are not late', async ({ page }) => {
  await page.clock.install();
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('reply-timer')).toBeVisible();
  await freezeTime(page);
  await page.clock.runFor(10_000);
  const timer = page.getByTestId('reply-timer');
  const left = await secondsLeft(page);
  expect(left).toBeLessThan(LIMIT_S - 5);
  // Select a reply with its number key, so there is a place for the focus to come back to.
  await page.keyboard.press('1');
  const selected = page.getByTestId('choice').first();
  await expect(selected).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pause-dialog')).toBeVisible();
  await page.clock.fastForward(5 * LIMIT_S * 1000);
  await expect(timer).toContainText(`${left} s to reply`);
  await expect(timer).not.toHaveClass(/expired/);
  await expect(page.getByTestId('status')).toHaveCount(0);
  // Esc again resumes, with the focus where it was and the timer where it stood.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pause-dialog')).toHaveCount(0);
  await expect(selected).toBeFocused();
  await expect(timer).toContainText(`${left} s to reply`);
  await page.clock.runFor(1_000);
  await expect(timer).toContainText(`${left - 1} s to reply`);
  await page.clock.resume();
  await playMoves(page, scenario, best);
  await expectDebrief(page, engineResult(scenario, best));
  await expect(page.getByTestId('late')).toHaveCount(0);
});

test('a language changed in the pause screen keeps the reply timer and the call clock where they were', async ({ page }) => {
  await page.clock.install();
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  // The line is delivered on a slow CPU, with the page's clock running: what the delivery sets off
  // takes milliseconds before the reply timer starts, which the timer must not count from.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('reply-timer')).toBeVisible();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await freezeTime(page);
  await page.clock.runFor(12_000);
  const left = await secondsLeft(page);
  const called = (await page.getByTestId('call-time').textContent())!;
  expect(left).toBeLessThan(LIMIT_S - 10);
  await page.keyboard.press('Escape');
  // Held by the pause, the bar shows the time left to the millisecond.
  const bar = () => page.locator('[data-testid=reply-timer] .timer-fill').evaluate((el: HTMLElement) => el.style.transform);
  const held = await bar();
  await page.getByTestId('pause-settings').click();
  await page.clock.fastForward(2 * LIMIT_S * 1000);
  // Choosing a language closes the settings, draws the conversation again in it, and goes on.
  await page.getByTestId('settings-language').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('settings')).toHaveCount(0);
  await expect(page.getByTestId('customer-line')).toHaveText(scenario.nodes[scenario.start]!.customer['ko']!);
  expect(await secondsLeft(page)).toBe(left);
  expect(await bar()).toBe(held);
  await expect(page.getByTestId('call-time')).toHaveText(called);
  await expect(page.getByTestId('reply-timer')).not.toHaveClass(/expired/);
});

test('a call resumed after a reload keeps its call clock when the language changes', async ({ page }) => {
  await page.clock.install();
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, best.slice(0, 1));
  await expect(page.locator('body')).toHaveAttribute('data-draft-replies', '1');
  await page.reload();
  await page.getByTestId('resume').click();
  await expect(page.getByTestId('call-time')).toBeVisible();
  await freezeTime(page);
  await page.clock.runFor(5_000);
  const called = (await page.getByTestId('call-time').textContent())!;
  expect(called).not.toBe('00:00');
  await page.keyboard.press('Escape');
  await page.getByTestId('pause-settings').click();
  await page.getByTestId('settings-language').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  // Drawn again, the call goes on from when this visit began, not from the new drawing.
  await expect(page.getByTestId('call-time')).toHaveText(called);
});
