/**
 * The stage on a slow PC: the CPU slowed 6×, lines at the default 45 characters a second, and Start
 * pressed as soon as the brief shows, before the stage (Phaser) has started. The customer should be
 * on stage before the first line has been spoken: how long after the click the stage first shows a
 * customer, against how long the first line takes. A race against real time, so it is measured
 * here and not asserted in a test (tests/e2e/stage.spec.ts checks that it happens at all).
 */
import type { Browser } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../src/engine/index.ts';
import { stageColours } from '../../tests/e2e/stage-pixels.ts';
import { freshPage } from './browser.ts';
import { SCENARIO } from './cold-load.ts';

/** A slow PC, as the test of the stage's start-up has always taken it. */
export const SLOW_CPU = 6;
/** Lines at the game's default speed; sound off, as in the browser tests: a recorded voice would set the line's pace instead. */
const SETTINGS = { ...DEFAULT_SETTINGS, timer: 'off', volumes: { ...DEFAULT_SETTINGS.volumes, muted: true } };

/** Milliseconds after the Start click, in the page's own clock. */
export interface SlowStageSample {
  /** The stage first showed a set and a customer (8 colours or more on its canvas). */
  readonly drawnMs: number;
  /** The first line was fully spoken (`aria-busy` false). */
  readonly lineMs: number;
}

interface Watch {
  click?: number;
  drawn?: number;
  line?: number;
}

/** In the page: notes the click, the stage's first drawn frame and the first line's end. */
function watch(): void {
  const w: Watch = {};
  (window as unknown as { slowStage: Watch }).slowStage = w;
  document.addEventListener('click', () => (w.click ??= performance.now()), { capture: true, once: true });
  const colours = (window as unknown as { stageColours: () => number }).stageColours;
  const poll = setInterval(() => {
    if (w.click === undefined) return;
    const busy = document.querySelector('[data-testid=customer-line]')?.getAttribute('aria-busy');
    if (busy === 'false') w.line ??= performance.now();
    if (w.drawn === undefined && !document.getElementById('stage')?.hidden && colours() >= 8) w.drawn = performance.now();
    if (w.drawn !== undefined && w.line !== undefined) clearInterval(poll);
  }, 50);
}

/** One deep link on a slow PC with Start pressed at once. */
export async function measureSlowStage(browser: Browser, base: string): Promise<SlowStageSample> {
  const p = await freshPage(browser, { settings: SETTINGS });
  try {
    await p.context.addInitScript({ content: `window.stageColours = ${stageColours.toString()};` });
    await p.cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU });
    await p.page.goto(`${base}/?scenario=${SCENARIO}&lang=en`);
    await p.page.getByTestId('start').waitFor({ timeout: 60_000 });
    await p.page.evaluate(watch);
    await p.page.getByTestId('start').click();
    const done = await p.page.waitForFunction(
      () => {
        const w = (window as unknown as { slowStage: Watch }).slowStage;
        return w.drawn !== undefined && w.line !== undefined && w.click !== undefined ? w : false;
      },
      undefined,
      { polling: 250, timeout: 60_000 },
    );
    const w = (await done.jsonValue()) as Required<Watch>;
    return { drawnMs: w.drawn - w.click, lineMs: w.line - w.click };
  } finally {
    await p.close();
  }
}
