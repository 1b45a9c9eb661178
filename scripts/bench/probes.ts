/**
 * Scripts the bench puts into pages before they load. They only watch the game's stable hooks
 * (`data-testid`s) and the browser's own timing APIs; times are `performance.now()` in the page,
 * i.e. milliseconds since its navigation started.
 */
import type { Page } from '@playwright/test';

/** A fetched resource as Resource Timing saw it. */
export interface ResourceSeen {
  readonly url: string;
  readonly start: number;
  readonly end: number;
}

/** When each screen first became interactive, in the frame that first showed it. */
export interface LoadMarks {
  brief?: number;
  choice?: number;
  menu?: number;
  /** The stage has every face of the customer (`#stage[data-pictures=ready]`, first time). */
  faces?: number;
  /** What had finished loading when the first mark was taken (Resource Timing lists only those). */
  resources?: ResourceSeen[];
}

/** Long tasks and gaps between animation frames seen since the page started. */
export interface JankLog {
  readonly longTasks: { start: number; duration: number }[];
  readonly gaps: { start: number; gap: number }[];
  frames: number;
}

/** An animation-frame gap longer than this is a dropped frame (two frames at 60 Hz, plus slack). */
export const FRAME_GAP_MS = 34;

/**
 * Marks, in a requestAnimationFrame loop, the first frame in which the brief's start button is
 * visible and enabled, a choice button is visible, or the menu is visible. With `autoStart`, the
 * start button is clicked in that same frame (the soonest a person could), so `choice` is the
 * first playable choice of a deep link.
 */
export async function installLoadProbe(page: Page, autoStart: boolean): Promise<void> {
  await page.addInitScript((auto: boolean) => {
    const marks: LoadMarks = {};
    (window as unknown as { __marks: LoadMarks }).__marks = marks;
    const shown = (el: Element | null): el is HTMLElement =>
      el instanceof HTMLElement && el.checkVisibility() && el.getBoundingClientRect().width > 0;
    const snapshot = () => {
      marks.resources ??= performance
        .getEntriesByType('resource')
        .map((e) => ({ url: e.name, start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd }));
    };
    const tick = () => {
      if (marks.choice === undefined && shown(document.querySelector('[data-testid=choice]'))) marks.choice = performance.now();
      const start = document.querySelector('[data-testid=start]');
      if (marks.brief === undefined && shown(start) && !(start as HTMLButtonElement).disabled) {
        marks.brief = performance.now();
        snapshot();
        if (auto) {
          start.click();
          if (shown(document.querySelector('[data-testid=choice]'))) marks.choice = performance.now();
        }
      }
      if (marks.menu === undefined && shown(document.querySelector('[data-testid=menu]'))) {
        marks.menu = performance.now();
        snapshot();
      }
      const done = marks.menu !== undefined || (marks.brief !== undefined && (!auto || marks.choice !== undefined));
      if (!done) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // The customer's faces arrive after the first screen, one way or another: watched apart from the frames.
    new MutationObserver((_, watch) => {
      if (!document.querySelector('#stage[data-pictures=ready]')) return;
      marks.faces ??= performance.now();
      watch.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-pictures'] });
  }, autoStart);
}

/** Reads the load marks, waiting until `key` has been marked. */
export async function readLoadMarks(page: Page, key: 'brief' | 'choice' | 'menu' | 'faces'): Promise<LoadMarks> {
  await page.waitForFunction((k) => (window as unknown as { __marks?: LoadMarks }).__marks?.[k] !== undefined, key);
  return page.evaluate(() => (window as unknown as { __marks: LoadMarks }).__marks);
}

/** Records every long task (PerformanceObserver 'longtask') and every animation-frame gap. */
export async function installJankProbe(page: Page): Promise<void> {
  await page.addInitScript((gapMs: number) => {
    const log: JankLog = { longTasks: [], gaps: [], frames: 0 };
    (window as unknown as { __jank: JankLog }).__jank = log;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) log.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    let last = -1;
    const frame = (t: number) => {
      log.frames++;
      if (last >= 0 && t - last > gapMs) log.gaps.push({ start: last, gap: t - last });
      last = t;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, FRAME_GAP_MS);
}

/** The jank recorded so far. */
export function readJank(page: Page): Promise<JankLog> {
  return page.evaluate(() => (window as unknown as { __jank: JankLog }).__jank);
}
