/**
 * Jank while playing: long tasks (over 50 ms) and dropped frames (animation-frame gaps over 34 ms)
 * during screen changes (menu → brief → conversation → debrief → menu) and during whole
 * conversations of late-delivery played along the engine's best path: once with the stage (Phaser)
 * loading for the first time, once again with "Play again".
 */
import type { Browser, Page } from '@playwright/test';
import { bestPath } from '../../src/engine/index.ts';
import { shippedScenario } from '../../tests/scenario-paths.ts';
import { freshPage, pageNow } from './browser.ts';
import { SCENARIO } from './cold-load.ts';
import { installJankProbe, readJank, type JankLog } from './probes.ts';

/** Lines are delivered at this speed (characters per second), so a conversation takes seconds, as in play. */
export const CONVERSATION_TEXT_SPEED = 300;

/** What happened during one window of time. */
export interface WindowJank {
  readonly ms: number;
  readonly longTasks: number;
  readonly maxLongTaskMs: number;
  readonly droppedFrames: number;
  readonly maxGapMs: number;
}

/** The windows measured, by name. */
export type JankSample = Record<string, WindowJank>;

/** The choice ids of the best path, in order. */
export function bestChoices(): string[] {
  return bestPath(shippedScenario(SCENARIO)).steps.map((s) => s.choiceId);
}

/** Resolves, in the first animation frame where `selector` is visible, with that frame's time. */
async function seen(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el instanceof HTMLElement && el.checkVisibility() && performance.now();
  }, selector);
  return (await handle.jsonValue()) as number;
}

/** Clicks each choice once its line has been delivered (aria-busy false), as a patient learner would. */
export async function clickChoices(page: Page, choices: readonly string[]): Promise<void> {
  for (const id of choices) {
    const button = `[data-testid=choice][data-choice="${id}"]`;
    await page.waitForFunction(
      (sel) =>
        document.querySelector('[data-testid=customer-line]')?.getAttribute('aria-busy') === 'false' &&
        document.querySelector(sel) !== null,
      button,
    );
    await page.click(button);
  }
}

/** Plays choices to the end; resolves with the frame time at which the debrief shows. */
async function playThrough(page: Page, choices: readonly string[]): Promise<number> {
  await clickChoices(page, choices);
  return seen(page, '[data-testid=debrief]');
}

function windowOf(log: JankLog, start: number, end: number): WindowJank {
  const tasks = log.longTasks.filter((t) => t.start >= start && t.start < end);
  const gaps = log.gaps.filter((g) => g.start + g.gap > start && g.start < end);
  return {
    ms: end - start,
    longTasks: tasks.length,
    maxLongTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    droppedFrames: gaps.length,
    maxGapMs: Math.max(0, ...gaps.map((g) => g.gap)),
  };
}

/** Menu → brief → conversation → debrief → play again → debrief → menu, in one fresh page. */
export async function measureJank(browser: Browser, base: string, choices: readonly string[]): Promise<JankSample> {
  const p = await freshPage(browser, { settings: { textSpeed: CONVERSATION_TEXT_SPEED } });
  const { page } = p;
  try {
    await installJankProbe(page);
    await page.goto(`${base}/`);
    await seen(page, '[data-testid=menu]');
    await page.waitForTimeout(1000); // the load's own work is not what is measured here
    const t0 = await pageNow(page);
    await page.click(`[data-testid=open-scenario][data-scenario="${SCENARIO}"]`);
    const t1 = await seen(page, '[data-testid=start]');
    const t2 = await pageNow(page);
    await page.click('[data-testid=start]');
    const t3 = await seen(page, '[data-testid=choice]');
    await clickChoices(page, choices.slice(0, -1));
    const t4 = await pageNow(page);
    const t5 = await playThrough(page, choices.slice(-1));
    await page.waitForTimeout(300);
    const t6 = await pageNow(page);
    await page.click('[data-testid=play-again]');
    const t7 = await seen(page, '[data-testid=choice]');
    const t8 = await playThrough(page, choices);
    await page.waitForTimeout(300);
    const t9 = await pageNow(page);
    await page.click('[data-testid=back]');
    const t10 = await seen(page, '[data-testid=menu]');
    await page.waitForTimeout(200);
    const log = await readJank(page);
    return {
      'menu → brief': windowOf(log, t0, t1),
      'brief → conversation': windowOf(log, t2, t3),
      'conversation (stage loads)': windowOf(log, t2, t5),
      'conversation → debrief': windowOf(log, t4, t5),
      'play again → conversation': windowOf(log, t6, t7),
      'conversation (again)': windowOf(log, t6, t8),
      'debrief → menu': windowOf(log, t9, t10),
    };
  } finally {
    await p.close();
  }
}
