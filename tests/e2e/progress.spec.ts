/**
 * Progress that is never lost: attempts recorded, resume after a reload, two tabs, export and
 * import (and refusal of bad files), storage failures, persistence, and the trainer's cohort.
 */
import { expect, test, type Page } from '@playwright/test';
import { bestPath, bestPathFrom, totalScore } from '../../src/engine/index.ts';
import { choiceText, playMoves as engineResult, shippedScenario } from '../scenario-paths.ts';
import { restoreOneAttempt } from './many-attempts.ts';
import { expectRecorded, openBrief, openTrainers, playMoves, playThrough, setTextSpeed } from './play.ts';

const scenario = shippedScenario('chat-rephrase');
const best = bestPath(scenario).steps;

async function openProgress(page: Page): Promise<void> {
  await page.goto('/?view=progress&lang=en');
  await expect(page.getByTestId('progress')).toBeVisible();
}

/** Every attempt write fails as on a full disk, as browsers report it. */
async function fillTheDisk(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'attempts') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

test.beforeEach(async ({ page }) => setTextSpeed(page, 0));

test('every attempt is recorded and shown with its scenario, ending and scores', async ({ page }) => {
  await playThrough(page);
  await openProgress(page);
  const attempt = page.getByTestId('attempt');
  await expect(attempt).toHaveCount(1);
  await expect(attempt).toHaveAttribute('data-scenario', 'chat-rephrase');
  await expect(attempt).toHaveAttribute('data-ending', 'resolved');
  await expect(page.locator('[data-testid=grid-cell][data-scenario=chat-rephrase]')).toHaveAttribute('data-played', 'true');
  await expect(page.getByTestId('recommend')).toBeVisible();
  for (const p of ['listen', 'empathy', 'honesty', 'calm'])
    await expect(page.getByTestId(`mastery-${p}`)).toHaveAttribute('data-level', /started|practising|mastered/);
  await expect(page.getByTestId('backup-note')).toContainText('export');
});

test('the menu shows how the learner did on each scenario and marks the one to play next', async ({ page }) => {
  await page.goto('/?lang=en');
  // A new learner: nothing played, one scenario suggested.
  await expect(page.locator('[data-testid=scenario-record][data-played=false]').first()).toContainText('not played yet');
  await expect(page.getByTestId('suggested')).toHaveCount(1);
  await playThrough(page);
  await page.getByTestId('back').click();
  const card = page.locator('[data-testid=scenario][data-scenario=chat-rephrase]');
  await expect(card.getByTestId('scenario-record')).toHaveAttribute('data-played', 'true');
  await expect(card.getByTestId('scenario-record')).toContainText(/^\d+% · Resolved · 1 try$/);
  const record = await card.getByTestId('scenario-record').textContent();
  await expect(page.locator('[data-testid=scenario-record][data-played=true]')).toHaveCount(1);
  // The menu says what the progress screen says, and suggests what it recommends.
  await expect(page.getByTestId('suggested')).toHaveCount(1);
  const suggested = await page.locator('[data-testid=scenario]:has([data-testid=suggested])').getAttribute('data-scenario');
  await openProgress(page);
  await expect(page.locator('[data-testid=grid-cell][data-scenario=chat-rephrase] span')).toHaveText(record!);
  await expect(page.getByTestId('recommend')).toHaveAttribute('data-scenario', suggested!);
});

test('reloading mid-conversation offers to continue where the learner was', async ({ page }) => {
  await openBrief(page, 'chat-rephrase');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, best.slice(0, 2));
  await expect(page.locator('.entry.you')).toHaveCount(2);
  // Reloaded once the draft holds both replies (its write is asynchronous).
  await expect(page.locator('body')).toHaveAttribute('data-draft-replies', '2');
  await page.reload();
  await expect(page.getByTestId('resume')).toBeVisible();
  await page.getByTestId('resume').click();
  await expect(page.locator('.entry.you')).toHaveCount(2);
  await playMoves(page, scenario, best.slice(2));
  await expect(page.getByTestId('debrief')).toBeVisible();
  await expect(page.getByTestId('coaching-step')).toHaveCount(best.length);
  await expectRecorded(page);
  await page.goto('/');
  await expect(page.getByTestId('menu')).toBeVisible();
  await expect(page.getByTestId('resume')).toHaveCount(0);
});

test('two tabs playing at once both keep their attempts', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  // Pages of their own: the beforeEach's text speed is set on the test's own page only.
  await Promise.all([setTextSpeed(a, 0), setTextSpeed(b, 0)]);
  await Promise.all([playThrough(a), playThrough(b, 'chat-rephrase')]);
  await openProgress(a);
  await expect(a.getByTestId('attempt')).toHaveCount(2);
});

