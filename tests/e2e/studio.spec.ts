/**
 * The trainers' studio: files from disk kept on the device until removed (a file name that
 * differs from the id only warns), and the texts of such a file saved as XLIFF for a translator.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { bestPath, moodOnArrival } from '../../src/engine/index.ts';
import { shippedScenario } from '../scenario-paths.ts';
import { openTrainers, playFirstRepliesToDebrief } from './play.ts';

const root = resolve(import.meta.dirname, '../..');

test('a file from disk is kept across reloads until removed, and a name unlike its id only warns', async ({ page }) => {
  await page.goto('/');
  await openTrainers(page);
  await expect(page.getByTestId('kept-files')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('open-kept')).toHaveCount(0);
  // A browser names a second download "two-paths (1).yaml".
  const name = 'two-paths (1).yaml';
  await page
    .getByTestId('open-file')
    .setInputFiles({ name, mimeType: 'text/yaml', buffer: readFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml')) });
  await expect(page.getByTestId('scenario-map')).toBeVisible();
  const warning = page.locator('[data-testid=diagnostics] [data-code=SCN014]');
  await expect(warning).toHaveClass(/warning/);
  await expect(warning).toContainText("rename the file to 'two-paths.yaml'");
  await expect(page.getByTestId('author-play')).toBeVisible();
  await expect(page).toHaveURL(/\?file=two-paths%20\(1\)\.yaml/);

  await page.reload();
  await expect(page.getByTestId('scenario-map')).toBeVisible();
  await expect(page.getByTestId('author-file')).toHaveText(name);

  await page.goto('/?view=trainers');
  await expect(page.getByTestId('open-kept')).toHaveText([name]);
  await page.getByTestId('open-kept').click();
  await expect(page.getByTestId('scenario-map')).toBeVisible();
  await page.goto('/?view=trainers');
  await page.getByRole('button', { name: `Remove ${name}` }).click();
  await expect(page.getByTestId('kept-files')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('open-kept')).toHaveCount(0);
  await page.goto(`/?file=${encodeURIComponent(name)}`);
  await expect(page.getByTestId('notice')).toContainText('no longer kept');
});

test("the author view saves a file's texts as XLIFF 2.0 for a translator", async ({ page }) => {
  await page.goto('/?view=trainers');
  const source = readFileSync(resolve(root, 'tests/fixtures/translation/hotline.yaml'));
  await page.getByTestId('open-file').setInputFiles({ name: 'hotline.yaml', mimeType: 'text/yaml', buffer: source });
  await page.getByTestId('xliff-lang').selectOption('ja');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xliff').click()]);
  expect(download.suggestedFilename()).toBe('hotline.ja.xlf');
  const xml = readFileSync(await download.path(), 'utf8');
  expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ja">');
  expect(xml).toContain('<unit id="node.opening.choice.sorry.text">');
  expect(xml).toContain('<target>ホットライン</target>');
  expect(xml.match(/<unit /g)).toHaveLength(10);
});

test('the author view draws the scenario as a graph: one arrow per reply, the best path marked, zoom and pan', async ({ page }) => {
  const scenario = shippedScenario('bill-shock');
  await page.goto('/?author=bill-shock');
  const graph = page.getByTestId('scenario-graph');
  await expect(graph).toBeVisible();
  const replies = Object.values(scenario.nodes).flatMap((n) => (n.kind === 'decision' ? n.choices : []));
  await expect(graph.getByTestId('graph-edge')).toHaveCount(replies.length);
  await expect(graph.getByTestId('graph-node')).toHaveCount(Object.keys(scenario.nodes).length);
  const best = bestPath(scenario);
  await expect(graph.locator('[data-testid=graph-edge][data-on-path=true]')).toHaveCount(best.steps.length);
  for (const step of best.steps)
    await expect(graph.locator(`[data-testid=graph-edge][data-from="${step.nodeId}"][data-choice="${step.choiceId}"]`)).toHaveAttribute(
      'data-on-path',
      'true',
    );
  // Each arrow carries its reply's points and mood change.
  const first = best.steps[0]!;
  const choice = (scenario.nodes[first.nodeId] as Extract<(typeof scenario.nodes)[string], { kind: 'decision' }>).choices.find(
    (c) => c.id === first.choiceId,
  )!;
  await expect(graph.locator(`[data-testid=graph-edge][data-from="${first.nodeId}"][data-choice="${first.choiceId}"] text`)).toContainText(
    `mood ${choice.mood > 0 ? '+' : ''}${choice.mood}`,
  );
  // Endings are coloured by kind (a class per kind).
  for (const node of Object.values(scenario.nodes))
    if (node.kind === 'ending') await expect(graph.locator(`[data-node="${node.id}"]`)).toHaveClass(new RegExp(`ending-${node.ending}`));

  const svg = graph.locator('svg');
  const whole = await svg.getAttribute('viewBox');
  await page.getByTestId('graph-zoom-in').click();
  const zoomed = await svg.getAttribute('viewBox');
  expect(Number(zoomed!.split(' ')[2])).toBeLessThan(Number(whole!.split(' ')[2]));
  await page.getByTestId('graph-viewport').focus();
  await page.keyboard.press('ArrowRight');
  expect(Number((await svg.getAttribute('viewBox'))!.split(' ')[0])).toBeGreaterThan(Number(zoomed!.split(' ')[0]));
  await page.keyboard.press('0');
  const all = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
  expect(all[2]).toBeGreaterThanOrEqual(Number(whole!.split(' ')[2]));
  expect(all.slice(0, 2)).toEqual([0, 0]);
  // The path for one principle marks other arrows.
  const listen = bestPath(scenario, 'listen');
  await page.getByTestId('author-objective').selectOption('listen');
  await expect(graph.locator('[data-testid=graph-edge][data-on-path=true]')).toHaveCount(listen.steps.length);
});

test('play from here: any node starts a conversation with the best path’s mood there, or the trainer’s, to a debrief', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('hot-seat:settings', JSON.stringify({ textSpeed: 0, volumes: { muted: true } })));
  const scenario = shippedScenario('late-delivery');
  const step = bestPath(scenario).steps[1]!;
  await page.goto('/?author=late-delivery');
  await page.getByTestId('play-from-node').selectOption(step.nodeId);
  await expect(page.getByTestId('play-from-mood')).toHaveValue(String(moodOnArrival(scenario, step.nodeId)));
  await page.getByTestId('play-from-mood').fill('35');
  await page.getByTestId('play-from').click();
  const line = scenario.nodes[step.nodeId]!.customer.en!;
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('customer-line')).toContainText(line.slice(0, 30));
  await expect(page.getByTestId('mood')).toHaveAttribute('aria-valuenow', '35');
  await playFirstRepliesToDebrief(page);
  await expect(page.getByTestId('ending')).toHaveAttribute('data-ending', /resolved|escalated|lost|ended/);
});
