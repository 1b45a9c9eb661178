/**
 * Playing the game through its contract only: deep link, `data-testid`s, `aria-busy`, buttons by
 * accessible name. Outside tools can do exactly the same.
 */
import { expect, type Page } from '@playwright/test';
import type { ConversationResult, Language, Scenario } from '../../src/engine/index.ts';
import { bestPath, PRINCIPLES } from '../../src/engine/index.ts';
import { choiceText, shippedScenario, type Move } from '../scenario-paths.ts';
import { REPLY_GUARD_MS } from '../../src/ui/conversation/reply-guard.ts';

/**
 * Sets the text speed before the page loads (characters per second; 0 = at once). Sound is muted
 * unless asked for, so recorded lines do not hold lines back (muted voices are skipped). The reply
 * timer is on (normal) unless asked otherwise.
 */
export async function setTextSpeed(
  page: Page,
  charsPerSecond: number,
  options: { sound?: boolean; timer?: 'normal' | 'long' | 'off' } = {},
): Promise<void> {
  await page.addInitScript(
    ([speed, sound, timer]) => {
      localStorage.setItem(
        'hot-seat:settings',
        JSON.stringify({ textSpeed: speed, timer, volumes: { effects: 0.8, ambience: 0.4, voice: 1, muted: !sound } }),
      );
    },
    [charsPerSecond, options.sound ?? false, options.timer ?? 'normal'] as const,
  );
}

/**
 * Stops the page's clock (installed with `page.clock.install()`) from flowing by itself, a moment
 * from now; from then on only the test moves time on (`page.clock.runFor`, `fastForward`).
 */
export async function freezeTime(page: Page): Promise<void> {
  // On a busy machine the moment can pass before the pause is set: then pick a new one.
  for (;;) {
    const at = await page.evaluate(() => Date.now() + 1_000);
    try {
      return await page.clock.pauseAt(at);
    } catch (e) {
      if (!String(e).includes('to the past')) throw e;
    }
  }
}

/**
 * Opens `id`'s brief with the page's clock installed (so call it before anything else loads the
 * page) and stops that clock, then clicks Start: from then on only the test moves time on
 * (`runUntil`, `playMovesHeld`, `page.clock.runFor`); `page.clock.resume()` lets it flow again.
 */
export async function startHeld(
  page: Page,
  id: string,
  charsPerSecond: number,
  options: Parameters<typeof setTextSpeed>[2] = {},
): Promise<void> {
  await page.clock.install();
  await setTextSpeed(page, charsPerSecond, options);
  await openBrief(page, id);
  await freezeTime(page);
  await page.getByTestId('start').click();
}

/**
 * Starts late-delivery with its venting opening held mid-line (`startHeld`), then runs the clock
 * just past the guard against accidental clicks, so a reply clicked next interrupts however slow
 * the machine is.
 */
export async function startInterrupting(page: Page): Promise<void> {
  await startHeld(page, 'late-delivery', 60);
  await expect(page.getByTestId('choice').first()).toBeVisible();
  await page.clock.runFor(REPLY_GUARD_MS + 50);
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'true');
}

/** From the menu to the trainers' page (scenario maps, a file from disk, the cohort view). */
export async function openTrainers(page: Page): Promise<void> {
  await page.getByTestId('open-trainers').click();
  await expect(page.getByTestId('trainers')).toBeVisible();
}

export async function openBrief(page: Page, id: string, lang: Language = 'en'): Promise<void> {
  await page.goto(`/?scenario=${id}&lang=${lang}`);
  await expect(page.getByTestId('start')).toBeVisible();
}

/** Plays moves; a move marked `interrupt` is clicked while the line is still being delivered. */
export async function playMoves(page: Page, scenario: Scenario, moves: readonly Move[], lang: Language = 'en'): Promise<void> {
  for (const move of moves) {
    // The move's own line: after a reply the customer takes a beat, and the last line stays current.
    const line = page.locator(`[data-testid="customer-line"][data-node="${move.nodeId}"]`);
    if (move.interrupt) await expect(line).toHaveAttribute('aria-busy', 'true');
    else await expect(line).toHaveAttribute('aria-busy', 'false');
    await page.getByRole('button', { name: choiceText(scenario, move, lang), exact: true }).click();
  }
}

