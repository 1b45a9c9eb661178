import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/e2e/browser.ts';

// HOT_SEAT_E2E_PORT lets two test runs share a machine.
const PORT = Number(process.env['HOT_SEAT_E2E_PORT'] ?? 4173);
/** The dev server (npm start) for the live-reload test, with a scenario folder the test writes to. */
const DEV_PORT = PORT + 2;
// Outside test-results/, which Playwright empties after the servers have started.
export const LIVE_DIR = join(tmpdir(), `hot-seat-live-${DEV_PORT}`);
if (process.env['TEST_WORKER_INDEX'] === undefined) {
  rmSync(LIVE_DIR, { recursive: true, force: true });
  mkdirSync(LIVE_DIR, { recursive: true });
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Tests wait on the page as much as they compute: on two cores three workers finish 39 of the
  // tests 16% sooner than two (103 s vs 123 s); four are no sooner.
  workers: 3,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: launchOptions(),
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    // Motion costs nearly a third of the CPU of tests that play (progress.spec.ts: 208 s to 147 s)
    // and is not what most tests are about; stage.spec.ts, about the customer in motion, asks for it.
    reducedMotion: 'reduce',
    // A failure keeps a screenshot and the page's accessibility tree (error-context.md).
    // HOT_SEAT_TRACE=1 also records a trace of every test (the page's DOM at each step) and keeps
    // the failures' traces: recording costs every test, passing or not, about a tenth of the
    // suite's CPU (the layout spec: 189 to 162 CPU-s), so it is for hunting a failure down.
    trace: process.env['HOT_SEAT_TRACE'] ? { mode: 'retain-on-failure', screenshots: false } : 'off',
    screenshot: 'only-on-failure',
    // The built game registers a service worker, which would answer requests a test means to
    // see or break; offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  // The live-reload tests are among the longest (the dev server compiles on first request): listed
  // first, they start with the suite instead of leaving two workers idle at its end.
  projects: [
    // One after another in one worker: a worker (a process and a browser) of its own for each of
    // five tests cost more than running them in turn beside the rest of the suite.
    { name: 'dev', testMatch: /live-reload/, fullyParallel: false, use: { baseURL: `http://127.0.0.1:${DEV_PORT}` } },
    { name: 'built', testIgnore: /live-reload/ },
  ],
  webServer: [
    {
      command: `npx vite preview --outDir dist-test --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      // Uncompressed on loopback: gzipping every file afresh for each test's fresh context cost the
      // server about 50 ms of CPU per page opened.
      env: { HOT_SEAT_PREVIEW_GZIP: '0' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}`,
      env: { HOT_SEAT_EXTRA_SCENARIOS: LIVE_DIR },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
