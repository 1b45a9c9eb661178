/**
 * The reply timer (running out of time angers the customer, in every channel), "try again from
 * here", the pause menu, remembered settings and menu filters.
 */
import { expect, test } from '@playwright/test';
import { DEFAULT_SETTINGS, replyLimitMs } from '../../src/engine/index.ts';
import { bestPath } from '../../src/engine/index.ts';
import { choiceText, playMoves as engineResult, shippedScenario } from '../scenario-paths.ts';
import { uiStrings } from './language-checks.ts';
import { expectDebrief, openBrief, playMoves, setTextSpeed } from './play.ts';

const scenario = shippedScenario('late-delivery');
const best = bestPath(scenario).steps;

test('running out of time angers the customer once, who says so, and the debrief marks the reply late', async ({ page }) => {
  await page.clock.install();
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('reply-timer')).toBeVisible();
  await expect(page.getByTestId('mood')).toHaveAttribute('aria-valuenow', String(scenario.customer.mood));
  await page.clock.fastForward(31_000);
  await expect(page.getByTestId('reply-timer')).toHaveClass(/expired/);
  await expect(page.getByTestId('status')).toHaveText('(Silence on the line.) “Hello? Are you still there?”');
  await expect(page.getByTestId('mood')).toHaveAttribute('aria-valuenow', String(scenario.customer.mood + 10));
  // Once per decision: waiting on changes nothing more.
  await page.clock.fastForward(60_000);
  await expect(page.getByTestId('status')).toHaveCount(1);
  await expect(page.getByTestId('mood')).toHaveAttribute('aria-valuenow', String(scenario.customer.mood + 10));
  const moves = best.map((m, i) => (i === 0 ? { ...m, late: true } : m));
  await playMoves(page, scenario, moves);
  await expectDebrief(page, engineResult(scenario, moves));
  await expect(page.getByTestId('late')).toHaveCount(1);
  await expect(page.getByTestId('coaching-step').first().getByTestId('late')).toBeVisible();
});

test('with the timer off there is no countdown and nothing is late', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem('hot-seat:settings', JSON.stringify({ textSpeed: 0, timer: 'off', volumes: { muted: true } })),
  );
  await page.clock.install();
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('reply-timer')).toBeHidden();
  await page.clock.fastForward(120_000);
  await expect(page.getByTestId('status')).toHaveCount(0);
  await expect(page.getByTestId('mood')).toHaveAttribute('aria-valuenow', String(scenario.customer.mood));
  await playMoves(page, scenario, best);
  await expectDebrief(page, engineResult(scenario, best));
  await expect(page.getByTestId('late')).toHaveCount(0);
});

test('try again from here replays up to a reply and lets the learner answer it afresh', async ({ page }) => {
  const worse = [...best.slice(0, 2)];
  const node = scenario.nodes[best[2]!.nodeId]!;
  const other = node.kind === 'decision' ? node.choices.find((c) => c.id !== best[2]!.choiceId)! : undefined;
  worse.push({ nodeId: best[2]!.nodeId, choiceId: other!.id });
  // No reply timer: on a slow machine it could answer for the learner in the loop below.
  await setTextSpeed(page, 0, { timer: 'off' });
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, best);
  await page.getByTestId('retry').nth(2).click();
  await expect(page.getByTestId('conversation')).toBeVisible();
  await expect(page.getByRole('button', { name: choiceText(scenario, worse[2]!, 'en'), exact: true })).toBeVisible();
  await playMoves(page, scenario, worse.slice(2));
  // Finish along whatever path follows, always taking the first reply shown, then compare.
  // The last reply ends the conversation: wait for the next replies or the debrief, whichever comes.
  const debrief = page.getByTestId('debrief');
  const reply = page.getByTestId('choice').first();
  for (;;) {
    await expect(debrief.or(reply).first()).toBeVisible();
    if (await debrief.isVisible()) break;
    await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
    await reply.click();
  }
  const steps = page.getByTestId('coaching-step');
  await expect(steps.nth(0)).toHaveAttribute('data-choice', best[0]!.choiceId);
  await expect(steps.nth(1)).toHaveAttribute('data-choice', best[1]!.choiceId);
  await expect(steps.nth(2)).toHaveAttribute('data-choice', other!.id);
});

