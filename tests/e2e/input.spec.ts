/**
 * No accidental replies (scenario-format.md, "Rules of play"): a press or click that began before
 * the replies were shown, or within 250 ms of their appearing, chooses nothing. The keyboard works
 * as the README says: a number key selects a reply, Enter or Space sends it, Tab moves between
 * replies, Esc pauses and Esc again resumes. Where a test needs "within 250 ms", it stops the
 * page's clock, so nothing depends on how fast the machine is.
 */
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/engine/index.ts';
import { choiceText, shippedScenario } from '../scenario-paths.ts';
import { freezeTime, openBrief, setTextSpeed } from './play.ts';

const scenario = shippedScenario('late-delivery');
const best = bestPath(scenario).steps;
const mood = String(scenario.customer.mood);

/** Nothing was chosen: no reply in the transcript, the mood as it began, the customer still talking or waiting. */
async function expectNoReply(page: Page): Promise<void> {
  await expect(page.locator('.entry.you')).toHaveCount(0);
  await expect(page.getByTestId('mood')).toHaveAttribute('aria-valuenow', mood);
  await expect(page.getByTestId('conversation')).toBeVisible();
}

test('a double click on the start button chooses no reply, while the venting caller is still talking', async ({ page }) => {
  await setTextSpeed(page, 20);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').dblclick();
  await expect(page.getByTestId('choice').first()).toBeVisible();
  await expectNoReply(page);
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'true');
});

test('a click on a reply within 250 ms of its appearing chooses nothing; one after does', async ({ page }) => {
  await page.clock.install();
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await freezeTime(page);
  await page.getByTestId('start').click();
  const first = page.getByTestId('choice').first();
  await expect(first).toBeVisible();
  // The replies say they do not take input yet; a click made anyway (as a fast double click would) is ignored.
  await expect(first).toBeDisabled();
  await first.click({ force: true });
  await first.tap({ force: true }).catch(() => undefined);
  await expectNoReply(page);
  await page.clock.runFor(300);
  await expect(first).toBeEnabled();
  await first.click();
  await expect(page.locator('.entry.you')).toHaveCount(1);
});

test('a key pressed within 250 ms, or held down from before, chooses nothing', async ({ page }) => {
  await page.clock.install();
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await freezeTime(page);
  await page.getByTestId('start').click();
  const first = page.getByTestId('choice').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.keyboard.press(' ');
  await expect(first).not.toBeFocused();
  await expectNoReply(page);
  // Held down from before the replies took input: its repeats select nothing either.
  await page.keyboard.down('1');
  await page.clock.runFor(300);
  await page.keyboard.down('1');
  await expect(first).not.toBeFocused();
  await page.keyboard.up('1');
  await expectNoReply(page);
  await page.keyboard.press('1');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.entry.you')).toHaveCount(1);
});

test('keyboard: a number key selects, Enter or Space sends, Tab moves between replies, Esc pauses and resumes', async ({ page }) => {
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  const line = page.getByTestId('customer-line');
  await expect(line).toHaveAttribute('aria-busy', 'false');
  const choices = page.getByTestId('choice');
  await expect(choices.first()).toBeEnabled();
  const shown = await choices.evaluateAll((els) => els.map((e) => e.getAttribute('data-choice')));
  const at = (move: { choiceId: string }) => shown.indexOf(move.choiceId);
  const b = at(best[0]!);
  // Selecting is not sending: a number key only focuses and marks the reply.
  const other = b === 0 ? 1 : b - 1;
  await page.keyboard.press(String(other + 1));
  await expect(choices.nth(other)).toBeFocused();
  await expect(choices.nth(other)).toHaveClass(/selected/);
  await expect(page.locator('.entry.you')).toHaveCount(0);
  await page.keyboard.press(b === 0 ? 'Shift+Tab' : 'Tab');
  await expect(choices.nth(b)).toBeFocused();
  await expect(choices.nth(other)).not.toHaveClass(/selected/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pause-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pause-dialog')).toHaveCount(0);
  await expect(choices.nth(b)).toBeFocused();
  await expect(choices.nth(b)).toBeEnabled();
  await page.keyboard.press(' ');
  await expect(page.locator('.entry.you')).toHaveCount(1);
  await expect(page.locator('.entry.you').first()).toContainText(choiceText(scenario, best[0]!, 'en'));
  // The next line's reply, selected by its number and sent with Enter.
  await expect(page.locator(`[data-testid=choice][data-choice="${best[1]!.choiceId}"]`)).toBeEnabled();
  const next = await choices.evaluateAll((els) => els.map((e) => e.getAttribute('data-choice')));
  await page.keyboard.press(String(next.indexOf(best[1]!.choiceId) + 1));
  await page.keyboard.press('Enter');
  await expect(page.locator('.entry.you')).toHaveCount(2);
  await expect(page.locator('.entry.you').nth(1)).toContainText(choiceText(scenario, best[1]!, 'en'));
});

test('after a reply the customer takes a beat before the next line: nothing new arrives at once', async ({ page }) => {
  await page.clock.install();
  await setTextSpeed(page, 45);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  const line = page.getByTestId('customer-line');
  await expect(line).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await freezeTime(page);
  await page.clock.runFor(300);
  await page.getByTestId('choice').first().click();
  await expect(page.locator('.entry.you')).toHaveCount(1);
  // The reply is in and the mood has moved; the next line, its replies and the timer wait.
  await expect(page.locator('.entry.customer')).toHaveCount(1);
  await expect(page.getByTestId('choice')).toHaveCount(0);
  await expect(page.getByTestId('reply-timer')).toBeHidden();
  await page.clock.runFor(1_500);
  await expect(page.locator('.entry.customer')).toHaveCount(2);
});
