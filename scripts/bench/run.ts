/**
 * `npm run bench [-- --runs N | --quick]`: builds the game and a bare Phaser page, serves both on
 * loopback (ports 4400–4499), drives headless Chromium through the game's stable hooks, and prints
 * medians over N runs (default 5, `--quick` 2). The same loads under Lighthouse's mobile profile,
 * then Lighthouse itself, on the game served gzip-compressed; `--mobile` measures only those;
 * `--progress` only large progress files (progress-load.ts); `--stage` only the stage on a slow
 * PC (slow-stage.ts). Writes bench-results/latest.json (git-ignored) and docs/bench-latest.json
 * (committed). A benchmark, not a test: it exits 0 even when a budget fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser } from './browser.ts';
import { buildBare, buildGame, ROOT } from './build.ts';
import { countFiles, fetchedFiles, laterBytes } from './bytes.ts';
import { measureChecker } from './checker.ts';
import { measurePageProbes, type PageProbe } from './checker-page.ts';
import { coldBare, coldDeepLink, coldMenu, type DeepLinkSample, type MenuSample, type BareSample } from './cold-load.ts';
import { bestChoices, measureJank } from './conversation.ts';
import { measureViewportJank, type ViewportJank } from './viewport-jank.ts';
import { measureProgressLoad, progressLines, type ProgressLoadSample } from './progress-load.ts';
import { measureHeap } from './heap.ts';
import { measureLighthouse, type LighthouseScores } from './lighthouse.ts';
import { measureMobile } from './mobile.ts';
import { measureSlowStage, type SlowStageSample } from './slow-stage.ts';
import { idleBare, idleGame } from './idle.ts';
import { PORT_RANGE, serveStatic } from './serve.ts';
import {
  lighthouseBudgets,
  mobileSummary,
  slowStageBudget,
  summarize,
  viewportDetail,
  viewportsWithinBudget,
  type Bytes,
  type Samples,
} from './summary.ts';
import { formatTable, mobileLines } from './table.ts';

function parseRuns(argv: readonly string[]): number {
  if (argv.includes('--quick')) return 2;
  const i = argv.indexOf('--runs');
  const n = i >= 0 ? Number(argv[i + 1]) : 5;
  if (!Number.isInteger(n) || n < 1) throw new Error('--runs needs a whole number ≥ 1');
  return n;
}

const started = Date.now();
const log = (msg: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);

function bytesOf(
  game: Awaited<ReturnType<typeof buildGame>>,
  bare: Awaited<ReturnType<typeof buildBare>>,
  d: DeepLinkSample,
  m: MenuSample,
  b: BareSample,
): Bytes {
  const deepLink = fetchedFiles(d.firstLoad);
  const menu = fetchedFiles(m.firstLoad);
  const firstLoad = new Set([...deepLink, ...menu]);
  const afterBrief = fetchedFiles(d.all).filter((f) => !deepLink.includes(f));
  return {
    deepLink: countFiles(game, deepLink),
    menu: countFiles(game, menu),
    bare: countFiles(bare, fetchedFiles(b.firstLoad)),
    afterBrief: countFiles(game, afterBrief),
    later: laterBytes(game, firstLoad),
  };
}

/** `--mobile`: only the mobile loads and Lighthouse, printed; nothing written. */
async function mobileOnly(runs: number): Promise<void> {
  log('building the game…');
  const game = await buildGame();
  const site = await serveStatic(game.outDir, PORT_RANGE[0], PORT_RANGE[1], { gzip: true });
  const browser = await launchBrowser();
  const samples = [];
  try {
    for (let run = 1; run <= runs; run++) {
      log(`run ${run}/${runs}: mobile loads`);
      samples.push(await measureMobile(browser, site.url));
    }
  } finally {
    await browser.close();
  }
  log('Lighthouse…');
  const lighthouse = await measureLighthouse(site.url).finally(() => site.close());
  const { stats, budgets } = mobileSummary(samples);
  console.log(
    [
      ...mobileLines(stats, lighthouse),
      '',
      ...[...budgets, ...lighthouseBudgets(lighthouse)].map((b) => `  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name.padEnd(56)}${b.detail}`),
    ].join('\n'),
  );
  console.log(`\nsamples: ${JSON.stringify(samples.map(({ deepLinkWaterfall: _w, ...rest }) => rest))}`);
}

/** `--viewports`: only the conversation at the five layout sizes (a few minutes instead of the whole bench). */
async function viewportsOnly(runs: number): Promise<void> {
  log('building the game…');
  const game = await buildGame();
  const site = await serveStatic(game.outDir);
  const browser = await launchBrowser();
  const all: ViewportJank[][] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      log(`run ${run}/${runs}: a conversation at each of the five layout sizes`);
      all.push(await measureViewportJank(browser, site.url, bestChoices()));
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const verdict = viewportsWithinBudget(all) ? 'PASS' : 'FAIL';
  console.log(`${verdict} long tasks over 50 ms per conversation, by size: ${viewportDetail(all)}`);
  console.log(`samples: ${JSON.stringify(all)}`);
}

