/**
 * `npm run bench -- --progress`: large but valid progress. For each size, a fresh page imports
 * one learner's backup of that many attempts, then opens Progress and the menu on it; a trainer
 * loads five such files into the cohort view. Each step reports its wall time and the long tasks
 * (PerformanceObserver 'longtask') it caused: the longest, and their sum (the time the tab froze).
 */
import type { Browser, Page } from '@playwright/test';
import { manyAttempts } from '../../tests/e2e/many-attempts.ts';
import { freshPage, pageNow } from './browser.ts';
import { installJankProbe, readJank } from './probes.ts';

/** One step's cost: wall time, the longest long task and all of them summed, in ms. */
export interface StepCost {
  readonly wallMs: number;
  readonly longestMs: number;
  readonly blockedMs: number;
}

export interface ProgressLoadSample {
  readonly attempts: number;
  readonly importing: StepCost;
  readonly progress: StepCost;
  readonly menu: StepCost;
  readonly cohort: StepCost;
}

/** Runs `step` and returns what it cost, from the long tasks that started during it. */
async function cost(page: Page, step: () => Promise<void>, fromNavigation = false): Promise<StepCost> {
  const start = fromNavigation ? 0 : await pageNow(page);
  const before = fromNavigation ? 0 : (await readJank(page)).longTasks.length;
  await step();
  const end = await pageNow(page);
  const tasks = (await readJank(page)).longTasks.slice(before).filter((t) => t.start >= start);
  return {
    wallMs: Math.round(end - start),
    longestMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    blockedMs: Math.round(tasks.reduce((sum, t) => sum + t.duration, 0)),
  };
}

/** Imports `count` attempts, then opens Progress, the menu and a cohort of five such files. */
export async function measureProgressLoad(browser: Browser, base: string, count: number): Promise<ProgressLoadSample> {
  const fresh = await freshPage(browser);
  const { page } = fresh;
  page.setDefaultTimeout(180_000);
  try {
    await installJankProbe(page);
    const text = manyAttempts(count);
    await page.goto(`${base}?view=progress&lang=en`);
    await page.waitForSelector('body[data-progress=ready] [data-testid=progress]');
    // The file is handed to the page before the clock starts: Playwright's own transfer of 10 MB
    // is a long task of its own, not the game's.
    await page.evaluate((t) => ((window as unknown as { bulk: File }).bulk = new File([t], 'bulk.json')), text);
    const importing = await cost(page, async () => {
      await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('[data-testid=import-file]')!;
        const files = new DataTransfer();
        files.items.add((window as unknown as { bulk: File }).bulk);
        input.files = files.files;
        input.dispatchEvent(new Event('change'));
      });
      await page.getByTestId('transfer-status').filter({ hasText: 'Imported' }).waitFor();
    });
    const progress = await cost(
      page,
      async () => {
        await page.goto(`${base}?view=progress&lang=en`);
        await page.getByTestId('attempt').first().waitFor();
      },
      true,
    );
    const menu = await cost(
      page,
      async () => {
        await page.goto(`${base}?lang=en`);
        await page.getByTestId('scenario-record').first().waitFor();
      },
      true,
    );
    await page.goto(`${base}?view=trainers&lang=en`);
    await page.getByTestId('open-cohort').click();
    for (let i = 0; i < 5; i++)
      await page.evaluate(
        ([t, name]) => ((window as unknown as { cohort: File[] }).cohort ??= []).push(new File([t!], name!)),
        [manyAttempts(count, `learner-${i}`, `Learner ${i}`), `learner-${i}.json`],
      );
    const cohort = await cost(page, async () => {
      await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('[data-testid=cohort-files]')!;
        const files = new DataTransfer();
        for (const f of (window as unknown as { cohort: File[] }).cohort) files.items.add(f);
        input.files = files.files;
        input.dispatchEvent(new Event('change'));
      });
      await page.getByTestId('cohort-learners').waitFor();
    });
    return { attempts: count, importing, progress, menu, cohort };
  } finally {
    await fresh.close();
  }
}

/** Medians per size and step: "27000 attempts  import 1234 ms wall, froze 567 ms (longest 89 ms)". */
export function progressLines(samples: readonly ProgressLoadSample[]): string[] {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const steps = ['importing', 'progress', 'menu', 'cohort'] as const;
  return [...new Set(samples.map((s) => s.attempts))].flatMap((count) => {
    const mine = samples.filter((s) => s.attempts === count);
    return steps.map((step) => {
      const of = (k: keyof StepCost) => median(mine.map((s) => s[step][k]));
      const what = step === 'cohort' ? `cohort of 5 × ${count}` : `${count} attempts, ${step}`;
      return `${what.padEnd(32)}${of('wallMs')} ms wall, froze ${of('blockedMs')} ms in long tasks (longest ${of('longestMs')} ms)`;
    });
  });
}
