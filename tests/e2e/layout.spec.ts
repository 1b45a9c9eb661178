/**
 * The conversation fits every screen: every shipped scenario's best path is played (lines shown at
 * once, reply timer off), and at every decision the window is set to each of the five viewports in
 * turn and the latest line, every reply, the mood meter and the customer are measured on screen
 * (see layout-rules.ts). Going through the sizes at each decision also proves the screen follows a
 * resized window (a phone turned, a window made smaller): the transcript stays at its end.
 *
 * Each walk is also a play of its channel (the brief announces the customer the channel's way, and
 * the conversation is drawn as that channel: see CHANNEL_MARKS) and ends at the debrief, which must
 * show the engine's own result (ending, each principle's score against the best, a coaching step
 * for each reply, each reply the best) under the principles' names in the walk's language, never
 * scroll sideways at any of the five sizes, and hold nothing wider than its box, so every shipped
 * scenario is also played to its end in the browser. The first walk in each language saves its
 * debrief as test-results/screenshots/debrief-<lang>.png. Each scenario is walked once, and the
 * languages are spread by channel (see WALKS): every language in three channels or more. Each walk
 * starts at one "home" viewport (a channel's walks start at different ones), and a screenshot of
 * its fullest decision (longest line plus replies) at home is saved as
 * test-results/screenshots/layout-<viewport>-<channel>-<scenario>-<lang>.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bestPath, LANGUAGES, localize, PRINCIPLES, type Channel, type DecisionNode, type Language } from '../../src/engine/index.ts';
import { choiceText, playMoves as engineResult, SHIPPED_IDS, shippedScenario } from '../scenario-paths.ts';
import { overflowing, uiStrings } from './language-checks.ts';
import { measureDecision, type DecisionGeometry } from './layout-geometry.ts';
import { brokenRules, VIEWPORTS, type Viewport } from './layout-rules.ts';
import { delivered, expectDebrief, openBrief, runUntil, setTextSpeed, startHeld } from './play.ts';
import { stageColours } from './stage-pixels.ts';

const root = resolve(import.meta.dirname, '../..');
const CHANNELS: readonly Channel[] = ['phone', 'email', 'chat', 'in-person'];
const BY_CHANNEL = CHANNELS.map((c) => SHIPPED_IDS.filter((id) => shippedScenario(id).channel === c));
/**
 * One walk a scenario: scenario j of channel c is played in language (j + c) mod 5 and starts at
 * viewport (2j + c) mod 5. A channel of four scenarios plays four of the five languages and starts
 * at four of the sizes; across the channels every language is played at least three times. (Five
 * walks a channel, one per language, cost a fifth more of the suite's longest spec.)
 */
const WALKS = BY_CHANNEL.flatMap((ids, c) =>
  ids.map((id, j) => ({
    id,
    lang: LANGUAGES[(j + c) % LANGUAGES.length]!,
    home: VIEWPORTS[(2 * j + c) % VIEWPORTS.length]!,
  })),
);

/** What shows a conversation is in its channel, whatever the window's size. */
const CHANNEL_MARKS: Record<Channel, (page: Page) => Promise<void>> = {
  phone: (page) => expect(page.getByTestId('call-time')).toHaveText(/\d:\d\d/),
  email: async (page) => {
    await expect(page.locator('.log-email .letter').first()).toBeVisible();
    await expect(page.getByTestId('typing')).toBeHidden();
  },
  chat: (page) => expect(page.locator('.log-chat')).toBeVisible(),
  'in-person': (page) => expect(page.locator('.log-in-person')).toBeVisible(),
};

/**
 * Measures, a frame at a time, until the rules hold or layout has had 90 frames (1.5 s at 60 Hz)
 * to settle (the room for the latest line follows a frame after a resize); returns the last
 * reading. Counted in frames, not time, so a slow machine gets as many chances as a fast one.
 */
async function settled(page: Page, vp: Viewport): Promise<{ g: DecisionGeometry; broken: string[] }> {
  for (let frame = 1; ; frame++) {
    const g = await page.evaluate(measureDecision);
    const broken = brokenRules(g, vp);
    if (broken.length === 0 || frame >= 90) return { g, broken };
  }
}

