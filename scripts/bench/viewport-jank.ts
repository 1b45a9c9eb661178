/**
 * Jank in a conversation at each of the five sizes the layout is made for (laptops, a desktop,
 * two phones): late-delivery played along its best path, the stage drawn in whatever box the
 * layout gives it, long tasks (over 50 ms) counted from the brief's Start to the debrief.
 */
import type { Browser } from '@playwright/test';
import { VIEWPORTS } from '../../tests/e2e/layout-rules.ts';
import { freshPage, pageNow } from './browser.ts';
import { SCENARIO } from './cold-load.ts';
import { clickChoices, CONVERSATION_TEXT_SPEED } from './conversation.ts';
import { installJankProbe, readJank } from './probes.ts';

/** Long tasks during one conversation at one size. */
export interface ViewportJank {
  readonly viewport: string;
  readonly longTasks: number;
  readonly maxLongTaskMs: number;
}

/** One conversation at each of the five sizes, each in a fresh page (the stage warmed on the brief). */
export async function measureViewportJank(browser: Browser, base: string, choices: readonly string[]): Promise<ViewportJank[]> {
  const out: ViewportJank[] = [];
  for (const vp of VIEWPORTS) {
    const p = await freshPage(browser, {
      settings: { textSpeed: CONVERSATION_TEXT_SPEED },
      viewport: { width: vp.width, height: vp.height },
    });
    try {
      const { page } = p;
      await installJankProbe(page);
      await page.goto(`${base}/?scenario=${SCENARIO}&lang=en`);
      await page.waitForSelector('[data-testid=start]');
      // The stage starts while the brief is read, as it does for a learner.
      await page.waitForFunction(() => document.querySelector('#stage canvas') !== null, undefined, { timeout: 20_000 });
      const start = await pageNow(page);
      await page.click('[data-testid=start]');
      await clickChoices(page, choices);
      await page.waitForSelector('[data-testid=debrief]');
      const end = await pageNow(page);
      const tasks = (await readJank(page)).longTasks.filter((t) => t.start >= start && t.start < end);
      out.push({ viewport: vp.name, longTasks: tasks.length, maxLongTaskMs: Math.max(0, ...tasks.map((t) => t.duration)) });
    } finally {
      await p.close();
    }
  }
  return out;
}
