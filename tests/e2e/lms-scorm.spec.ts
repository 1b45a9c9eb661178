/**
 * The game inside an LMS, over SCORM 1.2 and SCORM 2004: the package is hosted in an iframe under
 * a page carrying scorm-again as `API` / `API_1484_11`; a scenario is played and the CMI data the
 * LMS received is checked against the engine's own result (status, score, objectives,
 * interactions, suspend data), then a relaunch resumes where the learner left. Without an API the
 * game plays on its own and says so; an API whose SetValue fails is reported to the learner.
 */
import { resolve } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { axeViolations } from './axe-scan.ts';
import { bestPath, PRINCIPLES, type ConversationResult } from '../../src/engine/index.ts';
import { lmsScore, objectiveScores } from '../../src/engine/lms/score.ts';
import { libraryReader } from '../../build/scenario-library.ts';
import { choiceText, pathTo, playMoves as engineResult, type Move } from '../scenario-paths.ts';
import { openInLms, packageOf, servePackage } from './lms-host.ts';
import { setTextSpeed } from './play.ts';

// The first shipped scenario whose best path has at least three replies (any will do).
const library = libraryReader(resolve(import.meta.dirname, '../..'), ['scenarios'])().flatMap((e) => (e.scenario ? [e.scenario] : []));
const scenario = library.find((s) => bestPath(s).steps.length >= 3)!;
const best = bestPath(scenario).steps;

/** scorm-again's JSON of the CMI data: nested objects of strings, lists as objects keyed 0, 1, … */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the data model's shape, read as the LMS holds it
type Json = any;
type Cmi = { cmi: Record<string, Json> };
const cmiOf = (page: Page) => page.evaluate(() => (window as unknown as { cmi(): Cmi }).cmi());
const closeSco = (page: Page) => page.evaluate(() => (window as unknown as { closeSco(): void }).closeSco());
const values = (o: Record<string, Json> | undefined) =>
  Object.keys(o ?? {})
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => +a - +b)
    .map((k) => o![k]);

