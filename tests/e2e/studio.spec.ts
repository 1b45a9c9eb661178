/**
 * The trainers' studio: files from disk kept on the device until removed (a file name that
 * differs from the id only warns), and the texts of such a file saved as XLIFF for a translator.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { openTrainers } from './play.ts';

const root = resolve(import.meta.dirname, '../..');

test('a file from disk is kept across reloads until removed, and a name unlike its id only warns', async ({ page }) => {
  await page.goto('/');
  await openTrainers(page);
  await expect(page.getByTestId('kept-files')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('open-kept')).toHaveCount(0);
  // A browser names a second download "two-paths (1).yaml".
  const name = 'two-paths (1).yaml';
  await page.getByTestId('open-file').setInputFiles({ name, mimeType: 'text/yaml', buffer: readFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml')) });
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
