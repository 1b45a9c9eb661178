/**
 * Lighthouse (pinned 12.2.3, the last that runs on Node 20) as the outside judge: the menu and a
 * deep link with its default mobile preset (simulated slow 4G, CPU 4× slower, a phone's screen),
 * in the system Chromium started headless with a debugging port. Prints the category scores and
 * the largest contentful paint; not a test. One Lighthouse run varies by several points (its own
 * script's tasks land in the page's blocking time now and then; one build's menu ranged 81–99 over
 * 8 runs on two busy cores), so each page is run 5 times, alternating, and the run with the median
 * performance score is reported, as Lighthouse's own advice on variability has it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { SCENARIO } from './cold-load.ts';

/** One page's Lighthouse scores (0–100) and metrics (ms). */
export interface LighthouseScores {
  readonly page: string;
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly lcpMs: number;
  readonly fcpMs: number;
  /** Total blocking time: what each long task held the page beyond 50 ms, summed. */
  readonly tbtMs: number;
  /** The performance score of every run, in order; the figures above are the median run's. */
  readonly performanceRuns: readonly number[];
}

const PAGES = [
  ['menu', '/'],
  ['deep link', `/?scenario=${SCENARIO}&lang=en`],
] as const;

const CHROMIUM = process.env['HOT_SEAT_CHROMIUM'] ?? '/usr/bin/chromium';
/** Chromium's debugging port: within the bench's range of ports. */
const DEBUG_PORT = 4490;

async function waitForDebugger(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Chromium's debugger did not come up on port ${port}`);
}

/** Runs Lighthouse `runs` times on `/` and on a deep link of the site at `base`: each page's median run. */
export async function measureLighthouse(base: string, runs = 5): Promise<LighthouseScores[]> {
  const profile = mkdtempSync(join(tmpdir(), 'hot-seat-lighthouse-'));
  const chromium = spawn(
    CHROMIUM,
    [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      `--remote-debugging-port=${DEBUG_PORT}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    await waitForDebugger(DEBUG_PORT);
    // A first run in a fresh browser counts Lighthouse's own start-up (one task of its script,
    // over a second) as the page's blocking time: a run of each page is made and set aside first.
    for (const [, path] of PAGES)
      await lighthouse(`${base}${path}`, { port: DEBUG_PORT, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
    const runsOf = new Map(PAGES.map(([page]) => [page, [] as Omit<LighthouseScores, 'performanceRuns'>[]]));
    for (let run = 0; run < runs; run++) {
      for (const [page, path] of PAGES) {
        const url = `${base}${path}`;
        const result = await lighthouse(url, {
          port: DEBUG_PORT,
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const metric = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
        runsOf.get(page)!.push({
          page,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          lcpMs: metric('largest-contentful-paint'),
          fcpMs: metric('first-contentful-paint'),
          tbtMs: metric('total-blocking-time'),
        });
      }
    }
    return PAGES.map(([page]) => {
      const all = runsOf.get(page)!;
      const byScore = [...all].sort((a, b) => a.performance - b.performance);
      return { ...byScore[Math.floor(byScore.length / 2)]!, performanceRuns: all.map((r) => r.performance) };
    });
  } finally {
    const exited = new Promise((done) => chromium.once('exit', done));
    chromium.kill();
    await exited;
    // Chromium's helpers may still be writing to the profile for a moment after it exits: a
    // folder left in the temp directory is said, and never costs the run its figures.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
    } catch (e) {
      console.warn(`Lighthouse's browser profile ${profile} could not be removed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