async function play(frame: FrameLocator | Page, moves: readonly Move[]): Promise<void> {
  for (const move of moves) {
    await expect(frame.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
    await frame.getByRole('button', { name: choiceText(scenario, move, 'en'), exact: true }).click();
  }
}

/** A path that is not the best one (a reply the best path would not give), to see `wrong` answers. */
function worsePath(): readonly Move[] {
  return pathTo(scenario, 'lost') ?? pathTo(scenario, 'escalated') ?? best;
}

test.beforeEach(async ({ page }) => {
  await setTextSpeed(page, 0);
});

for (const version of ['1.2', '2004'] as const) {
  const v12 = version === '1.2';
  const format = v12 ? 'scorm12' : 'scorm2004';

  test(`SCORM ${version}: a played scenario reaches the LMS as status, score, objectives and interactions`, async ({ page }) => {
    const moves = worsePath();
    const result: ConversationResult = engineResult(scenario, moves);
    await servePackage(page, await packageOf(format, scenario));
    await openInLms(page, version, scenario.id);
    const frame = page.frameLocator('iframe');
    await frame.getByTestId('start').click();
    await play(frame, moves);
    await expect(frame.getByTestId('debrief')).toBeVisible();
    await closeSco(page);
    const { cmi } = await cmiOf(page);
    const score = lmsScore(result);
    if (v12) {
      expect(cmi['core'].lesson_status).toBe(score.passed ? 'passed' : 'failed');
      expect(cmi['core'].score).toEqual({ raw: String(score.raw), min: '0', max: '100' });
      expect(cmi['core'].session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      expect(cmi['core'].exit).toBe('');
    } else {
      expect(cmi['completion_status']).toBe('completed');
      expect(cmi['success_status']).toBe(score.passed ? 'passed' : 'failed');
      expect(cmi['score']).toMatchObject({ scaled: String(score.scaled), raw: String(score.raw), min: '0', max: '100' });
      expect(cmi['session_time']).toMatch(/^PT/);
      expect(cmi['exit']).toBe('normal');
    }
    expect(cmi['suspend_data']).toBe('');
    const objectives = values(cmi['objectives']);
    expect(objectives.map((o) => o.id)).toEqual([...PRINCIPLES]);
    for (const [i, o] of objectiveScores(result).entries()) {
      const got = objectives[i];
      if (!o.score) continue;
      expect(got.score.raw, o.principle).toBe(String(o.score.raw));
      expect(v12 ? got.status : got.success_status, o.principle).toBe(o.score.passed ? 'passed' : 'failed');
    }
    const interactions = values(cmi['interactions']);
    expect(interactions.map((x) => x.id)).toEqual(result.steps.map((s) => s.nodeId));
    expect(interactions.map((x) => (v12 ? x.student_response : x.learner_response))).toEqual(result.steps.map((s) => s.choiceId));
    expect(interactions.map((x) => x.correct_responses['0'].pattern)).toEqual(result.bestReplies);
    expect(interactions.map((x) => x.result)).toEqual(
      result.steps.map((s, i) => (s.choiceId === result.bestReplies[i] ? 'correct' : v12 ? 'wrong' : 'incorrect')),
    );
    expect(interactions.every((x) => x.type === 'choice')).toBe(true);
  });

  test(`SCORM ${version}: leaving mid-conversation keeps suspend data, and a relaunch resumes there`, async ({ page, browser }) => {
    await servePackage(page, await packageOf(format, scenario));
    await openInLms(page, version, scenario.id);
    let frame = page.frameLocator('iframe');
    await frame.getByTestId('start').click();
    await play(frame, best.slice(0, 2));
    await expect(frame.locator('.entry.you')).toHaveCount(2);
    await closeSco(page);
    const kept = await cmiOf(page);
    const suspend = kept.cmi['suspend_data'] as string;
    expect(suspend.length).toBeGreaterThan(0);
    expect(suspend.length).toBeLessThanOrEqual(4096);
    expect(v12 ? kept.cmi['core'].exit : kept.cmi['exit']).toBe('suspend');
    expect(v12 ? kept.cmi['core'].lesson_status : kept.cmi['completion_status']).toBe('incomplete');
    expect(values(kept.cmi['interactions'])).toHaveLength(2);

    // Another device: nothing in this browser, only what the LMS kept.
    const context = await browser.newContext();
    const again = await context.newPage();
    await setTextSpeed(again, 0);
    await servePackage(again, await packageOf(format, scenario));
    const saved = structuredClone(kept);
    if (v12) saved.cmi['core'].entry = 'resume';
    else saved.cmi['entry'] = 'resume';
    await openInLms(again, version, scenario.id, { saved });
    frame = again.frameLocator('iframe');
    await frame.getByTestId('resume').click();
    await expect(frame.locator('.entry.you')).toHaveCount(2);
    await play(frame, best.slice(2));
    await expect(frame.getByTestId('debrief')).toBeVisible();
    await closeSco(again);
    const { cmi } = await cmiOf(again);
    expect(v12 ? cmi['core'].lesson_status : cmi['success_status']).toBe('passed');
    expect(values(cmi['interactions']).map((x) => x.id)).toEqual(best.map((s) => s.nodeId));
    await context.close();
  });

  test(`SCORM ${version}: an LMS whose SetValue fails: the learner is told, in the LMS's words`, async ({ page }) => {
    await servePackage(page, await packageOf(format, scenario));
    await openInLms(page, version, scenario.id, { failSet: 'cmi.interactions' });
    const frame = page.frameLocator('iframe');
    await frame.getByTestId('start').click();
    await play(frame, best.slice(0, 1));
    const notice = frame.getByTestId('lms-notice');
    await expect(notice).toHaveAttribute('data-kind', 'notSaved');
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toContainText('General exception: the LMS database is unavailable');
  });
}

for (const [version, saved] of [
  ['2004', { cmi: { learner_preference: { language: 'ja-JP', audio_level: '0' } } }],
  ['1.2', { cmi: { student_preference: { language: 'ja', audio: '-1' } } }],
] as const) {
  test(`SCORM ${version}: the learner's language and audio preference from the LMS pick the game's language and mute; the menu holds the launched scenario only`, async ({
    page,
  }) => {
    const format = version === '1.2' ? 'scorm12' : 'scorm2004';
    // A package of two scenarios: each SCO is one of them, tracked apart.
    const other = library.find((s) => s.id !== scenario.id)!;
    await servePackage(page, await packageOf(format, scenario, [other]));
    await openInLms(page, version, scenario.id, { saved });
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('start')).toBeVisible();
    await expect(frame.locator('html')).toHaveAttribute('lang', 'ja');
    await frame.getByTestId('back').click();
    await expect(frame.getByTestId('scenario')).toHaveCount(1);
    await expect(frame.getByTestId('scenario')).toHaveAttribute('data-scenario', scenario.id);
    await frame.getByTestId('open-settings').click();
    await expect(frame.getByTestId('setting-mute')).toBeChecked();
  });
}

test('a package opened without an LMS plays on its own and says so', async ({ page }) => {
  await servePackage(page, await packageOf('scorm12', scenario));
  await page.goto(`/lms/pkg/index.html?lms=scorm12&scenario=${scenario.id}`);
  await expect(page.getByTestId('lms-notice')).toHaveAttribute('data-kind', 'none');
  await expect(page.getByTestId('lms-notice')).toHaveAttribute('role', 'status');
  // The notice stays clear of the brief and reads well to assistive technology.
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId('start').click();
  await play(page, best);
  await expect(page.getByTestId('debrief')).toBeVisible();
  await expect(page.getByTestId('lms-notice')).toHaveAttribute('data-kind', 'none');
});