test('every shipped scenario is walked once, every language in three channels or more', () => {
  expect(WALKS.map((w) => w.id).sort()).toEqual(SHIPPED_IDS);
  for (const [c, ids] of BY_CHANNEL.entries()) {
    expect(ids.length, CHANNELS[c]).toBeGreaterThan(0);
    const walks = WALKS.filter((w) => ids.includes(w.id));
    expect(new Set(walks.map((w) => w.lang)).size, CHANNELS[c]).toBe(Math.min(ids.length, LANGUAGES.length));
    expect(new Set(walks.map((w) => w.home.name)).size, CHANNELS[c]).toBe(Math.min(ids.length, VIEWPORTS.length));
  }
  for (const lang of LANGUAGES)
    expect(new Set(WALKS.filter((w) => w.lang === lang).map((w) => shippedScenario(w.id).channel)).size, lang).toBeGreaterThanOrEqual(3);
});

for (const { id, lang, home } of WALKS) {
  test(`${id} (${lang}): the line, every reply, the mood and the customer fit at every decision at all five sizes`, async ({ page }) => {
    // Five sizes at each of up to nine decisions: longer than one play.
    test.setTimeout(180_000);
    const scenario = shippedScenario(id);
    const moves = bestPath(scenario).steps;
    const nodes = moves.map((m) => scenario.nodes[m.nodeId] as DecisionNode);
    const text = (t: DecisionNode['customer']) => localize(t, lang as Language, scenario.source).text;
    const size = (n: DecisionNode) => text(n.customer).length + n.choices.reduce((sum, c) => sum + text(c.text).length, 0);
    const fullest = nodes.reduce((best, n, i) => (size(n) > size(nodes[best]!) ? i : best), 0);
    // The home size comes last, so each reply is chosen (and the screenshot taken) at home.
    const sizes = [...VIEWPORTS.filter((v) => v !== home), home];
    await page.setViewportSize({ width: home.width, height: home.height });
    await setTextSpeed(page, 0, { timer: 'off' });
    await openBrief(page, id, lang);
    await expect(page.getByTestId('incoming')).toBeVisible();
    await page.getByTestId('start').click();
    await expect(page.locator('#stage')).toBeVisible();
    await expect(page.getByTestId('conversation')).toHaveClass(new RegExp(`channel-${scenario.channel}`));
    await CHANNEL_MARKS[scenario.channel](page);
    const failures: string[] = [];
    const passed = new Map(VIEWPORTS.map((v) => [v.name, 0]));
    for (const [step, move] of moves.entries()) {
      const node = nodes[step]!;
      const line = page.getByTestId('customer-line');
      await expect(line).toHaveAttribute('aria-busy', 'false');
      await expect(line).toHaveText(text(node.customer));
      await expect(page.getByTestId('choice')).toHaveCount(node.choices.length);
      for (const vp of sizes) {
        await page.setViewportSize({ width: vp.width, height: vp.height });
        const { broken } = await settled(page, vp);
        failures.push(...broken.map((b) => `${vp.name}, decision ${step + 1} (${move.nodeId}): ${b}`));
        if (broken.length === 0) passed.set(vp.name, passed.get(vp.name)! + 1);
      }
      if (step === fullest) {
        // A resized canvas is drawn again on the stage's next beat: the screenshot waits for the face.
        await expect.poll(() => page.evaluate(stageColours)).toBeGreaterThan(1);
        mkdirSync(resolve(root, 'test-results/screenshots'), { recursive: true });
        await page.screenshot({
          path: resolve(root, `test-results/screenshots/layout-${home.name}-${scenario.channel}-${id}-${lang}.png`),
        });
      }
      await page.getByRole('button', { name: choiceText(scenario, move, lang), exact: true }).click();
    }
    const result = engineResult(scenario, moves);
    await expectDebrief(page, result);
    if (result.unwinnable) await expect(page.getByTestId('unwinnable')).toBeVisible();
    const steps = page.getByTestId('coaching-step');
    await expect(steps).toHaveCount(moves.length);
    for (const [i, m] of moves.entries()) await expect(steps.nth(i)).toHaveAttribute('data-choice', m.choiceId);
    await expect(page.getByTestId('best-reply-same')).toHaveCount(moves.length);
    // The debrief in the walk's language: the principles under their names in its strings, and
    // nothing wider than its box (the first walk in each language keeps a picture of it).
    const { principle } = uiStrings<{ principle: Record<string, string> }>(lang);
    for (const p of PRINCIPLES) await expect(page.getByTestId(`score-${p}`)).toContainText(principle[p]!);
    if (WALKS.find((w) => w.lang === lang)!.id === id)
      await page.screenshot({ path: resolve(root, `test-results/screenshots/debrief-${lang}.png`), fullPage: true });
    // The debrief, in this language, scrolls down but never sideways at any size.
    for (const vp of sizes) {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      // Given 30 frames to settle, as the decisions are (the chart is drawn again at the new width).
      const sideways = await page.evaluate(async () => {
        const root = document.scrollingElement ?? document.documentElement;
        for (let frame = 0; frame < 30; frame++) {
          await new Promise((done) => requestAnimationFrame(done));
          if (root.scrollWidth <= root.clientWidth + 1) return false;
        }
        return true;
      });
      if (sideways) failures.push(`${vp.name}, debrief: horizontal overflow`);
    }
    failures.push(...(await overflowing(page)).map((o) => `${home.name}, debrief: ${o}`));
    mkdirSync(resolve(root, 'test-results/layout'), { recursive: true });
    writeFileSync(
      resolve(root, `test-results/layout/${id}-${lang}.json`),
      JSON.stringify(
        { id, lang, channel: scenario.channel, decisions: moves.length, passed: Object.fromEntries(passed), failures },
        null,
        1,
      ),
    );
    expect(failures, `${id} in ${lang}`).toEqual([]);
  });
}

