/**
 * The spine, played through the contract: late-delivery's best path, an interruption, and the
 * paths to `lost` and `escalated`, each checked against the engine's own numbers.
 */
import { expect, test } from '@playwright/test';
import { bestPath } from '../../src/engine/index.ts';
import { pathTo, playMoves as engineResult, shippedScenario, type Move } from '../scenario-paths.ts';
import { expectDebrief, openBrief, playMoves, playMovesHeld, setTextSpeed, startInterrupting } from './play.ts';

const scenario = shippedScenario('late-delivery');
const best: Move[] = bestPath(scenario).steps.map((s) => ({ ...s }));

test('the best path ends resolved with the best possible scores, and coaches every reply', async ({ page }) => {
  await setTextSpeed(page, 400);
  await openBrief(page, 'late-delivery');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The late delivery');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, best);
  const result = engineResult(scenario, best);
  expect(result.ending).toBe('resolved');
  await expectDebrief(page, result);
  await expect(page.getByTestId('score-listen')).toContainText('Listen');
  await expect(page.getByTestId('coaching-step')).toHaveCount(best.length);
  await expect(page.getByTestId('interrupted')).toHaveCount(0);
});

test('interrupting the venting opening costs listen 1 and mood 10, and the debrief says so', async ({ page }) => {
  const moves: Move[] = [{ ...best[0]!, interrupt: true }];
  await startInterrupting(page);
  await playMoves(page, scenario, moves);
  await expect(page.getByTestId('mood')).toHaveAttribute('data-mood', String(engineResultAfter(moves)));
  // The rest of the best path, each line delivered in full on the held clock.
  const rest = best.slice(1);
  await playMovesHeld(page, scenario, rest);
  await page.clock.resume();
  const result = engineResult(scenario, [...moves, ...rest]);
  expect(result.scores.listen).toBe(engineResult(scenario, best).scores.listen - 1);
  await expectDebrief(page, result);
  await expect(page.getByTestId('interrupted')).toHaveCount(1);
});

function engineResultAfter(moves: Move[]): number {
  const node = scenario.nodes[moves[0]!.nodeId]!;
  const choice = node.kind === 'decision' ? node.choices.find((c) => c.id === moves[0]!.choiceId)! : undefined;
  return Math.min(100, Math.max(0, scenario.customer.mood + (choice?.mood ?? 0) + 10));
}

for (const ending of ['lost', 'escalated'] as const) {
  test(`a path to ${ending} shows that ending and its numbers`, async ({ page }) => {
    const moves = pathTo(scenario, ending);
    expect(moves, `late-delivery has a path to ${ending}`).toBeDefined();
    await setTextSpeed(page, 0);
    await openBrief(page, 'late-delivery');
    await page.getByTestId('start').click();
    await playMoves(page, scenario, moves!);
    await expectDebrief(page, engineResult(scenario, moves!));
  });
}

test('mood reaching 100 ends the call at once as lost', async ({ page }) => {
  const moves = pathTo(scenario, 'lost', true);
  expect(moves, 'late-delivery lets the mood reach 100').toBeDefined();
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, moves!);
  const result = engineResult(scenario, moves!);
  expect(result.endedBy).toBe('mood');
  await expectDebrief(page, result);
});
