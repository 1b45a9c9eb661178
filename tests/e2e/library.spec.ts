/**
 * Every shipped scenario plays in the browser: each is opened by deep link in one language and its
 * best path played to the debrief; across the suite every language is used.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { bestPath, LANGUAGES } from '../../src/engine/index.ts';
import { playMoves as engineResult, shippedScenario } from '../scenario-paths.ts';
import { expectDebrief, openBrief, playMoves, setTextSpeed } from './play.ts';

const ids = readdirSync(resolve(import.meta.dirname, '../../scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

test('the library uses every language across this suite', () => {
  expect(ids.length).toBeGreaterThanOrEqual(LANGUAGES.length);
});

ids.forEach((id, i) => {
  const lang = LANGUAGES[i % LANGUAGES.length]!;
  test(`${id} plays to its debrief in ${lang}`, async ({ page }) => {
    const scenario = shippedScenario(id);
    const moves = bestPath(scenario).steps;
    await setTextSpeed(page, 0);
    await openBrief(page, id, lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title[lang]!);
    await page.getByTestId('start').click();
    await playMoves(page, scenario, moves, lang);
    const result = engineResult(scenario, moves);
    await expectDebrief(page, result);
    if (result.unwinnable) await expect(page.getByTestId('unwinnable')).toBeVisible();
  });
});
