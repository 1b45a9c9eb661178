/**
 * Scripts the bench puts into pages before they load. They only watch the game's stable hooks
 * (`data-testid`s) and the browser's own timing APIs; times are `performance.now()` in the page,
 * i.e. milliseconds since its navigation started.
 */
import type { CDPSession, Page } from '@playwright/test';

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

/** The page function the probes report through (a CDP binding, present in every document). */
const BINDING = '__hotSeatReport';

/** The latest report of a probe in the page, and a wait for one that satisfies a test. */
export interface Reports<T> {
  /** Resolves with the first report (the latest, if one already does) for which `ok` holds; rejects after `timeoutMs`. */
  until(ok: (report: T) => boolean, what: string, timeoutMs?: number): Promise<T>;
}

/**
 * Listens for what a probe in the page reports with `window.__hotSeatReport(json)`. A binding
 * rather than Playwright's waits, so the bench runs no script in the page while it loads:
 * Playwright's own page script (behind its waits and queries) is a large compile, about 170 ms of
 * the main thread with the CPU 4× slower, which no learner's browser pays.
 */
async function listen<T>(cdp: CDPSession): Promise<Reports<T>> {
  let latest: T | undefined;
  const waiting = new Set<() => void>();
  cdp.on('Runtime.bindingCalled', (event) => {
    if (event.name !== BINDING) return;
    latest = JSON.parse(event.payload) as T;
    for (const check of [...waiting]) check();
  });
  // The binding's calls are told only to a session with the runtime domain on.
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: BINDING });
  return {
    until: (ok, what, timeoutMs = 60_000) =>
      new Promise((done, fail) => {
        const timer = setTimeout(() => {
          waiting.delete(check);
          fail(new Error(`the page showed no ${what} within ${timeoutMs} ms (last report: ${JSON.stringify(latest)})`));
        }, timeoutMs);
        const check = () => {
          if (latest === undefined || !ok(latest)) return;
          waiting.delete(check);
          clearTimeout(timer);
          done(latest);
        };
        waiting.add(check);
        check();
      }),
  };
}

/** Waits for the load probe's marks. */
export interface LoadProbe {
  /** Resolves with the marks once `key` has been marked. */
  read(key: keyof Omit<LoadMarks, 'resources'>): Promise<LoadMarks>;
}

/**
 * Marks, in a requestAnimationFrame loop, the first frame in which the brief's start button is
 * visible and enabled, a choice button is visible, or the menu is visible. With `autoStart`, the
 * start button is clicked in that same frame (the soonest a person could), so `choice` is the
 * first playable choice of a deep link. Each new mark is reported through the binding (see
 * `listen`).
 */
export async function installLoadProbe(page: Page, cdp: CDPSession, autoStart: boolean): Promise<LoadProbe> {
  const reports = await listen<LoadMarks>(cdp);
  await page.addInitScript(
    ({ auto, binding }: { auto: boolean; binding: string }) => {
      const marks: LoadMarks = {};
      const report = () => (window as unknown as Record<string, (json: string) => void>)[binding]?.(JSON.stringify(marks));
      const shown = (el: Element | null): el is HTMLElement =>
        el instanceof HTMLElement && el.checkVisibility() && el.getBoundingClientRect().width > 0;
      const snapshot = () => {
        marks.resources ??= performance
          .getEntriesByType('resource')
          .map((e) => ({ url: e.name, start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd }));
      };
      const tick = () => {
        // Marks are only ever added, so a new key is a new mark.
        const before = Object.keys(marks).length;
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
        if (Object.keys(marks).length !== before) report();
        const done = marks.menu !== undefined || (marks.brief !== undefined && (!auto || marks.choice !== undefined));
        if (!done) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      // The customer's faces arrive after the first screen, one way or another: watched apart from the frames.
      new MutationObserver((_, watch) => {
        if (!document.querySelector('#stage[data-pictures=ready]')) return;
        marks.faces ??= performance.now();
        watch.disconnect();
        report();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-pictures'] });
    },
    { auto: autoStart, binding: BINDING },
  );
  return { read: (key) => reports.until((marks) => marks[key] !== undefined, key) };
}

/**
 * Reports the bare Phaser page's `window.__bare` (bench/bare-phaser) once its first frame is
 * marked, watched a frame at a time (see `listen`).
 */
export async function installBareProbe(page: Page, cdp: CDPSession): Promise<() => Promise<{ created: number; firstFrame: number }>> {
  type Bare = { created: number; firstFrame: number };
  const reports = await listen<Bare>(cdp);
  await page.addInitScript((binding: string) => {
    const tick = () => {
      const bare = (window as unknown as { __bare?: { firstFrame?: number } }).__bare;
      if (bare?.firstFrame === undefined) return void requestAnimationFrame(tick);
      (window as unknown as Record<string, (json: string) => void>)[binding]?.(JSON.stringify(bare));
    };
    requestAnimationFrame(tick);
  }, BINDING);
  return () => reports.until(() => true, 'first frame of the bare Phaser page');
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
