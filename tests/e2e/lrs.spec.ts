/**
 * Statements to a learning record store outside an LMS, through the durable outbox: named in a
 * launch link, every statement arrives once and valid, in order; offline for a whole play then
 * online, an LRS answering 500 twice, and a reload while a statement is on its way lose nothing
 * and double nothing; a refused statement is reported to the learner.
 */
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/engine/index.ts';
import { libraryReader } from '../../build/scenario-library.ts';
import { playMoves, setTextSpeed } from './play.ts';
import { TestLrs } from './test-lrs.ts';

const scenario = libraryReader(resolve(import.meta.dirname, '../..'), ['scenarios'])()
  .map((e) => e.scenario)
  .find((s) => s && bestPath(s).steps.length >= 3)!;
const moves = bestPath(scenario).steps;
/** One `answered` per reply, then one `completed`. */
const expected = moves.length + 1;
const AUTH = 'Basic bGVhcm5lcjpzZWNyZXQ=';
const actor = JSON.stringify({ objectType: 'Agent', name: 'Lan', account: { homePage: 'https://lrs.test', name: 'lan-7' } });

const link = (query: string) =>
  `/?${query}&endpoint=${encodeURIComponent('https://lrs.test/xapi/')}&auth=${encodeURIComponent(AUTH)}&actor=${encodeURIComponent(actor)}`;

async function playWithLrs(page: Page): Promise<void> {
  await page.goto(link(`scenario=${scenario.id}&lang=en`));
  await page.getByTestId('start').click();
  await playMoves(page, scenario, moves);
  await expect(page.getByTestId('debrief')).toBeVisible();
}

function expectEachOnce(lrs: TestLrs): void {
  expect(lrs.problems).toEqual([]);
  expect(lrs.stored).toHaveLength(expected);
  expect(new Set(lrs.ids).size).toBe(expected);
  expect(lrs.stored.map((s) => s.verb.id.split('/').pop())).toEqual([...moves.map(() => 'answered'), 'completed']);
  expect(lrs.stored.map((s) => (s['actor'] as { account: { name: string } }).account.name)).toEqual(lrs.stored.map(() => 'lan-7'));
}

test.beforeEach(async ({ page }) => setTextSpeed(page, 0));

test('a launch link names the LRS: every statement arrives once, valid, in order, and the link stays on every address', async ({
  page,
  context,
}) => {
  const lrs = new TestLrs(AUTH);
  await lrs.attach(context);
  await playWithLrs(page);
  await expect.poll(() => lrs.stored.length).toBe(expected);
  expectEachOnce(lrs);
  expect(lrs.received).toHaveLength(expected);
  expect(new URL(page.url()).searchParams.get('endpoint')).toBe('https://lrs.test/xapi/');
});

test('offline for a whole play, then online: every statement arrives once', async ({ page, context }) => {
  const lrs = new TestLrs(AUTH);
  await lrs.attach(context);
  // The game's code is in the browser before the network goes, as after an earlier visit: the
  // brief asks for the debrief's code while it is read.
  const reports = page.waitForResponse((r) => /report-screens-[^/]*\.js$/.test(r.url()));
  await page.goto(link(`scenario=${scenario.id}&lang=en`));
  await expect(page.getByTestId('start')).toBeVisible();
  await reports;
  await page.getByTestId('start').click();
  await context.setOffline(true);
  lrs.offline = true;
  await playMoves(page, scenario, moves);
  await expect(page.getByTestId('debrief')).toBeVisible();
  // Recorded and kept: the menu shows the attempt; nothing reached the LRS.
  await page.getByTestId('back').click();
  await expect(page.locator('[data-testid=scenario-record][data-played=true]')).toHaveCount(1);
  expect(lrs.received).toHaveLength(0);
  lrs.offline = false;
  await context.setOffline(false);
  await expect.poll(() => lrs.stored.length).toBe(expected);
  expectEachOnce(lrs);
  expect(lrs.received).toHaveLength(expected);
});

test('an LRS that answers 500 twice, then 200: delivered', async ({ page, context }) => {
  const lrs = new TestLrs(AUTH);
  await lrs.attach(context);
  lrs.failNext = 2;
  await playWithLrs(page);
  await expect.poll(() => lrs.stored.length, { timeout: 20_000 }).toBe(expected);
  expectEachOnce(lrs);
  // The first statement three times (two 500s), every other once.
  expect(lrs.received.filter((s) => s.id === lrs.ids[0])).toHaveLength(3);
  expect(lrs.received).toHaveLength(expected + 2);
});

test('a reload while a statement is on its way: nothing lost, nothing doubled', async ({ page, context }) => {
  const lrs = new TestLrs(AUTH);
  await lrs.attach(context);
  lrs.holdNext = true;
  await playWithLrs(page);
  await expect.poll(() => lrs.held !== undefined).toBe(true);
  await page.reload();
  await expect.poll(() => lrs.stored.length).toBe(expected);
  expectEachOnce(lrs);
  // The held one went again after the reload and was stored once.
  expect(lrs.received.filter((s) => s.id === lrs.ids[0]).length).toBe(2);
  await lrs.held!.abort().catch(() => undefined);
});

test('a statement the LRS refuses is reported, and the others still go', async ({ page, context }) => {
  const lrs = new TestLrs('Basic wrong');
  await lrs.attach(context);
  await context.route('https://lrs.test/xapi/statements?*', async (route) => {
    const s = route.request().postDataJSON() as { verb: { id: string } };
    if (route.request().method() === 'PUT' && s.verb.id.endsWith('/completed'))
      return route.fulfill({ status: 400, headers: { 'access-control-allow-origin': '*' }, body: 'result.extensions: not allowed here' });
    return route.fallback();
  });
  await playWithLrs(page);
  const notice = page.getByTestId('lms-notice');
  await expect(notice).toHaveAttribute('data-kind', 'lrsRefused');
  await expect(notice).toContainText('400: result.extensions: not allowed here');
  expect(lrs.stored).toHaveLength(moves.length);
});
