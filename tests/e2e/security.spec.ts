/**
 * The built game runs under a strict Content-Security-Policy (no eval, no inline script but the
 * deep-link preload, allowed by its hash), and text from a scenario file is only ever shown as text.
 */
import { expect, test } from '@playwright/test';
import { scriptHash } from '../../build/csp.ts';
import { shippedScenario } from '../scenario-paths.ts';
import { bestPath } from '../../src/engine/index.ts';
import { openBrief, playMoves, setTextSpeed } from './play.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test('the policy forbids eval and inline script, and a whole game raises no violation', async ({ page }) => {
  await setTextSpeed(page, 0);
  const response = await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  // The inline scripts that run are the deep-link preload and the first screen's code, and the one
  // inline style the first screen's: each allowed by its hash and nothing else.
  const inline = await page.locator('script:not([src]):not([type="application/json"])').allTextContents();
  expect(inline).toHaveLength(2);
  expect(await page.locator('script[type=module]:not([src])').count()).toBe(1);
  expect(/script-src ([^;]*)/.exec(csp!)![1]).toBe(`'self' ${inline.map(scriptHash).join(' ')}`);
  const styles = await page.locator('style').allTextContents();
  expect(styles).toHaveLength(1);
  expect(/style-src ([^;]*)/.exec(csp!)![1]).toBe(`'self' ${scriptHash(styles[0]!)}`);
  // The server sends the same policy (from the build's _headers), which alone can forbid framing.
  expect(response!.headers()['content-security-policy']).toBe(`${csp}; frame-ancestors 'none'`);
  const scenario = shippedScenario('late-delivery');
  // A deep link: the preload runs, and names the scenario's and the conversation's code before the game asks for them.
  await openBrief(page, 'late-delivery');
  const preloaded = await page
    .locator('link[rel=modulepreload][data-deep-link]')
    .evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
  expect(preloaded.map((href) => /assets\/([\w-]+)-[\w-]{8}\.js$/.exec(href)?.[1])).toEqual(['late-delivery', 'conversation-screen']);
  await page.getByTestId('start').click();
  // Let the stage (Phaser, WebGL textures from data:/blob: URLs) boot while playing.
  await playMoves(page, scenario, bestPath(scenario).steps);
  await expect(page.getByTestId('debrief')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('markup in scenario text shows literally and never runs', async ({ page }) => {
  await setTextSpeed(page, 0);
  await openBrief(page, 'markup-text');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<b>Bold</b> title');
  await expect(page.getByTestId('brief-text')).toContainText('<img src=x onerror=');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('customer-line')).toHaveText(`<img src=x onerror="document.body.dataset.pwned='1'">Hello?`);
  await page.getByRole('button', { name: '<b>Hi</b>, how can I help?' }).click();
  await expect(page.getByTestId('debrief')).toContainText("<a href='javascript:alert(1)'>link</a>");
  // The game draws its own charts and icons as SVG (these classes); scenario text makes no element
  // (the page's own inline scripts are in its head).
  expect(
    await page
      .locator('[data-testid=debrief] a, [data-testid=debrief] b, img, svg:not(.mood-chart-svg, .icon), body script, [onload], [onerror]')
      .count(),
  ).toBe(0);
  expect(await page.evaluate(() => document.body.dataset['pwned'])).toBeUndefined();
  expect(await violations(page)).toEqual([]);
});

test('the page the service worker serves has the same code as files, under the same policy', async ({ page }) => {
  await setTextSpeed(page, 0);
  const response = await page.goto('/app.html?scenario=late-delivery&lang=en');
  expect(await page.locator('script[type=module]:not([src]), style').count()).toBe(0);
  await expect(page.locator('script[type=module][src*="assets/first-screen-"]')).toHaveCount(1);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(response!.headers()['content-security-policy']).toBe(`${csp}; frame-ancestors 'none'`);
  // The conversation's code takes the first screen's exports from the running code.
  await page.getByTestId('start').click();
  await expect(page.getByTestId('choice').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('checking a file from disk and opening progress raise no violation either', async ({ page }) => {
  await page.goto('/?view=trainers');
  await expect(page.getByTestId('trainers')).toBeVisible();
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'two.yaml', mimeType: 'text/yaml', buffer: Buffer.from('id: two\nformat: 1\n') });
  await expect(page.getByTestId('diagnostics')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto('/?view=progress&lang=en');
  await expect(page.getByTestId('progress')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