/** `--stage`: only the stage on a slow PC (slow-stage.ts), printed; nothing written. */
async function stageOnly(runs: number): Promise<void> {
  log('building the game…');
  const game = await buildGame();
  const site = await serveStatic(game.outDir);
  const browser = await launchBrowser();
  const samples: SlowStageSample[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      log(`run ${run}/${runs}: the stage on a slow PC`);
      samples.push(await measureSlowStage(browser, site.url));
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const b = slowStageBudget(samples);
  console.log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.detail}`);
  console.log(`samples: ${JSON.stringify(samples)}`);
}

/** `--progress`: only large progress (import, Progress, menu, cohort) at 10,000 and 27,000 attempts. */
async function progressOnly(runs: number): Promise<void> {
  log('building the game…');
  const game = await buildGame();
  const site = await serveStatic(game.outDir);
  const browser = await launchBrowser();
  const samples: ProgressLoadSample[] = [];
  try {
    for (let run = 1; run <= runs; run++)
      for (const count of [10_000, 27_000]) {
        log(`run ${run}/${runs}: ${count} attempts`);
        samples.push(await measureProgressLoad(browser, site.url, count));
      }
  } finally {
    await browser.close();
    await site.close();
  }
  console.log(progressLines(samples).join('\n'));
  console.log(`samples: ${JSON.stringify(samples)}`);
}

async function main(): Promise<void> {
  const runs = parseRuns(process.argv.slice(2));
  if (process.argv.includes('--progress')) return progressOnly(runs);
  if (process.argv.includes('--mobile')) return mobileOnly(runs);
  if (process.argv.includes('--viewports')) return viewportsOnly(runs);
  if (process.argv.includes('--stage')) return stageOnly(runs);
  const t0 = Date.now();
  log('building the game and the bare Phaser page…');
  const game = await buildGame();
  const bare = await buildBare();
  const gameSite = await serveStatic(game.outDir);
  const bareSite = await serveStatic(bare.outDir, Number(new URL(gameSite.url).port) + 1);
  const mobileSite = await serveStatic(game.outDir, Number(new URL(bareSite.url).port) + 1, PORT_RANGE[1], { gzip: true });
  const browser = await launchBrowser();
  const chromiumVersion = browser.version();
  const choices = bestChoices();
  const s: Samples = {
    choiceMs: [],
    briefMs: [],
    menuMs: [],
    bareFirstFrameMs: [],
    bareCreatedMs: [],
    jank: [],
    viewportJank: [],
    heap: [],
    idleGame: [],
    idleGameTimer: [],
    idleBare: [],
    mobile: [],
    slowStage: [],
  };
  let bytes: Bytes | undefined;
  let lighthouse: LighthouseScores[] = [];
  let pageProbes: PageProbe[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      log(`run ${run}/${runs}: cold loads`);
      const d = await coldDeepLink(browser, gameSite.url);
      const b = await coldBare(browser, bareSite.url);
      const m = await coldMenu(browser, gameSite.url);
      s.choiceMs.push(d.choiceMs);
      s.briefMs.push(d.briefMs);
      s.menuMs.push(m.menuMs);
      s.bareFirstFrameMs.push(b.firstFrameMs);
      s.bareCreatedMs.push(b.createdMs);
      bytes ??= bytesOf(game, bare, d, m, b);
      log(`run ${run}/${runs}: mobile profile`);
      s.mobile.push(await measureMobile(browser, mobileSite.url));
      log(`run ${run}/${runs}: the stage on a slow PC`);
      s.slowStage.push(await measureSlowStage(browser, gameSite.url));
      log(`run ${run}/${runs}: conversation jank`);
      s.jank.push(await measureJank(browser, gameSite.url, choices));
      log(`run ${run}/${runs}: a conversation at each of the five layout sizes`);
      s.viewportJank.push(await measureViewportJank(browser, gameSite.url, choices));
      log(`run ${run}/${runs}: idle`);
      s.idleGame.push(await idleGame(browser, gameSite.url, false));
      s.idleGameTimer.push(await idleGame(browser, gameSite.url, true));
      s.idleBare.push(await idleBare(browser, bareSite.url));
    }
    log("the fault probe opened on the trainers' page");
    pageProbes = await measurePageProbes(browser, gameSite.url);
    // Paced plays mostly wait, so every run's page plays at once, each in its own renderer.
    log(`heap over a day of practice: ${runs} page${runs === 1 ? '' : 's'} side by side, about 6 minutes`);
    // A page that stalls (a busy machine) loses its heap reading, not the whole report.
    const heaps = await Promise.allSettled(Array.from({ length: runs }, () => measureHeap(browser, gameSite.url, choices)));
    for (const h of heaps) {
      if (h.status === 'fulfilled') s.heap.push(h.value);
      else log(`heap run failed: ${h.reason instanceof Error ? h.reason.message.split('\n')[0] : String(h.reason)}`);
    }
    // Lighthouse drives a Chromium of its own: this one goes first (closing again below is a no-op).
    await browser.close();
    log('Lighthouse, mobile preset: menu and deep link');
    lighthouse = await measureLighthouse(mobileSite.url);
  } finally {
    await browser.close();
    await gameSite.close();
    await bareSite.close();
    await mobileSite.close();
  }
  log('scenario checker throughput…');
  const checker = measureChecker(Math.min(runs, 3));
  const summary = summarize(s, bytes!, checker, lighthouse, pageProbes);
  const header = `Hot Seat bench: ${runs} run${runs === 1 ? '' : 's'}, ${new Date().toISOString()}, Chromium ${chromiumVersion}, ${cpus().length} cores, Node ${process.version}, ${((Date.now() - t0) / 1000).toFixed(0)} s`;
  const table = formatTable(summary, bytes!, header);
  console.log(table.join('\n'));
  const json =
    JSON.stringify({ header, runs, builds: { gameMs: game.buildMs, bareMs: bare.buildMs }, summary, bytes, samples: s, table }, null, 2) +
    '\n';
  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(resolve(ROOT, 'bench-results/latest.json'), json);
  writeFileSync(resolve(ROOT, 'docs/bench-latest.json'), json);
  log('wrote bench-results/latest.json and docs/bench-latest.json');
}

await main();