test('a reply under the pointer does not look picked: hover is a quiet lift, not the focus colour', async ({ page }) => {
  await setTextSpeed(page, 0, { timer: 'off' });
  await openBrief(page, 'late-delivery');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
  const [first, second] = [page.getByTestId('choice').nth(0), page.getByTestId('choice').nth(1)];
  const look = (reply: typeof first) =>
    reply.evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopColor, background: s.backgroundColor, outline: s.outlineStyle === 'none' ? 'none' : s.outlineColor };
    });
  const resting = await look(first);
  await first.hover();
  const hovered = await look(first);
  // Keyboard focus, as a learner tabbing to a reply sees it.
  for (let i = 0; i < 10 && !(await second.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  expect(await second.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  const focused = await look(second);
  expect(focused.outline).not.toBe('none');
  expect(hovered).not.toEqual(resting);
  expect(hovered.outline).toBe('none');
  expect([hovered.border, hovered.background]).not.toContain(focused.outline);
  // Nor the accent the number badges use, which reads as "this one".
  expect(hovered.border).not.toBe('rgb(255, 179, 71)');
});

test('the transcript follows a line as it is spoken, and stays where the learner scrolled back to', async ({ page }) => {
  const scenario = shippedScenario('late-delivery');
  const moves = bestPath(scenario).steps;
  await page.setViewportSize({ width: 1280, height: 720 });
  // Lines at 60 characters a second on the page's own clock, which only the test moves on: the
  // learner scrolls back while a line is still being spoken however slow the machine is.
  await startHeld(page, 'late-delivery', 60, { timer: 'off' });
  const transcript = page.getByTestId('transcript');
  const reply = (i: number) => page.getByRole('button', { name: choiceText(scenario, moves[i]!, 'en'), exact: true });
  const place = () =>
    transcript.evaluate((el) => ({
      top: Math.round(el.scrollTop),
      end: el.scrollHeight - el.clientHeight,
      scrolls: el.scrollHeight > el.clientHeight + 1,
    }));
  // How far from its end the transcript is, a moment of the page's time later (it scrolls in frames).
  const fromEnd = async () => {
    await page.clock.runFor(50);
    const p = await place();
    return p.end - p.top;
  };
  // Answer until the exchange is longer than the transcript, checking it ends at the end each time.
  let step = 0;
  for (; step < moves.length; step++) {
    await runUntil(page, delivered, moves[step]!.nodeId);
    await expect.poll(fromEnd).toBeLessThanOrEqual(1);
    if ((await place()).scrolls) break;
    await reply(step).click();
  }
  expect((await place()).scrolls).toBe(true);
  // The next line: the learner scrolls back while it is still being spoken.
  await reply(step).click();
  const next = moves[step + 1]!.nodeId;
  await runUntil(page, (node) => !!document.querySelector(`[data-testid="customer-line"][data-node="${node}"][aria-busy="true"]`), next);
  const line = page.getByTestId('customer-line');
  await expect(line).toHaveAttribute('aria-busy', 'true');
  const box = (await transcript.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(fromEnd).toBeGreaterThan(100);
  await expect(line).toHaveAttribute('aria-busy', 'true');
  const readingAt = (await place()).top;
  await runUntil(page, delivered, next);
  expect((await place()).top).toBe(readingAt);
  // Answering starts a new exchange: back to the end, and following it again.
  await reply(step + 1).click();
  await runUntil(page, delivered, moves[step + 2]!.nodeId);
  await expect.poll(fromEnd).toBeLessThanOrEqual(1);
});
