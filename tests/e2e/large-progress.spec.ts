/**
 * A large but valid backup (10,000 attempts): the import says at once that it is reading the
 * file, then Progress shows the first page of attempts with the right totals, "Show more" adds
 * the next page, and the learner's export holds every attempt imported. How long each step
 * holds the page is measured by `npm run bench -- --progress`, not here.
 */
import { expect, test } from '@playwright/test';
import { downloadedJson, manyAttempts } from './many-attempts.ts';

const COUNT = 10_000;

test('10,000 attempts import, show a page at a time with the right totals, and export whole', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?view=progress&lang=en');
  await expect(page.locator('body[data-progress=ready] [data-testid=progress]')).toBeVisible();
  // Every text the import's status line shows, in order (the screen is drawn again after it).
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid=transfer-status]')?.textContent ?? '';
      if (text && said[said.length - 1] !== text) said.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'bulk.json', mimeType: 'application/json', buffer: Buffer.from(manyAttempts(COUNT)) });
  await expect(page.getByTestId('transfer-status')).toHaveText(/^Imported 1 learner and 10,?000 attempts\.$/, { timeout: 60_000 });
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  expect(said[0]).toMatch(/^Reading and checking bulk\.json…/);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress: Bulk learner');
  await expect(page.getByTestId('attempt')).toHaveCount(50);
  await expect(page.getByTestId('attempts-shown')).toHaveText(/^The latest 50 of your 10,?000 attempts\.$/);
  await expect(page.getByTestId('progress-chart')).toHaveAttribute('data-points', String(COUNT));
  // 10,000 attempts over six scenarios in turn: 1,667 on the first, 1,666 on the sixth.
  await expect(page.locator('[data-testid=grid-cell][data-scenario=late-delivery]')).toContainText(/1,?667 tries/);
  await expect(page.locator('[data-testid=grid-cell][data-scenario=on-hold-again]')).toContainText(/1,?666 tries/);

  await page.getByTestId('attempts-more').click();
  await expect(page.getByTestId('attempt')).toHaveCount(100);
  await expect(page.getByTestId('attempts-shown')).toHaveText(/^The latest 100 of your 10,?000 attempts\.$/);
  // Newest first: the last attempt in the file heads the list.
  await expect(page.getByTestId('attempt').first().locator('time')).toHaveAttribute('datetime', /^2026-10-2[78]/);

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const doc = await downloadedJson<{ attempts: { id: string }[] }>(file);
  expect(new Set(doc.attempts.map((a) => a.id)).size).toBe(COUNT);
});

test('a cohort of large files says it is reading them, then reports every learner', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?view=trainers&lang=en');
  await page.getByTestId('open-cohort').click();
  await expect(page.getByTestId('cohort-status')).toHaveText('');
  const files = [0, 1, 2].map((i) => ({
    name: `learner-${i}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(manyAttempts(5_000, `learner-${i}`, `Learner ${i}`)),
  }));
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid=cohort-status]');
      const text = el ? `${el.getAttribute('aria-busy')}: ${el.textContent}` : '';
      if (said[said.length - 1] !== text) said.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  await page.getByTestId('cohort-files').setInputFiles(files);
  await expect(page.getByTestId('cohort-learners')).toContainText('3 learners', { timeout: 60_000 });
  await expect(page.getByTestId('cohort-refused')).toHaveCount(0);
  // Said at once, busy, on the same screen; the report then replaced it.
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  expect(said[0]).toBe('true: Reading and checking 3 files… Large files take a few seconds.');
});