test('an export imported into a fresh browser restores everything', async ({ page, browser }) => {
  await playThrough(page);
  await openProgress(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const path = await file.path();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/?view=progress&lang=en');
  await expect(other.getByTestId('no-attempts')).toBeVisible();
  await other.getByTestId('import-file').setInputFiles(path);
  await expect(other.getByTestId('transfer-status')).toContainText('Imported 1 learner and 1 attempt.');
  await expect(other.getByTestId('attempt')).toHaveCount(1);
  // The fresh browser's made-up learner is gone: only the one restored is left.
  await expect(other.getByTestId('profile-select').locator('option')).toHaveCount(1);
  await fresh.close();
});

test('files that are not ours, crafted or from a newer version are refused and nothing changes', async ({ page }) => {
  await restoreOneAttempt(page);
  const bad = [
    { name: 'notes.json', text: '{"hello":"world"}', says: 'not a Hot Seat progress file' },
    {
      name: 'crafted.json',
      text: '{"format":"hot-seat-progress","version":2,"profiles":[],"attempts":[],"__proto__":{"admin":true}}',
      says: '__proto__',
    },
    { name: 'newer.json', text: '{"format":"hot-seat-progress","version":99,"profiles":[],"attempts":[]}', says: 'newer version' },
    { name: 'garbage.json', text: 'not json at all', says: 'JSON' },
  ];
  for (const f of bad) {
    await page.getByTestId('import-file').setInputFiles({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) });
    await expect(page.getByTestId('transfer-status')).toContainText('Nothing was imported');
    await expect(page.getByTestId('transfer-status')).toContainText(f.says);
    await expect(page.getByTestId('attempt')).toHaveCount(1);
  }
});

test('why a file is refused is said in the learner\u2019s language', async ({ page }) => {
  await page.goto('/?view=progress&lang=ja');
  await expect(page.getByTestId('progress')).toBeVisible();
  const files = [
    { name: 'notes.json', text: '{"hello":"world"}', says: 'これはHot Seatの進捗ファイルではありません' },
    {
      name: 'newer.json',
      text: '{"format":"hot-seat-progress","version":99,"profiles":[],"attempts":[]}',
      says: 'このファイルは新しいバージョンのHot Seatで作成されています',
    },
    {
      name: 'broken.json',
      text: '{"format":"hot-seat-progress","version":2,"exportedAt":"x","profiles":[{"id":""}],"attempts":[]}',
      says: 'ファイルに1件の問題があります',
    },
  ];
  for (const f of files) {
    await page.getByTestId('import-file').setInputFiles({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) });
    await expect(page.getByTestId('transfer-status')).toContainText(`何もインポートされませんでした：${f.says}`);
  }
  // The cohort names each refused file with the reason, in the same language.
  await page.goto('/?view=cohort&lang=vi');
  await page.getByTestId('cohort-files').setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
  await expect(page.getByTestId('cohort-refused')).toContainText('junk.json: đây không phải là tệp tiến độ của Hot Seat');
});

test('a full disk is explained in the learner\u2019s language', async ({ page }) => {
  await fillTheDisk(page);
  await openBrief(page, 'chat-rephrase', 'ko');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, best, 'ko');
  await expect(page.getByTestId('storage-fallback')).toContainText('이 사이트의 브라우저 저장 공간이 가득 찼습니다');
  await expect(page.getByTestId('storage-fallback')).not.toContainText('Quota');
});

test('CSV and xAPI exports download', async ({ page }) => {
  await restoreOneAttempt(page);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const [xapi] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xapi').click()]);
  expect(xapi.suggestedFilename()).toMatch(/\.xapi\.json$/);
});

test('without IndexedDB (private mode) play goes on in memory, with a clear message and an export', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await playThrough(page);
  await expect(page.getByTestId('storage-fallback')).toBeVisible();
  await expect(page.getByTestId('fallback-export')).toBeVisible();
  await page.getByRole('button', { name: 'Back to scenarios' }).click();
  await page.getByTestId('open-progress').click();
  await expect(page.getByTestId('storage-memory')).toBeVisible();
  await expect(page.getByTestId('attempt')).toHaveCount(1);
});

test('a full disk on saving an attempt keeps it in memory and says so', async ({ page }) => {
  await fillTheDisk(page);
  await playThrough(page);
  await expect(page.getByTestId('storage-fallback')).toBeVisible();
  await page.getByRole('button', { name: 'Back to scenarios' }).click();
  await page.getByTestId('open-progress').click();
  await expect(page.getByTestId('attempt')).toHaveCount(1);
});