/**
 * With the page's clock held (`freezeTime`): runs it on a tenth of a second at a time until
 * `ready(arg)`, evaluated in the page, is true; a minute of the page's time at most, then the
 * caller's next check says what is missing.
 */
export async function runUntil(page: Page, ready: (arg: string) => boolean, arg: string): Promise<void> {
  for (let i = 0; i < 600 && !(await page.evaluate(ready, arg)); i++) await page.clock.runFor(100);
}

/** In the page: the line of `node` has been delivered and its replies take input. */
export function delivered(node: string): boolean {
  const line = document.querySelector(`[data-testid="customer-line"][data-node="${node}"]`);
  return line?.getAttribute('aria-busy') === 'false' && !!document.querySelector('[data-testid="choice"]:not([aria-disabled])');
}

/**
 * Plays moves with the page's clock held (`startInterrupting`, `freezeTime`): time is run on
 * until each move's line has been delivered and its replies take input, then the reply is
 * clicked. Lines at a learner's speed then cost the test only the page's own work. The clock
 * stays held: `page.clock.resume()` lets the conversation end in real time.
 */
export async function playMovesHeld(page: Page, scenario: Scenario, moves: readonly Move[]): Promise<void> {
  for (const move of moves) {
    await runUntil(page, delivered, move.nodeId);
    await page.getByRole('button', { name: choiceText(scenario, move, 'en'), exact: true }).click();
  }
}

/** Checks the debrief shows the engine's result: ending and "Principle score / best" per row. */
export async function expectDebrief(page: Page, result: ConversationResult): Promise<void> {
  const debrief = page.getByTestId('debrief');
  await expect(debrief).toBeVisible();
  await expect(page.getByTestId('ending')).toHaveAttribute('data-ending', result.ending);
  for (const p of PRINCIPLES) {
    const row = page.getByTestId(`score-${p}`);
    const text = (await row.textContent()) ?? '';
    const numbers = text.match(/-?\d+/g)?.map(Number);
    expect(numbers?.slice(0, 2), `${p}: "${text}"`).toEqual([result.scores[p], result.best[p]]);
  }
}

/** Opens `id` by deep link and plays its best path to the debrief (chat-rephrase: short, no hold). */
export async function playThrough(page: Page, id = 'chat-rephrase'): Promise<void> {
  const s = shippedScenario(id);
  await openBrief(page, id);
  const before = await recordedAttempts(page);
  await page.getByTestId('start').click();
  await playMoves(page, s, bestPath(s).steps);
  await expect(page.getByTestId('debrief')).toBeVisible();
  await expectRecorded(page, before + 1);
}

/** Attempts this page has stored so far (its body's `data-recorded-attempts` mark). */
export async function recordedAttempts(page: Page): Promise<number> {
  return Number((await page.locator('body').getAttribute('data-recorded-attempts')) ?? 0);
}

/** Waits until this page has stored `count` attempts: leaving sooner could cut the last write short. */
export async function expectRecorded(page: Page, count = 1): Promise<void> {
  await expect(page.locator('body')).toHaveAttribute('data-recorded-attempts', String(count));
}

/**
 * Answers with the first reply at each decision until the debrief shows. Waits for the debrief or
 * for replies that take input, whichever comes: the debrief comes a task after the last reply.
 */
export async function playFirstRepliesToDebrief(page: Page): Promise<void> {
  for (;;) {
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=debrief]') !== null ||
        (document.querySelector('[data-testid=customer-line][aria-busy=false]') !== null &&
          document.querySelector('[data-testid=choice]:not([aria-disabled=true])') !== null),
    );
    if (await page.getByTestId('debrief').isVisible()) return;
    await page.getByTestId('choice').first().click();
  }
}
