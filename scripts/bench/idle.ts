/**
 * Idle cost: a conversation on screen waiting for a reply, nothing moving. The main thread's busy
 * share is the growth of CDP `Performance.getMetrics` TaskDuration over 5 s of wall time; the same
 * on the bare Phaser page. The number of requestAnimationFrame callbacks requested in that time is
 * kept as evidence of what keeps running (a sleeping game loop requests none).
 */
import type { Browser, Page } from '@playwright/test';
import { freshPage, metrics, type BenchPage } from './browser.ts';
import { SCENARIO } from './cold-load.ts';

/** How long the idle page is watched. */
export const IDLE_MS = 5000;

/** Time allowed after the last change before watching (the stage stays awake 700 ms after one). */
const SETTLE_MS = 2000;

/** One idle reading. */
export interface IdleSample {
  /** Share of wall time the main thread was busy, 0–1. */
  readonly busy: number;
  /** Share of wall time spent running script, 0–1. */
  readonly script: number;
  /** requestAnimationFrame calls during the window. */
  readonly rafCalls: number;
}

/** Counts requestAnimationFrame calls without adding any frames of its own. */
async function countFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    const w = window as unknown as { __rafCalls: number };
    w.__rafCalls = 0;
    window.requestAnimationFrame = (cb) => {
      w.__rafCalls++;
      return raf(cb);
    };
  });
}

const rafCalls = (page: Page) => page.evaluate(() => (window as unknown as { __rafCalls: number }).__rafCalls);

async function watchIdle(p: BenchPage): Promise<IdleSample> {
  await p.page.waitForTimeout(SETTLE_MS);
  const m0 = await metrics(p.cdp);
  const r0 = await rafCalls(p.page);
  await p.page.waitForTimeout(IDLE_MS);
  const m1 = await metrics(p.cdp);
  const r1 = await rafCalls(p.page);
  const wall = (m1['Timestamp'] ?? 0) - (m0['Timestamp'] ?? 0);
  const delta = (k: string) => (m1[k] ?? 0) - (m0[k] ?? 0);
  return { busy: delta('TaskDuration') / wall, script: delta('ScriptDuration') / wall, rafCalls: r1 - r0 };
}

/**
 * The game: deep link, start, first line delivered, stage drawn; then 5 s of waiting. With
 * `replyTimer` false the reply timer is off (nothing on screen is meant to move but the call
 * clock's seconds); with true it runs as by default, its countdown bar animating.
 */
export async function idleGame(browser: Browser, base: string, replyTimer: boolean): Promise<IdleSample> {
  const p = await freshPage(browser, { settings: replyTimer ? { textSpeed: 0 } : { textSpeed: 0, timer: 'off' } });
  try {
    await p.cdp.send('Performance.enable');
    await countFrames(p.page);
    await p.page.goto(`${base}/?scenario=${SCENARIO}&lang=en`);
    await p.page.click('[data-testid=start]');
    await p.page.locator('[data-testid=customer-line][aria-busy=false]').waitFor();
    await p.page.locator('#stage-canvas canvas').first().waitFor({ state: 'attached' });
    return await watchIdle(p);
  } finally {
    await p.close();
  }
}

/** The bare Phaser page after its first frame: Phaser's default loop, redrawing every frame. */
export async function idleBare(browser: Browser, base: string): Promise<IdleSample> {
  const p = await freshPage(browser);
  try {
    await p.cdp.send('Performance.enable');
    await countFrames(p.page);
    await p.page.goto(`${base}/`);
    await p.page.waitForFunction(() => document.body.dataset['ready'] === 'true');
    return await watchIdle(p);
  } finally {
    await p.close();
  }
}
