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
  page.setDefaultTimeout(20_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (options.settings) {
    await page.addInitScript((json) => localStorage.setItem('hot-seat:settings', json), JSON.stringify(options.settings));
  }
  return { context, page, cdp, close: () => context.close() };
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
