/**
 * "Open a scenario file…" under files made to mislead or stall it: the game checks voice files by
 * the command line's rule (and asks its server about nothing else), and bounded work, done in a
 * worker, keeps the page answering, with one clear diagnostic.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PROBES } from '../unit/probe-files.ts';
import { INTL_WARM_WORKER, pageErrors } from './page-watch.ts';

const root = resolve(import.meta.dirname, '../..');
const twoPaths = readFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml'), 'utf8');

async function openFile(page: Page, name: string, text: string): Promise<void> {
  await page.goto('/?view=trainers&lang=en');
  await page.getByTestId('open-file').setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
}

test('a voice that is not a path inside public/ is refused as the command line refuses it, without asking the server', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'HEAD') asked.push(r.url());
  });
  for (const voice of [
    'data:audio/wav;base64,UklGRg==',
    'http://127.0.0.1:1/audio/voice/x.mp3',
    '../../audio/voice/x.mp3',
    'javascript:alert(1)',
  ]) {
    await openFile(page, 'two-paths.yaml', twoPaths.replace(/(\n {4}customer: .*\n)/, `$1    voice: { en: ${JSON.stringify(voice)} }\n`));
    const diagnostic = page.locator('[data-testid=diagnostics] [data-code=SCN042] code');
    await expect(diagnostic).toContainText('is not a path inside public/; write it like audio/voice/');
    await expect(page.getByTestId('author-play')).toHaveCount(0);
  }
  expect(asked).toEqual([]);
});

test('a __proto__ key in a text map is reported, and the file does not play with it silently gone', async ({ page }) => {
  await openFile(
    page,
    'two-paths.yaml',
    twoPaths.replace('title: { en: Two paths, ja: 二つの道 }', 'title: { en: Two paths, ja: 二つの道, __proto__: { x: 1 } }'),
  );
  await expect(page.locator('[data-testid=diagnostics] [data-code=SCN017] code')).toContainText("'title' has a text in '__proto__'");
  await expect(page.getByTestId('author-play')).toHaveCount(0);
});

test('the built game is served with its security headers, and another site cannot frame it', async ({ page, request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  // The <meta> policy stays for hosts that cannot send headers.
  await page.goto('/');
  await expect(page.locator('meta[http-equiv=Content-Security-Policy]')).toHaveAttribute('content', /script-src 'self'/);
  // Framed by a page of another origin, the game does not load.
  const other = new URL(page.url());
  other.hostname = 'localhost';
  await page.route(`${other.origin}/frame-test`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<iframe src="${new URL('/', page.url()).href}"></iframe>` }),
  );
  await page.goto(`${other.origin}/frame-test`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(async () => (frame ? await frame.locator('#app').count() : -1)).toBe(0);
});

const TOO_LARGE = 'the file is too large to check: it holds more than 200,000 YAML tokens';

test('a chain of 2,500 nodes gets one diagnostic naming the limit, never a blank page', async ({ page }) => {
  const errors = pageErrors(page);
  await openFile(page, 'chain.yaml', PROBES['chain-2500']!());
  const listed = page.locator('[data-testid=diagnostics] li');
  await expect(listed).toHaveCount(1);
  await expect(listed.locator('code')).toContainText(`${TOO_LARGE} (keys, values, punctuation and line breaks)`);
  await expect(listed.locator('code')).toContainText('split it into several scenarios [SCN002]');
  expect(errors).toEqual([]);
});

test('a wide anchor aliased many times, and thousands of wrong fields, are answered with what to fix', async ({ page }) => {
  await openFile(page, 'bomb-wide.yaml', PROBES['bomb-wide']!());
  await expect(page.locator('[data-testid=diagnostics] [data-code=SCN002] code')).toContainText('once its aliases (*name) are expanded');
  await openFile(page, 'errors-60k.yaml', PROBES['errors-60k']!());
  await expect(page.locator('[data-testid=diagnostics] [data-code=SCN002] code')).toContainText(TOO_LARGE);
  await openFile(page, 'unknown-20k.yaml', PROBES['unknown-20k']!());
  await expect(page.locator('[data-testid=diagnostics] li')).toHaveCount(51);
  await expect(page.locator('[data-testid=diagnostics] [data-code=SCN099] code')).toContainText(
    '19951 more problems are not listed; fix these first',
  );
});

test('a file is checked in a worker: the page says so and answers meanwhile, then shows the diagnostics', async ({ page }) => {
  await page.goto('/?view=trainers&lang=en');
  // The checker's code is held back, so the check is still under way while the page is used.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/checker-worker-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'syntax-10k.yaml', mimeType: 'text/yaml', buffer: Buffer.from(PROBES['syntax-10k']!()) });
  await expect(page.getByTestId('file-checking')).toHaveText('Checking syntax-10k.yaml…');
  await expect(page.locator('.file-tool')).toHaveAttribute('aria-busy', 'true');
  // The page answers a press meanwhile: "Open a scenario file…" opens the file picker again.
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open a scenario file…').click();
  await chooser;
  await expect(page.getByTestId('diagnostics')).toHaveCount(0);
  release();
  await expect(page.locator('[data-testid=diagnostics] li')).toHaveCount(51);
  await expect(page.locator('[data-testid=diagnostics] li').first().locator('code')).toContainText(
    "the '[' that starts here is never closed",
  );
  await expect(page.locator('[data-testid=diagnostics] [data-code=SCN099] code')).toContainText('9950 more problems are not listed');
  // The formatters' warm-up is a worker of its own, started with every page.
  expect(workers.filter((url) => !INTL_WARM_WORKER.test(url))).toEqual([expect.stringMatching(/checker-worker-[\w-]+\.js$/)]);
});
