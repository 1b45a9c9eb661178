/**
 * A cmi5 launch against a small LRS in the test: the launch flow of the cmi5 spec (launch
 * parameters, the one-time fetch URL, LMS.LaunchData, the learner's preferences), then the order
 * and content of the statements: `initialized` first, the replies as cmi5-allowed statements,
 * `completed` and `passed` (or `failed`) with the score, `terminated` last; all valid xAPI.
 */
import { resolve } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { bestPath } from '../../src/engine/index.ts';
import { lmsScore } from '../../src/engine/lms/score.ts';
import { auId } from '../../src/packaging/manifests.ts';
import { libraryReader } from '../../build/scenario-library.ts';
import { choiceText, pathTo, playMoves as engineResult, type Move } from '../scenario-paths.ts';
import { packageOf, servePackage } from './lms-host.ts';
import { setTextSpeed } from './play.ts';
import { TestLrs, type Statement } from './test-lrs.ts';

const scenario = libraryReader(resolve(import.meta.dirname, '../..'), ['scenarios'])()
  .map((e) => e.scenario)
  .find((s) => s && bestPath(s).steps.length >= 3)!;
const best = bestPath(scenario).steps;
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const registration = '5d6c7e2a-1b3c-4d5e-8f90-a1b2c3d4e5f6';
const actor = { objectType: 'Agent', name: 'Lan', account: { homePage: 'https://lms.test', name: 'lan-7' } };
const activityId = auId(scenario.id);

function launchData(lrs: TestLrs): void {
  lrs.state.set('LMS.LaunchData', {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.test/courses/onboarding' }] },
      extensions: { [SESSION]: 'session-1' },
    },
    launchMode: 'Normal',
    moveOn: 'CompletedAndPassed',
    masteryScore: 0.8,
  });
  lrs.profiles.set('cmi5LearnerPreferences', { languagePreference: 'vi-VN,en-US', audioPreference: 'off' });
}

async function launch(page: Page, lrs: TestLrs): Promise<void> {
  await servePackage(page, await packageOf('cmi5', scenario));
  const q = new URLSearchParams({ endpoint: lrs.endpoint, fetch: lrs.fetchUrl, actor: JSON.stringify(actor), registration, activityId });
  await page.goto(`/lms/pkg/index.html?lms=cmi5&scenario=${scenario.id}&${q}`);
}

/** A test LRS with the LMS's launch data, serving the browser, and the package launched against it. */
async function launchWithLrs(page: Page, browserContext: BrowserContext): Promise<TestLrs> {
  const lrs = new TestLrs();
  launchData(lrs);
  await lrs.attach(browserContext);
  await launch(page, lrs);
  return lrs;
}

async function play(page: Page, moves: readonly Move[]): Promise<void> {
  await page.getByTestId('start').click();
  for (const move of moves) {
    await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
    await page.getByRole('button', { name: choiceText(scenario, move, 'vi'), exact: true }).click();
  }
  await expect(page.getByTestId('debrief')).toBeVisible();
}

/**
 * The learner leaves: the page is told as the browser tells it (pagehide). The page stays, so its
 * last request (sent with keepalive, to outlive a real unload) reaches the test's LRS.
 */
const leave = (page: Page) => page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));

const verb = (s: Statement) => s.verb.id.split('/').pop();
const categories = (s: Statement) =>
  ((s['context'] as { contextActivities?: { category?: { id: string }[] } }).contextActivities?.category ?? []).map((c) => c.id);
const context = (s: Statement) =>
  s['context'] as {
    registration: string;
    extensions?: Record<string, unknown>;
    contextActivities: { grouping?: { id: string }[]; parent?: { id: string }[] };
  };

test.beforeEach(async ({ page }) => setTextSpeed(page, 0, { sound: true }));

