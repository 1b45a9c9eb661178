/**
 * The stage on a slow PC: the CPU slowed 6×, lines at the default 45 characters a second, and Start
 * pressed as soon as the brief shows, before the stage (Phaser) has started. The customer should be
 * on stage before the first line has been spoken: how long after the click the stage first shows a
 * customer, against how long the first line takes. A race against real time, so it is measured
 * here and not asserted in a test (tests/e2e/stage.spec.ts checks that it happens at all).
 */
import type { Browser } from '@playwright/test';
import { freshPage } from './browser.ts';
import { SCENARIO } from './cold-load.ts';

/** A slow PC, as the test of the stage's start-up has always taken it. */
export const SLOW_CPU = 6;
/** The game's default text speed. */
const LINE_CPS = 45;
/** Sound off, as in the browser tests: a recorded voice would set the line's pace instead. */
const MUTED = { effects: 0.8, ambience: 0.4, voice: 1, muted: true };

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
  const copy = document.createElement('canvas');
  [copy.width, copy.height] = [32, 32];
  const poll = setInterval(() => {
    if (w.click === undefined) return;
    const busy = document.querySelector('[data-testid=customer-line]')?.getAttribute('aria-busy');
    if (busy === 'false') w.line ??= performance.now();
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
    if (w.drawn === undefined && canvas && canvas.width > 0 && !document.getElementById('stage')?.hidden) {
      const ctx = copy.getContext('2d', { willReadFrequently: true })!;
      ctx.clearRect(0, 0, 32, 32);
      ctx.drawImage(canvas, 0, 0, 32, 32);
      const data = ctx.getImageData(0, 0, 32, 32).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      if (colours.size >= 8) w.drawn = performance.now();
    }
    if (w.drawn !== undefined && w.line !== undefined) clearInterval(poll);
  }, 50);
}

/** One deep link on a slow PC with Start pressed at once. */
export async function measureSlowStage(browser: Browser, base: string): Promise<SlowStageSample> {
  const p = await freshPage(browser, { settings: { textSpeed: LINE_CPS, timer: 'off', volumes: MUTED } });
  try {
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
