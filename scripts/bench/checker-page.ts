/**
 * The fault probe's files opened on the trainers' page ("Open a scenario file…"): the longest
 * task the page's main thread ran from choosing the file to the diagnostics showing (the check
 * itself runs in a worker), and how long until they showed. One fresh page per file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { PROBES } from '../../tests/unit/probe-files.ts';
import { freshPage, pageNow } from './browser.ts';
import { installJankProbe, readJank } from './probes.ts';

export interface PageProbe {
  readonly name: string;
  /** The longest main-thread task (PerformanceObserver 'longtask', over 50 ms), or 0. */
  readonly longestTaskMs: number;
  /** From choosing the file to its diagnostics on screen. */
  readonly answeredMs: number;
}

/** Opens each probe file once on `base`'s trainers' page. */
export async function measurePageProbes(browser: Browser, base: string): Promise<PageProbe[]> {
  const out: PageProbe[] = [];
  // Chosen from disk, as a trainer would: a file handed over as bytes is decoded in the page itself.
  const dir = mkdtempSync(join(tmpdir(), 'hot-seat-page-probes-'));
  try {
    for (const [name, make] of Object.entries(PROBES)) {
      const path = join(dir, `${name}.yaml`);
      writeFileSync(path, make());
      out.push(await openOne(browser, base, name, path));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function openOne(browser: Browser, base: string, name: string, path: string): Promise<PageProbe> {
  {
    const p = await freshPage(browser);
    try {
      const { page } = p;
      await installJankProbe(page);
      await page.goto(`${base}/?view=trainers&lang=en`);
      await page.waitForSelector('[data-testid=open-file]', { state: 'attached' });
      const start = await pageNow(page);
      await page.locator('[data-testid=open-file]').setInputFiles(path);
      await page.waitForSelector('[data-testid=diagnostics] li', { timeout: 60_000 });
      const end = await pageNow(page);
      const tasks = (await readJank(page)).longTasks.filter((t) => t.start + t.duration >= start && t.start < end);
      return { name, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)), answeredMs: end - start };
    } finally {
      await p.close();
    }
  }
}