test('Escape pauses the conversation; resume returns to it', async ({ page }) => {
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pause-dialog')).toBeVisible();
  await page.getByTestId('pause-resume').click();
  await expect(page.getByTestId('pause-dialog')).toHaveCount(0);
  await expect(page.getByTestId('choice').first()).toBeEnabled();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.locator('.entry.you')).toHaveCount(1);
});

test('settings are remembered across visits', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('open-settings').click();
  await page.locator('#setting-speed-instant').check();
  await page.locator('#setting-timer-long').check();
  await page.getByTestId('setting-mute').check();
  await page.getByTestId('settings-done').click();
  await page.reload();
  await page.getByTestId('open-settings').click();
  await expect(page.locator('#setting-speed-instant')).toBeChecked();
  await expect(page.locator('#setting-timer-long')).toBeChecked();
  await expect(page.getByTestId('setting-mute')).toBeChecked();
});

test('the menu filters by channel, difficulty, language and principle', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('[data-testid=scenario][data-available=true]');
  const all = await cards.count();
  await page.getByTestId('filter-channel').selectOption('email');
  await expect(cards).not.toHaveCount(all);
  for (const card of await cards.all()) await expect(card).toContainText('E-mail');
  await page.getByTestId('filter-channel').selectOption('');
  await page.getByTestId('filter-difficulty').selectOption('3');
  for (const card of await cards.all()) await expect(card).toContainText('Hard');
  await page.getByTestId('filter-difficulty').selectOption('');
  await page.getByTestId('filter-principle').selectOption('listen');
  await expect(cards.first()).toBeVisible();
  await page.getByTestId('filter-language').selectOption('ko');
  await expect(page.getByTestId('filter-count')).toContainText('scenario');
});

test('the menu keeps its filters across a scenario, Back, a reload and a language change', async ({ page }) => {
  await page.goto('/?lang=en');
  const cards = page.locator('[data-testid=scenario][data-available=true]');
  await page.getByTestId('filter-channel').selectOption('email');
  await page.getByTestId('filter-difficulty').selectOption('3');
  await expect(page).toHaveURL(/\?lang=en&channel=email&difficulty=3$/);
  const shown = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-scenario')));
  expect(shown.length).toBeGreaterThan(0);
  const filtered = async () => {
    await expect(page.getByTestId('filter-channel')).toHaveValue('email');
    await expect(page.getByTestId('filter-difficulty')).toHaveValue('3');
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-scenario')))).toEqual(shown);
  };
  // "Back to scenarios" on the brief.
  await cards.first().getByTestId('open-scenario').click();
  await expect(page.getByTestId('start')).toBeVisible();
  await page.getByTestId('back').click();
  await filtered();
  // The browser's Back from a brief, and a reload.
  await cards.first().getByTestId('open-scenario').click();
  await expect(page.getByTestId('start')).toBeVisible();
  await page.goBack();
  await filtered();
  await page.reload();
  await filtered();
  await page.getByTestId('language-picker').selectOption('ja');
  await filtered();
  await expect(page).toHaveURL(/\?lang=ja&channel=email&difficulty=3$/);
  // An address with a value the menu does not offer shows every scenario for that filter.
  await page.goto('/?lang=en&channel=fax&difficulty=3');
  await expect(page.getByTestId('filter-channel')).toHaveValue('');
  await expect(page.getByTestId('filter-difficulty')).toHaveValue('3');
});

const silence = uiStrings<{ conversation: { silence: Record<string, string> } }>('en').conversation.silence;

for (const id of ['chat-rephrase', 'letter-no-phone', 'broken-on-holiday']) {
  const other = shippedScenario(id);
  test(`${other.channel}: when time runs out the customer says so in the channel's own way and gets angrier`, async ({ page }) => {
    const said = silence[other.channel]!.replace('{{name}}', other.customer.name['en']!);
    await page.clock.install();
    await setTextSpeed(page, 0);
    await openBrief(page, id);
    await page.getByTestId('start').click();
    await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByTestId('reply-timer')).toBeVisible();
    await page.clock.fastForward(replyLimitMs(DEFAULT_SETTINGS, other.difficulty)! + 1_000);
    await expect(page.getByTestId('status')).toHaveText(said);
    await expect(page.getByTestId('mood')).toHaveAttribute('aria-valuenow', String(other.customer.mood + 10));
  });
}
