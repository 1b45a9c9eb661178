/**
 * The menu lists every scenario; one with errors is listed as unavailable with its diagnostics,
 * and everything else still plays. Deep links open briefs in the asked language.
 */
import { expect, test } from '@playwright/test';

test('the menu lists playable scenarios and shows a broken one as unavailable with its diagnostics', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('menu')).toBeVisible();
  const late = page.locator('[data-testid=scenario][data-scenario=late-delivery]');
  await expect(late).toHaveAttribute('data-available', 'true');
  await expect(late).toContainText('The late delivery');
  await expect(late).toContainText('Phone');
  const broken = page.locator('[data-testid=scenario][data-scenario=broken-example]');
  await expect(broken).toHaveAttribute('data-available', 'false');
  await expect(broken.getByTestId('diagnostics')).toContainText(
    "tests/fixtures/e2e/broken-example.yaml:8:10: error: 'channel' is 'telephone'",
  );
  await expect(broken.getByTestId('diagnostics')).toContainText("next 'finish' is not a node");
  await late.getByTestId('open-scenario').click();
  await expect(page.getByTestId('start')).toBeVisible();
  await expect(page).toHaveURL(/\?scenario=late-delivery&lang=en$/);
});

test("a broken scenario's diagnostics read in the menu's language, with the checker's English line kept", async ({ page }) => {
  await page.goto('/?lang=ja');
  const broken = page.locator('[data-testid=scenario][data-scenario=broken-example]');
  await expect(broken).toHaveAttribute('data-available', 'false');
  const channel = broken.locator('[data-code=SCN020]');
  await expect(channel.getByTestId('diagnostic-message')).toHaveText(
    "'channel'：'telephone' はチャネルではありません（phone、email、chat、in-person）",
  );
  await expect(channel.getByTestId('diagnostic-message')).toHaveAttribute('lang', 'ja');
  await expect(broken.locator('[data-code=SCN031]').getByTestId('diagnostic-message')).toHaveText(
    "ノード 'open'、返答 1：行き先 'finish' というノードはありません",
  );
  await expect(channel.locator('code')).toHaveText(
    "tests/fixtures/e2e/broken-example.yaml:8:10: error: 'channel' is 'telephone', which is not a channel (phone, email, chat, in-person) [SCN020]",
  );
});

test('the language picker names all five languages in their own words, the current one chosen, without moving the menu', async ({
  page,
}) => {
  await page.goto('/?lang=ja');
  const picker = page.getByTestId('language-picker');
  await expect(picker).toBeVisible();
  const first = await picker.evaluate((el) => el.getBoundingClientRect().width);
  // The other names join once the page has painted.
  await expect(picker.locator('option')).toHaveText(['English', 'Tiếng Việt', '日本語', '简体中文', '한국어']);
  await expect(picker).toHaveValue('ja');
  expect(await picker.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('lang')))).toEqual([
    'en',
    'vi',
    'ja',
    'zh-CN',
    'ko',
  ]);
  expect(await picker.evaluate((el) => el.getBoundingClientRect().width)).toBe(first);
  await picker.selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('language-picker')).toHaveValue('ko');
});

test('a deep link to an unknown or broken scenario explains itself on the menu', async ({ page }) => {
  await page.goto('/?scenario=no-such-thing&lang=en');
  await expect(page.getByTestId('notice')).toContainText('no-such-thing');
  await page.goto('/?scenario=broken-example&lang=en');
  await expect(page.getByTestId('notice')).toContainText('broken-example');
});

test('the game can be played with the keyboard alone', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('hot-seat:settings', JSON.stringify({ textSpeed: 0, volumes: { muted: true } })));
  await page.goto('/?scenario=late-delivery&lang=en');
  // Focus starts on the brief's heading, so the first Tab reaches the start button.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('start')).toBeFocused();
  await page.keyboard.press('Enter');
  let replies = 0;
  while (!(await page.getByTestId('debrief').isVisible())) {
    // After a hold the next line comes a beat later, with no replies offered meanwhile.
    await expect(page.getByTestId('choice').or(page.getByTestId('debrief')).first()).toBeVisible();
    if (await page.getByTestId('debrief').isVisible()) break;
    await expect(page.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
    // A number key selects a reply once the replies take input; Enter sends it.
    await expect(page.getByTestId('choice').first()).toBeEnabled();
    await page.keyboard.press('1');
    await expect(page.getByTestId('choice').first()).toBeFocused();
    await page.keyboard.press('Enter');
    replies++;
    expect(replies).toBeLessThan(40);
  }
  await expect(page.getByTestId('ending')).toHaveAttribute('data-ending', /resolved|escalated|lost/);
  // From the debrief's heading, Tab reaches every "try again" (one per reply) and then "play again".
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByTestId('retry')).toHaveCount(replies);
  for (let i = 0; i < replies + 1; i++) await page.keyboard.press('Tab');
  await expect(page.getByTestId('play-again')).toBeFocused();
});

test('every control on the menu has a label of its own, in every language', async ({ page }) => {
  for (const lang of ['en', 'vi', 'ja', 'zh-CN', 'ko']) {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('menu')).toBeVisible();
    const labels = await page.locator('[data-testid=menu] label').allTextContents();
    const names = labels.map((l) => l.trim()).filter((l) => l.length > 0);
    expect(names.length, lang).toBeGreaterThanOrEqual(5);
    expect(new Set(names).size, `${lang}: ${names.join(' | ')}`).toBe(names.length);
  }
});