test('cmi5: launch flow, learner preferences, and the statements in order: initialized, replies, completed, passed, terminated', async ({
  page,
  context: browserContext,
}) => {
  const lrs = await launchWithLrs(page, browserContext);
  // The learner's preferences from the LMS: Vietnamese, sound off.
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await play(page, best);
  await expect.poll(() => lrs.stored.map(verb)).toEqual(['initialized', ...best.map(() => 'answered'), 'completed', 'passed']);
  await page.getByTestId('back').click();
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('setting-mute')).toBeChecked();
  await page.getByTestId('settings-done').click();
  expect(lrs.state.get('https://w3id.org/hot-seat/cmi5/registration')).toEqual({ completed: true, passed: true });
  await leave(page);
  await expect.poll(() => lrs.stored.map(verb).at(-1)).toBe('terminated');
  expect(lrs.problems).toEqual([]);
  const [initialized, ...rest] = lrs.stored;
  const terminated = rest.at(-1)!;
  const answered = rest.filter((s) => verb(s) === 'answered');
  const completed = rest.find((s) => verb(s) === 'completed')!;
  const passed = rest.find((s) => verb(s) === 'passed')!;
  for (const s of lrs.stored) {
    expect(s['actor']).toEqual(actor);
    expect(context(s).registration).toBe(registration);
    expect(context(s).extensions?.[SESSION]).toBe('session-1');
    expect(context(s).contextActivities.grouping?.[0]?.id).toBe('https://lms.test/courses/onboarding');
  }
  for (const s of [initialized!, completed, passed, terminated]) {
    expect((s['object'] as { id: string }).id).toBe(activityId);
    expect(categories(s)).toContain(CMI5);
  }
  expect(categories(completed)).toContain(MOVE_ON);
  expect(categories(passed)).toContain(MOVE_ON);
  expect(completed['result']).toMatchObject({ completion: true });
  const score = lmsScore(engineResult(scenario, best), 0.8);
  expect(passed['result']).toMatchObject({ success: true, score: { scaled: score.scaled, raw: score.raw, min: 0, max: 100 } });
  expect(context(passed).extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
  // Allowed statements: the replies, under the unit, without the cmi5 category.
  expect(answered.map((s) => (s['result'] as { response: string }).response)).toEqual(best.map((m) => m.choiceId));
  for (const s of answered) {
    expect(categories(s)).toEqual([]);
    expect(context(s).contextActivities.parent?.[0]?.id).toBe(activityId);
  }
  // In time order.
  const times = lrs.stored.map((s) => Date.parse(s['timestamp'] as string));
  expect(times).toEqual([...times].sort((a, b) => a - b));
});

test('cmi5: a play below the mastery score is completed, and failed when the learner leaves', async ({ page, context: browserContext }) => {
  const moves = pathTo(scenario, 'lost') ?? pathTo(scenario, 'escalated')!;
  const score = lmsScore(engineResult(scenario, moves), 0.8);
  expect(score.passed, 'the path played must fall short of the mastery score').toBe(false);
  const lrs = await launchWithLrs(page, browserContext);
  await play(page, moves);
  await expect.poll(() => lrs.stored.map(verb).at(-1)).toBe('completed');
  await leave(page);
  await expect.poll(() => lrs.stored.map(verb).slice(-2)).toEqual(['failed', 'terminated']);
  const failed = lrs.stored.find((s) => verb(s) === 'failed')!;
  expect(failed['result']).toMatchObject({ success: false, score: { scaled: score.scaled } });
  expect(lrs.problems).toEqual([]);
  expect(lrs.stored.map(verb)).not.toContain('passed');
});

test("cmi5: a fetch URL already used: the learner is told, in the LMS's words, and can still play", async ({
  page,
  context: browserContext,
}) => {
  const lrs = await launchWithLrs(page, browserContext);
  await expect(page.getByTestId('start')).toBeVisible();
  await launch(page, lrs);
  const notice = page.getByTestId('lms-notice');
  await expect(notice).toHaveAttribute('data-kind', 'notStarted');
  await expect(notice).toContainText('The fetch URL has already been used.');
  await expect(page.getByTestId('start')).toBeVisible();
});

test('cmi5: an LRS that answers 500 twice: the statements are sent again and arrive once each, in order', async ({
  page,
  context: browserContext,
}) => {
  const lrs = await launchWithLrs(page, browserContext);
  await expect(page.getByTestId('start')).toBeVisible();
  await expect.poll(() => lrs.stored.map(verb)).toEqual(['initialized']);
  lrs.failNext = 2;
  await play(page, best);
  await expect
    .poll(() => lrs.stored.map(verb), { timeout: 20_000 })
    .toEqual(['initialized', ...best.map(() => 'answered'), 'completed', 'passed']);
  expect(lrs.problems).toEqual([]);
  expect(new Set(lrs.ids).size).toBe(lrs.stored.length);
  // The first reply's statement three times (two 500s), the others once.
  expect(lrs.received.filter((s) => s.id === lrs.stored[1]!.id)).toHaveLength(3);
  await expect(page.getByTestId('lms-notice')).toHaveCount(0);
});
