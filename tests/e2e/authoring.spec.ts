/**
 * Trainers' tools in the game: the scenario map (author view), and checking and playing a scenario
 * file from disk with the same diagnostics as the command line, the checker loading only then.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadScenario } from '../../src/engine/authoring.ts';
import { bestPath, challengeToShow, CHALLENGE_BANDS, designReport } from '../../src/engine/index.ts';
import { shippedScenario } from '../scenario-paths.ts';
import { uiStrings } from './language-checks.ts';
import { openTrainers, playFirstRepliesToDebrief } from './play.ts';

const root = resolve(import.meta.dirname, '../..');

test('the scenario map shows every node and marks the best path for each principle', async ({ page }) => {
  const scenario = shippedScenario('late-delivery');
  await page.goto('/');
  // The learner's cards do not offer the map: it stars the best replies.
  await expect(page.locator('[data-testid=scenario] [data-testid=open-map]')).toHaveCount(0);
  await openTrainers(page);
  await expect(page).toHaveURL(/\?view=trainers/);
  await page.locator('[data-testid=open-map][data-scenario=late-delivery]').click();
  await expect(page.getByTestId('author')).toBeVisible();
  await expect(page).toHaveURL(/\?author=late-delivery/);
  await expect(page.getByTestId('no-diagnostics')).toBeVisible();
  await expect(page.getByTestId('map-node')).toHaveCount(Object.keys(scenario.nodes).length);
  const total = bestPath(scenario);
  const marked = page.locator('[data-testid=map-choice][data-on-path=true]');
  await expect(marked).toHaveCount(total.steps.length);
  for (const step of total.steps) {
    await expect(page.locator(`[data-testid=map-node][data-node="${step.nodeId}"] [data-choice="${step.choiceId}"]`)).toHaveAttribute(
      'data-on-path',
      'true',
    );
  }
  const listen = bestPath(scenario, 'listen');
  await page.getByTestId('author-objective').selectOption('listen');
  await expect(marked).toHaveCount(listen.steps.length);
  await expect(page.getByTestId('path-note')).toContainText(`Listen ${listen.scores.listen}`);
});

test('the author view shows the design numbers the engine computes, with what they mean', async ({ page }) => {
  const file = 'tests/fixtures/e2e/design-numbers.yaml';
  const scenario = loadScenario(readFileSync(resolve(root, file), 'utf8'), file).scenario!;
  const r = designReport(scenario);
  const d = r.difficulty;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const share = (total: number) => pct(total / r.best.value);
  const en = uiStrings<{
    difficulty: Record<string, string>;
    ending: Record<string, { title: string }>;
    principle: Record<string, string>;
  }>('en');
  const ending = (e: string) => `“${en.ending[e]!.title}”`;
  await page.goto('/?author=design-numbers&lang=en');
  const design = page.getByTestId('author-design');
  await expect(design.getByRole('heading', { level: 2 })).toHaveText('Design check');
  await expect(design.getByTestId('design-best')).toContainText(
    'the one with the highest total of the four principles; if totals tie, the better ending, then fewer replies',
  );
  await expect(design.getByTestId('design-best')).toContainText(
    `takes ${r.best.steps.length} reply, ends ${ending(r.best.ending)} and scores ${r.best.value} in all`,
  );
  // Declared Hard, played like a Starter: the estimate and the numbers behind it.
  await expect(design.getByTestId('design-difficulty')).toContainText(
    `declared ${en.difficulty[d.declared]} (${d.declared}), but players who do not read find it ${en.difficulty[d.estimated]} (${d.estimated})`,
  );
  const random = design.getByTestId('design-random');
  await expect(random).toContainText(
    `reaches ${ending(r.best.ending)}, the best path's ending, in ${pct(d.reachesBestEnding)} of plays, and makes the customer boil over in ${pct(d.random.boilOver)}`,
  );
  await expect(random).toContainText(
    `is ${challengeToShow(d.challenge).toFixed(2)}: below ${CHALLENGE_BANDS[0]} is Starter, below ${CHALLENGE_BANDS[1]} Standard, otherwise Hard`,
  );
  expect(d.longest.endedBy).toBe('node');
  await expect(design.getByTestId('design-longest')).toContainText(
    `ends ${ending(d.longest.ending)}, with ${share(d.longest.total)} of the best path's points`,
  );
  expect(d.shortest.endedBy).toBe('mood');
  await expect(design.getByTestId('design-shortest')).toContainText(
    `makes the customer boil over (${ending(d.shortest.ending)}), with ${share(d.shortest.total)} of the best path's points`,
  );
  await expect(design.getByTestId('design-tells')).toContainText(
    `In ${r.longestTells.length} of ${r.decisions} decisions the best reply is also the longest`,
  );
  await expect(design.getByTestId('design-partial')).toContainText(
    `${r.decisions - r.noPartialCredit.length} of ${r.decisions} decisions offer partial credit`,
  );
  const mistakes = design.getByTestId('design-mistake');
  await expect(mistakes).toHaveCount(r.mistakesPay.length);
  for (const m of r.mistakesPay) {
    await expect(design.locator(`[data-testid=design-mistake][data-principle=${m.principle}]`)).toHaveText(
      `A mistake pays: the path through “${m.mistake.choiceId}” (node ${m.mistake.nodeId}) reaches ${en.principle[m.principle]} ${m.viaMistake}, more than the best path's ${m.best}.`,
    );
  }
  // The checker's warnings for the same file are listed above, one per design problem.
  for (const code of ['SCN060', 'SCN061', 'SCN063'])
    await expect(page.locator(`[data-testid=diagnostics] [data-code=${code}]`)).toHaveCount(1);
});

test('the map of a broken scenario lists its diagnostics', async ({ page }) => {
  await page.goto('/?author=broken-example&lang=en');
  await expect(page.getByTestId('diagnostics')).toContainText('[SCN020]');
  await expect(page.getByTestId('scenario-map')).toHaveCount(0);
});

test("each problem is named in the trainer's language, with the checker's own line beside it", async ({ page }) => {
  const ja = uiStrings<{ diagnostic: Record<string, string> }>('ja');
  await page.goto('/?author=broken-example&lang=ja');
  const item = page.locator('[data-testid=diagnostics] [data-code=SCN020]');
  await expect(item.locator('.diagnostic-title')).toHaveText(`${ja.diagnostic['error']}：${ja.diagnostic['SCN020']}`);
  await expect(item.locator('.diagnostic-where')).toHaveText('（8行目 10列）');
  await expect(item.getByTestId('diagnostic-message')).toHaveText(
    "'channel'：'telephone' はチャネルではありません（phone、email、chat、in-person）",
  );
  await expect(item.locator('code')).toHaveText(
    /^tests\/fixtures\/e2e\/broken-example\.yaml:8:10: error: 'channel' is 'telephone'.*\[SCN020\]$/,
  );
  await expect(item.locator('code')).toHaveAttribute('lang', 'en');
  // The menu card of the unavailable scenario says the same.
  await page.goto('/?lang=ja');
  await expect(page.locator('[data-scenario=broken-example] [data-code=SCN020] .diagnostic-title')).toHaveText(
    `${ja.diagnostic['error']}：${ja.diagnostic['SCN020']}`,
  );
});

test('a file from disk is checked in the browser, with the checker loaded only then', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByTestId('menu')).toBeVisible();
  await openTrainers(page);
  const before = scripts.length;
  const broken = readFileSync(resolve(root, 'tests/fixtures/e2e/broken-example.yaml'));
  await page.getByTestId('open-file').setInputFiles({ name: 'broken-example.yaml', mimeType: 'text/yaml', buffer: broken });
  await expect(page.getByTestId('diagnostics')).toContainText("broken-example.yaml:8:10: error: 'channel' is 'telephone'");
  await expect(page.getByTestId('author-play')).toHaveCount(0);
  expect(scripts.length, 'the checker arrives as its own script').toBeGreaterThan(before);
});

test('a file from disk has its voice files checked against the game, as the command line checks them', async ({ page }) => {
  await page.goto('/?view=trainers');
  const name = 'scn042-voice-missing.yaml';
  // Its English line's recording is served with the game; the Japanese one is not.
  await page
    .getByTestId('open-file')
    .setInputFiles({ name, mimeType: 'text/yaml', buffer: readFileSync(resolve(root, 'tests/fixtures/broken', name)) });
  await expect(page.locator('[data-testid=diagnostics] li')).toHaveCount(1);
  await expect(page.locator('[data-testid=diagnostics] [data-code=SCN042] code')).toHaveText(
    `${name}:18:11: error: node 'open': voice file 'audio/voice/open-ja.mp3' (ja) does not exist under public/ [SCN042]`,
  );
  await expect(page.getByTestId('author-play')).toHaveCount(0);
});

test('a translator sees how many texts are left to translate into the language shown', async ({ page }) => {
  await page.goto('/?view=trainers&lang=en');
  const name = 'scn050-language-incomplete.yaml';
  await page
    .getByTestId('open-file')
    .setInputFiles({ name, mimeType: 'text/yaml', buffer: readFileSync(resolve(root, 'tests/fixtures/broken', name)) });
  await expect(page.locator('[data-testid=diagnostics] [data-code=SCN050] code')).toContainText("but 2 texts have no 'ja' version");
  const gaps = page.getByTestId('translation-gaps');
  await expect(gaps).toHaveText("English is this scenario's source language.");
  await page.getByTestId('author-text-lang').selectOption('ja');
  await expect(gaps).toHaveText(/^2 of \d+ texts are not yet translated: they show in English, marked\.$/);
  await expect(page.locator('.map .fallback')).toHaveCount(2);
  await page.goto('/?author=chat-rephrase&lang=en');
  await page.getByTestId('author-text-lang').selectOption('ko');
  await expect(gaps).toHaveText(/^All \d+ texts are translated\.$/);
});

test('a valid file from disk can be played to a debrief', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('hot-seat:settings', JSON.stringify({ textSpeed: 0, volumes: { muted: true } })));
  await page.goto('/');
  await openTrainers(page);
  const valid = readFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml'));
  await page.getByTestId('open-file').setInputFiles({ name: 'two-paths.yaml', mimeType: 'text/yaml', buffer: valid });
  await expect(page.getByTestId('scenario-map')).toBeVisible();
  await page.getByTestId('author-play').click();
  await page.getByTestId('start').click();
  await playFirstRepliesToDebrief(page);
  await expect(page.getByTestId('ending')).toHaveAttribute('data-ending', /resolved|escalated|lost/);
});

test('a translator reads the map in any of the scenario languages, with the actions always in reach', async ({ page }) => {
  const scenario = shippedScenario('chat-rephrase');
  const opening = scenario.nodes['opening']!.customer as Record<string, string>;
  await page.goto('/?author=chat-rephrase&lang=en');
  await expect(page.getByTestId('author-file')).toHaveText('scenarios/chat-rephrase.yaml');
  await expect(page.getByTestId('author-file')).toHaveCSS('text-transform', 'none');
  const line = page.locator('[data-testid=map-node][data-node=opening] .map-line');
  await expect(line).toHaveText(opening['en']!);
  const texts = page.getByTestId('author-text-lang');
  await expect(texts.locator('option')).toHaveText(['English', 'Tiếng Việt', '日本語', '简体中文', '한국어']);
  await texts.selectOption('ja');
  await expect(line).toHaveText(opening['ja']!);
  await expect(line).toHaveAttribute('lang', 'ja');
  await expect(page.locator('#author-title'), 'the page itself stays in the game language').toHaveText(
    (scenario.title as Record<string, string>)['en']!,
  );
  // The summary's two facts are two sentences, not one run-on line.
  await expect(page.getByTestId('author-summary').locator('p')).toHaveCount(2);
  await expect(page.getByTestId('author-play')).toBeInViewport();
  await page.locator('[data-testid=map-node]').last().scrollIntoViewIfNeeded();
  await expect(page.getByTestId('author-play')).toBeInViewport();
  await page.getByTestId('author-play').click();
  await expect(page.getByTestId('start')).toBeVisible();
});

test("a reply's link jumps to the node it leads to, keeping the trainer's choices, and Back returns", async ({ page }) => {
  await page.goto('/?author=late-delivery&lang=en');
  await page.getByTestId('author-objective').selectOption('listen');
  await page.getByTestId('author-text-lang').selectOption('ja');
  // The choices are part of the address, so a reload or a shared link shows the same map.
  await expect(page).toHaveURL(/\?author=late-delivery&lang=en&text=ja&path=listen$/);
  const link = page.locator('[data-testid=map-node][data-node=backlash] a').last();
  const target = (await link.textContent())!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`\\?author=late-delivery&lang=en&text=ja&path=listen#node-${target}$`));
  await expect(page.locator(`#node-${target}`)).toBeInViewport();
  await expect(page.getByTestId('author-objective')).toHaveValue('listen');
  await expect(page.getByTestId('author-text-lang')).toHaveValue('ja');
  await page.goBack();
  await expect(page).toHaveURL(/\?author=late-delivery&lang=en&text=ja&path=listen$/);
  await expect(page.getByTestId('author-objective')).toHaveValue('listen');
  // Leaving the map and coming back by Back draws the view for its address, choices included.
  await page.getByTestId('author-play').click();
  await expect(page.getByTestId('start')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('author')).toBeVisible();
  await expect(page.getByTestId('author-objective')).toHaveValue('listen');
  await expect(page.getByTestId('author-text-lang')).toHaveValue('ja');
  await expect(page.locator('[data-testid=map-node] .map-line').first()).toHaveAttribute('lang', 'ja');
});

test('an address naming a path or text language the scenario lacks shows the defaults', async ({ page }) => {
  await page.goto('/?author=late-delivery&lang=en&text=fr&path=patience');
  await expect(page.getByTestId('author')).toBeVisible();
  await expect(page.getByTestId('author-objective')).toHaveValue('total');
  await expect(page.getByTestId('author-text-lang')).toHaveValue('en');
});
