/**
 * Memory over a day of practice: late-delivery played along its best path, again and again in
 * the same page through "Play again", with lines shown at once. Each reply waits for the stage's
 * reaction to end (`READ_MS`), as a learner reads it before answering; a learner is slower still.
 * The used JS heap is read after a forced GC (CDP HeapProfiler.collectGarbage, then
 * Runtime.getHeapUsage) after 5 and after 50 plays, then after 50 more played at full speed, a
 * burst that shows a leak (objects keep growing) apart from warm-up. A heap snapshot at each
 * reading says how much of the heap is compiled code, which V8 grows and drops by itself.
 */
import type { Browser, Page } from '@playwright/test';
import { freshPage, heapAfterGc } from './browser.ts';
import { compiledCodeBytes } from './heap-snapshot.ts';
import { SCENARIO } from './cold-load.ts';

/** Quiet time before each reading. */
const SETTLE_MS = 1000;

/** A reply's pause: the stage stays awake 700 ms after a change (src/stage/phaser-stage.ts). */
export const READ_MS = 750;

/** One reading: the used heap, and the part of it that is compiled code, in bytes. */
export interface HeapReading {
  readonly used: number;
  readonly code: number;
}

/** Heap readings of one run. */
export interface HeapSample {
  readonly after5: HeapReading;
  readonly after50: HeapReading;
  /** After 50 more plays at full speed. */
  readonly after100: HeapReading;
}

/**
 * Plays `count` conversations inside the page, through the same hooks a person or test uses:
 * click a choice once the line is delivered (aria-busy false), the choice is live and `pauseMs` more have passed, then
 * "Play again" on the debrief. Driving from inside the page keeps timing in the page's hands.
 */
export function playInPage(page: Page, choices: readonly string[], count: number, pauseMs = 0): Promise<void> {
  return page.evaluate(
    async ({ ids, n, pause }) => {
      const rest = () => new Promise((r) => setTimeout(r, pause));
      const until = <T>(probe: () => T | null | undefined | false): Promise<T> =>
        new Promise((resolve, reject) => {
          const hit = probe();
          if (hit) return resolve(hit);
          const observer = new MutationObserver(() => {
            const found = probe();
            if (!found) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve(found);
          });
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error('timed out waiting for the game'));
          }, 10_000);
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        });
      const button = (sel: string) => document.querySelector<HTMLButtonElement>(sel);
      for (let i = 0; i < n; i++) {
        (button('[data-testid=play-again]') ?? button('[data-testid=start]'))?.click();
        for (const id of ids) {
          const b = await until(
            () =>
              document.querySelector('[data-testid=customer-line]')?.getAttribute('aria-busy') === 'false' &&
              // A reply takes clicks once it is live (aria-disabled gone, 250 ms after it shows:
              // src/ui/conversation/reply-guard.ts); a click before that chooses nothing.
              button(`[data-testid=choice][data-choice="${id}"]:not([aria-disabled=true])`),
          );
          if (pause) await rest();
          b.click();
        }
        await until(() => button('[data-testid=play-again]'));
        if (pause) await rest();
      }
    },
    { ids: [...choices], n: count, pause: pauseMs },
  );
}

/** Heap after 5 and 50 plays at a reader's pace, then after a burst of 50 more, in one fresh page. */
export async function measureHeap(browser: Browser, base: string, choices: readonly string[]): Promise<HeapSample> {
  // Muted: a recorded line would hold every play back by its length (a muted voice is skipped).
  const p = await freshPage(browser, { settings: { textSpeed: 0, volumes: { muted: true } } });
  try {
    await p.page.goto(`${base}/?scenario=${SCENARIO}&lang=en`);
    // A real click starts the first play: the game unlocks and loads its audio on a trusted gesture.
    await p.page.click('[data-testid=start]');
    await playInPage(p.page, choices, 5, READ_MS);
    // The stage (Phaser) loads during the first play; make sure it is in the baseline.
    await p.page.locator('#stage-canvas canvas').first().waitFor({ state: 'attached' });
    const settled = async () => {
      // Let pending work finish (the progress store's IndexedDB writes hold their records until then).
      await p.page.waitForTimeout(SETTLE_MS);
      const used = await heapAfterGc(p.cdp);
      return { used, code: await compiledCodeBytes(p.cdp) };
    };
    const after5 = await settled();
    await playInPage(p.page, choices, 45, READ_MS);
    const after50 = await settled();
    await playInPage(p.page, choices, 50, 0);
    const after100 = await settled();
    return { after5, after50, after100 };
  } finally {
    await p.close();
  }
}