test('a corrupt record is set aside and reported; every other record still loads', async ({ page }) => {
  await restoreOneAttempt(page);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const r = indexedDB.open('hot-seat-progress');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    const profileId = (
      await new Promise<{ profileId: string }[]>((ok) => {
        const r = db.transaction('attempts').objectStore('attempts').getAll();
        r.onsuccess = () => ok(r.result as { profileId: string }[]);
      })
    )[0]!.profileId;
    await new Promise<void>((ok, ko) => {
      const tx = db.transaction('attempts', 'readwrite');
      tx.objectStore('attempts').put({ v: 2, id: 'broken-1', profileId, scenarioId: 42, steps: 'nonsense' });
      tx.oncomplete = () => ok();
      tx.onerror = () => ko(tx.error);
    });
    db.close();
  });
  await page.reload();
  await expect(page.getByTestId('storage-problems')).toContainText('Attempt “broken-1”:');
  await expect(page.getByTestId('attempt')).toHaveCount(1);
  // In another language the sentence is translated; the technical reason stays as it came.
  await page.goto('/?view=progress&lang=ja');
  const line = page.getByTestId('storage-problems').locator('li');
  await expect(line).toContainText('プレイ記録「broken-1」：');
  await expect(line.locator('[lang=en]')).toContainText('scenarioId');
});

test('the browser is asked to keep progress after the first attempt', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __persistAsked: number };
    w.__persistAsked = 0;
    Object.defineProperty(navigator.storage, 'persist', {
      value: async () => {
        w.__persistAsked++;
        return true;
      },
    });
  });
  await openBrief(page, 'chat-rephrase');
  expect(await page.evaluate(() => (window as unknown as { __persistAsked: number }).__persistAsked)).toBe(0);
  await page.getByTestId('start').click();
  await playMoves(page, scenario, best);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __persistAsked: number }).__persistAsked)).toBe(1);
});

test('learners can be added and switched; each sees only their attempts', async ({ page }) => {
  await restoreOneAttempt(page);
  await page.getByTestId('profile-name').fill('Linh');
  await page.getByTestId('new-profile').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Linh');
  await expect(page.getByTestId('no-attempts')).toBeVisible();
  await page.getByTestId('profile-select').selectOption({ label: 'Learner' });
  await expect(page.getByTestId('attempt')).toHaveCount(1);
});

