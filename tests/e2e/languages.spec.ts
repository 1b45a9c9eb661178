/**
 * Five languages, everywhere: the brief and the conversation show UI and scenario text in that
 * language, nothing overflows its box, and every glyph is drawn by a real font with the right
 * regional forms (Simplified Chinese shapes for zh-CN, not the Japanese ones a shared CJK font
 * picks by default). Screenshots of each language's conversation are saved under
 * test-results/screenshots/. Each language is also played to its debrief, checked the same way, by
 * the layout walks (layout.spec.ts).
 */
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bestPath, LANGUAGES, type Language } from '../../src/engine/index.ts';
import { shippedScenario } from '../scenario-paths.ts';
import { overflowing, uiStrings } from './language-checks.ts';
import { openBrief, playMoves, setTextSpeed } from './play.ts';

const root = resolve(import.meta.dirname, '../..');
/** The font family each language's text must be drawn with on a Debian machine (fonts-noto-cjk). */
const CJK_FONT: Partial<Record<Language, RegExp>> = { ja: /Noto Sans CJK JP/, 'zh-CN': /Noto Sans CJK SC/, ko: /Noto Sans CJK KR/ };

/** The platform fonts Chromium actually used for the text of the conversation (via DevTools). */
async function fontsUsed(page: Page, selector: string): Promise<{ family: string; glyphs: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: doc.nodeId, selector });
  const fonts: { family: string; glyphs: number }[] = [];
  for (const nodeId of nodeIds) {
    const r = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const f of r.fonts) fonts.push({ family: f.familyName, glyphs: f.glyphCount });
  }
  return fonts;
}

for (const lang of LANGUAGES) {
  test(`${lang}: the brief and the conversation in ${lang}, UI and scenario text, no overflow, real glyphs`, async ({ page }) => {
    const words = uiStrings(lang);
    const scenario = shippedScenario('late-delivery');
    await setTextSpeed(page, 0);
    await openBrief(page, 'late-delivery', lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('start')).toHaveText(String((words['brief']!['start'] as Record<string, string>)['phone']));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.title[lang]!);
    await page.getByTestId('start').click();
    await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByTestId('customer-line')).toHaveText(scenario.nodes[scenario.start]!.customer[lang]!);
    await expect(page.getByTestId('customer-line')).toHaveAttribute('lang', lang);
    // The screenshot once the page's fonts have loaded and the replies are on screen.
    await expect(page.getByTestId('choice').first()).toBeVisible();
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await page.screenshot({ path: resolve(root, `test-results/screenshots/conversation-${lang}.png`) });
    expect(await overflowing(page), 'conversation overflow').toEqual([]);
    const fonts = await fontsUsed(page, '[data-testid=customer-line], [data-testid=choice]');
    expect(fonts.length).toBeGreaterThan(0);
    const wanted = CJK_FONT[lang];
    if (wanted)
      expect(
        fonts.filter((f) => !wanted.test(f.family) && f.glyphs > 2),
        JSON.stringify(fonts),
      ).toEqual([]);
    expect(fonts.some((f) => /last ?resort|tofu/i.test(f.family))).toBe(false);
  });
}

test('switching language mid-conversation keeps the learner in place', async ({ page }) => {
  const scenario = shippedScenario('late-delivery');
  const best = bestPath(scenario).steps;
  await setTextSpeed(page, 0);
  await openBrief(page, 'late-delivery', 'en');
  await page.getByTestId('start').click();
  await playMoves(page, scenario, best.slice(0, 2));
  await page.keyboard.press('Escape');
  await page.getByTestId('pause-settings').click();
  await page.getByTestId('settings-language').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('customer-line')).toHaveText(scenario.nodes[best[2]!.nodeId]!.customer['ko']!);
  await expect(page.locator('.entry.you')).toHaveCount(2);
  await expect(page).toHaveURL(/lang=ko/);
});

test('the first visit follows the browser language; the lang parameter wins', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-SG' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.goto('/?lang=vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await context.close();
});
