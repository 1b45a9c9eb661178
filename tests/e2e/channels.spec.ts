/**
 * Each channel plays differently and recognisably. That every scenario of every channel plays its
 * best path to a debrief agreeing with the engine, its channel showing, is checked by the layout
 * walks (layout.spec.ts), which play them all.
 */
import { expect, test } from '@playwright/test';
import { bestPath } from '../../src/engine/index.ts';
import { pathToNode, shippedScenario } from '../scenario-paths.ts';
import { openBrief, playMoves, setTextSpeed } from './play.ts';

test('chat: the customer is seen typing before a message arrives', async ({ page }) => {
  await setTextSpeed(page, 20);
  await openBrief(page, 'chat-rephrase');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('typing')).toBeVisible();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(page.getByTestId('typing')).toBeHidden();
});

test('email: the reply is composed from the choices into one draft', async ({ page }) => {
  const scenario = shippedScenario('letter-no-phone');
  const moves = bestPath(scenario).steps.slice(0, 3);
  await setTextSpeed(page, 0);
  await openBrief(page, 'letter-no-phone');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, moves);
  const paragraphs = page.getByTestId('draft').locator('p');
  // Actions in parentheses ("pass the letter on") are done, not written.
  await expect(paragraphs).not.toHaveCount(0);
  await expect(page.getByTestId('draft')).not.toContainText('(');
});

test('email: a letter arrives whole, so there is nothing to interrupt', async ({ page }) => {
  await setTextSpeed(page, 45);
  await openBrief(page, 'letter-no-phone');
  await page.getByTestId('start').click();
  const line = page.getByTestId('customer-line');
  // Replies are offered only once the whole letter is there.
  await expect(line).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('choice').first()).toBeVisible();
  const busyWithChoices = await page.evaluate(
    () =>
      document.querySelector('[data-testid=customer-line][aria-busy=true]') !== null &&
      document.querySelectorAll('[data-testid=choice]').length > 0,
  );
  expect(busyWithChoices).toBe(false);
  await page.getByTestId('choice').first().click();
  await expect(page.getByTestId('interrupted')).toHaveCount(0);
});

test('email: what happens around a letter is told above it, and a reply keeps its line breaks', async ({ page }) => {
  const invoice = shippedScenario('unpaid-invoice');
  const node = invoice.nodes['overruled']!;
  expect(node.narration).toBeDefined();
  await setTextSpeed(page, 0);
  await openBrief(page, 'unpaid-invoice');
  await page.getByTestId('start').click();
  await playMoves(page, invoice, pathToNode(invoice, 'overruled')!);
  await expect(page.locator('[data-testid="customer-line"][data-node="overruled"]')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('narration').last()).toHaveText(node.narration!.en!);
  await expect(page.getByTestId('narration').last()).toBeVisible();
  const scenario = shippedScenario('letter-no-phone');
  // A signed-off closing paragraph keeps its sign-off on a line of its own, in the reply and the draft.
  await openBrief(page, 'letter-no-phone', 'zh-CN');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, pathToNode(scenario, 'closing')!, 'zh-CN');
  await expect(page.locator('[data-testid="customer-line"][data-node="closing"]')).toHaveAttribute('aria-busy', 'false');
  const closingNode = scenario.nodes['closing']!;
  if (closingNode.kind !== 'decision') throw new Error('closing is a decision');
  const multi = closingNode.choices.find((c) => c.text['zh-CN']?.includes('\n'))!;
  const reply = page.getByTestId('choice').filter({ hasText: multi.text['zh-CN']!.split('\n')[0]! });
  const lines = await reply
    .locator('.choice-text')
    .evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
  expect(lines).toBeGreaterThanOrEqual(multi.text['zh-CN']!.split('\n').length);
});