test('the trainer sees a cohort from several learners\u2019 exports', async ({ page }) => {
  await playThrough(page);
  await playThrough(page, 'late-delivery');
  await openProgress(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const text = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
  // Another learner, also named "Learner": a profile of its own (ids differ), not the same person.
  const doc = JSON.parse(text) as { profiles: { id: string }[]; attempts: { id: string; profileId: string }[] };
  const other = {
    ...doc,
    profiles: doc.profiles.map((p) => ({ ...p, id: `${p.id}-2` })),
    attempts: doc.attempts.map((a) => ({ ...a, id: `${a.id}-2`, profileId: `${a.profileId}-2` })),
  };
  await page.getByTestId('back').click();
  await openTrainers(page);
  await page.getByTestId('open-cohort').click();
  await page.getByTestId('cohort-files').setInputFiles([
    { name: 'learner.json', mimeType: 'application/json', buffer: Buffer.from(text) },
    { name: 'learner-again.json', mimeType: 'application/json', buffer: Buffer.from(text) },
    { name: 'namesake.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) },
    { name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{}') },
  ]);
  // Two learners: the same export loaded twice counts once, two profiles with one name count twice.
  await expect(page.getByTestId('cohort-learners')).toContainText('2 learners');
  await expect(page.getByTestId('cohort-listen')).toBeVisible();
  await expect(page.getByTestId('cohort-practice').locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId('cohort-refused')).toContainText('junk.json');
  // Answer analytics in the trainer's language: titles, lines and replies, never ids.
  const scenario = shippedScenario('chat-rephrase');
  const first = scenario.nodes[scenario.start]!;
  const decision = page.locator(`[data-testid=cohort-decision][data-scenario=chat-rephrase][data-node=${scenario.start}]`);
  await expect(decision.getByRole('heading')).toHaveText(scenario.title.en!);
  await expect(decision.getByTestId('decision-line')).toHaveText(first.customer.en!);
  const chosen = decision.locator(`[data-testid=reply-share][data-choice=${best[0]!.choiceId}]`);
  await expect(chosen).toContainText(choiceText(scenario, best[0]!, 'en'));
  await expect(chosen).toContainText('2 of 2 learners (100%)');
  await expect(decision.getByTestId('reply-share')).toHaveCount(first.kind === 'decision' ? first.choices.length : 0);
  // Never ids: no node id with a hyphen (never an English word) shows in the trainer's view.
  const ids = Object.keys(scenario.nodes).filter((id) => id.includes('-'));
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) await expect(page.getByTestId('cohort-decisions')).not.toContainText(id);
  // Sorted by where learners go wrong most, or by how many reached a decision.
  await page.getByTestId('decision-order').selectOption('reached');
  await expect(page.getByTestId('cohort-decision')).not.toHaveCount(0);
  // In Japanese, the same screen speaks Japanese.
  await page.goto('/?view=cohort&lang=ja');
  await page.getByTestId('cohort-files').setInputFiles([{ name: 'learner.json', mimeType: 'application/json', buffer: Buffer.from(text) }]);
  await expect(
    page.locator(`[data-testid=cohort-decision][data-scenario=chat-rephrase][data-node=${scenario.start}]`).getByTestId('decision-line'),
  ).toHaveText((first.customer as Record<string, string>)['ja']!);
  await expect(page.getByTestId('cohort-learners')).toContainText('学習者1人');
});

test('a badge unlocks after its criterion is met, and not before', async ({ page }) => {
  await openProgress(page);
  const bestPathBadge = page.getByTestId('badge-best-path');
  await expect(bestPathBadge).toHaveAttribute('data-unlocked', 'false');
  await expect(bestPathBadge).toContainText("Score as many points as a scenario's best path in one play.");
  await expect(page.getByTestId('badge-first-resolved')).toHaveAttribute('data-unlocked', 'false');
  // A play through a mistake resolves the call but falls short of the best path's total.
  const detour = bestPathFrom(scenario, scenario.start, scenario.customer.mood, 'calm', 'through-mistake')!.steps;
  expect(engineResult(scenario, detour).ending).toBe('resolved');
  expect(totalScore(engineResult(scenario, detour).scores)).toBeLessThan(totalScore(bestPath(scenario).scores));
  await openBrief(page, 'chat-rephrase');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, detour);
  await expect(page.getByTestId('debrief')).toBeVisible();
  await openProgress(page);
  await expect(page.getByTestId('badge-first-resolved')).toHaveAttribute('data-unlocked', 'true');
  await expect(bestPathBadge).toHaveAttribute('data-unlocked', 'false');
  await expect(bestPathBadge).toContainText('0 of 1 so far');
  await playThrough(page);
  await openProgress(page);
  await expect(bestPathBadge).toHaveAttribute('data-unlocked', 'true');
  await expect(bestPathBadge).toContainText('Earned on');
  // The recommendation says why, and every attempt is on the chart.
  await expect(page.getByTestId('recommend-text')).toContainText(/is your lowest over your last 2 plays|You have not practised/);
  await expect(page.getByTestId('progress-chart')).toHaveAttribute('data-points', '2');
  await expect(page.getByTestId('over-time-table').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('growth-row')).toHaveCount(1);
  await expect(page.getByTestId('growth-row')).toContainText('First try');
});

test('a two-learner backup of the device round-trips into a fresh browser with nothing lost or duplicated', async ({ page, browser }) => {
  await playThrough(page);
  await openProgress(page);
  await page.getByTestId('profile-name').fill('Linh');
  await page.getByTestId('new-profile').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Linh');
  await playThrough(page, 'chat-rephrase');
  await playThrough(page, 'chat-rephrase');
  await openProgress(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-device').click()]);
  const path = (await file.path())!;
  const doc = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8')) as {
    profiles: { name: string }[];
    attempts: unknown[];
  };
  expect(doc.profiles.map((p) => p.name)).toEqual(['Learner', 'Linh']);
  expect(doc.attempts).toHaveLength(3);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/?view=progress&lang=en');
  await expect(other.getByTestId('no-attempts')).toBeVisible();
  const counts = async () => {
    const select = other.getByTestId('profile-select');
    await expect(select.locator('option')).toHaveText(['Learner', 'Linh']);
    const seen: Record<string, number> = {};
    for (const name of ['Learner', 'Linh']) {
      await other.getByTestId('profile-select').selectOption({ label: name });
      await expect(other.getByRole('heading', { level: 1 })).toContainText(name);
      seen[name] = await other.getByTestId('attempt').count();
    }
    return seen;
  };
  await other.getByTestId('import-file').setInputFiles(path);
  await expect(other.getByTestId('transfer-status')).toHaveText('Imported 2 learners and 3 attempts.');
  expect(await counts()).toEqual({ Learner: 1, Linh: 2 });
  // The same file again adds nothing.
  await other.getByTestId('import-file').setInputFiles(path);
  await expect(other.getByTestId('transfer-status')).toHaveText('Nothing new: everything in this file is already on this device.');
  expect(await counts()).toEqual({ Learner: 1, Linh: 2 });
  await fresh.close();
});
