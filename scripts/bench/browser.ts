/**
 * The bench's browser: Chromium launched exactly as the browser tests launch it
 * (tests/e2e/browser.ts), headless, and a fresh context per measurement with the cache disabled.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { launchOptions } from '../../tests/e2e/browser.ts';

/** A fresh page in its own context, with a CDP session on it. */
export interface BenchPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  close(): Promise<void>;
}

/** Options for a fresh page. */
export interface FreshPageOptions {
  /** The window's size; unset = the browser tests' 1280×800. */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Stored game settings (localStorage `hot-seat:settings`), e.g. `{ textSpeed: 0 }`; unset = defaults. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** The game's service worker: blocked unless a measurement is about it (second visits). */
  readonly serviceWorkers?: 'allow' | 'block';
}

/** Launches headless Chromium itself (not the tests' headless shell), with the browser tests' flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...launchOptions('full'), headless: true });
}

/** Same viewport and locale as playwright.config.ts, so the game picks English by itself. */
const CONTEXT = { viewport: { width: 1280, height: 800 }, locale: 'en-GB' } as const;

/** A new context (empty cache, empty storage) with HTTP caching disabled through CDP. */
export async function freshPage(browser: Browser, options: FreshPageOptions = {}): Promise<BenchPage> {
  const context = await browser.newContext({
    ...CONTEXT,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  // tsx compiles with esbuild's keepNames, which wraps functions in `__name(…)`; functions handed
  // to the page (evaluate, init scripts) need that helper there too.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  await untilBrowserIdle(browser);
  page.setDefaultTimeout(20_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (options.settings) {
    await page.addInitScript((json) => localStorage.setItem('hot-seat:settings', json), JSON.stringify(options.settings));
  }
  return { context, page, cdp, close: () => context.close() };
}

/** CPU time (ms) all the browser's processes may use in one `IDLE_WINDOW_MS` for it to count as idle. */
const IDLE_CPU_MS = 20;
const IDLE_WINDOW_MS = 250;
/** How long to wait for an idle browser before measuring anyway. */
const IDLE_WAIT_MAX_MS = 10_000;

/**
 * Waits until no process of the browser is busy: a window opened in desktop Chromium starts its
 * own UI (a renderer for the address bar's popup) for a second or more, about a core's worth on
 * this two-core machine. A learner's browser is already open when they follow a link, so a load
 * measured during that start-up measures the browser; the second visit's first choice went from
 * about 1.35 s to 0.86 s (medians, interleaved) once the window had settled. Watched with CDP's
 * per-process CPU times, so a slow machine waits as long as it needs and a quiet one not at all.
 */
export async function untilBrowserIdle(browser: Browser): Promise<void> {
  const cdp = await browser.newBrowserCDPSession();
  type Info = { processInfo: { id: number; cpuTime: number }[] };
  const cpuTimes = async () => new Map(((await cdp.send('SystemInfo.getProcessInfo')) as Info).processInfo.map((p) => [p.id, p.cpuTime]));
  try {
    const until = Date.now() + IDLE_WAIT_MAX_MS;
    let before = await cpuTimes();
    while (Date.now() < until) {
      await new Promise((done) => setTimeout(done, IDLE_WINDOW_MS));
      const now = await cpuTimes();
      // Seconds of CPU each process used in the window (a new process: all it has used).
      let used = 0;
      for (const [id, seconds] of now) used += seconds - (before.get(id) ?? 0);
      if (used * 1000 <= IDLE_CPU_MS) return;
      before = now;
    }
  } finally {
    await cdp.detach();
  }
}

/** Runs a full garbage collection (twice, for weak references) and returns the used JS heap. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/** One reading of the renderer's counters from CDP `Performance.getMetrics`. */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** `performance.now()` in the page: milliseconds since its navigation started. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
