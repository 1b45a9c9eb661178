/**
 * A trainer without Node packages from the deployed game: the packaging screen (on the trainers'
 * page, ?view=package) builds the zip in the browser from the build's own file list, with the chosen scenarios and a
 * scenario file opened from disk (a file with errors is refused, saying why). The downloaded
 * package then plays that file's scenario inside an LMS.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe-scan.ts';
import { strFromU8, unzipSync } from 'fflate';
import { loadScenario } from '../../src/engine/authoring.ts';
import { bestPath } from '../../src/engine/index.ts';
import { choiceText } from '../scenario-paths.ts';
import { openInLms, servePackage } from './lms-host.ts';
import { openTrainers, setTextSpeed } from './play.ts';

const root = resolve(import.meta.dirname, '../..');

test('the packaging screen builds a SCORM 1.2 zip in the browser, with a scenario file from disk', async ({ page }) => {
  await setTextSpeed(page, 0);
  // From the menu, as a trainer finds it: "For trainers", then "Make a package".
  await page.goto('/?lang=en');
  await openTrainers(page);
  await page.getByTestId('open-package').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Put it in your LMS');
  await expect(page).toHaveURL(/\?view=package/);
  expect(await axeViolations(page)).toEqual([]);
  const boxes = page.getByTestId('package-scenario');
  const first = await boxes.first().getAttribute('data-scenario');
  // Keep only the first library scenario.
  for (const box of await boxes.all()) if ((await box.getAttribute('data-scenario')) !== first) await box.uncheck();
  // Everything the status says, as a screen reader hears it.
  await page.getByTestId('package-status').evaluate((el) => {
    const w = window as unknown as { __said: string[] };
    w.__said = [];
    new MutationObserver(() => w.__said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  const said = () => page.evaluate(() => (window as unknown as { __said: string[] }).__said);
  await page.getByTestId('package-file').setInputFiles(resolve(root, 'tests/fixtures/e2e/broken-example.yaml'));
  await expect(page.getByTestId('package-status')).toContainText('broken-example.yaml was not added');
  await page.getByTestId('package-file').setInputFiles(resolve(root, 'tests/fixtures/valid/two-paths.yaml'));
  await expect(page.locator('[data-testid=package-scenario][data-scenario=two-paths]')).toBeChecked();
  // Each file was said to be under way before its answer came.
  expect((await said()).filter((s) => s.startsWith('Checking'))).toEqual(['Checking broken-example.yaml…', 'Checking two-paths.yaml…']);
  await page.getByTestId('format-scorm12').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('package-download').click()]);
  expect(download.suggestedFilename()).toBe('hot-seat-scorm12.zip');
  await expect(page.getByTestId('package-status')).toContainText('hot-seat-scorm12.zip is ready');
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const manifest = strFromU8(files['imsmanifest.xml']!);
  expect([...manifest.matchAll(/scenario=([a-z0-9-]+)/g)].map((m) => m[1])).toEqual([first, 'two-paths']);
  const description = JSON.parse(strFromU8(files['hot-seat-package.json']!)) as { scenarios: string[]; extra: { id: string }[] };
  expect(description.scenarios).toEqual([first]);
  expect(description.extra.map((e) => e.id)).toEqual(['two-paths']);
  expect(files['scenarios/two-paths.json']).toBeDefined();
  for (const href of [...manifest.matchAll(/href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!.split('?')[0]!)))
    expect(files[href], href).toBeDefined();

  // In an LMS, the file's scenario plays like the library's.
  const lms = await page.context().newPage();
  await servePackage(lms, files);
  await openInLms(lms, '1.2', 'two-paths');
  const frame = lms.frameLocator('iframe');
  await frame.getByTestId('start').click();
  const twoPaths = loadScenario(readFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml'), 'utf8'), 'two-paths.yaml').scenario!;
  for (const move of bestPath(twoPaths).steps) {
    await expect(frame.getByTestId('customer-line')).toHaveAttribute('aria-busy', 'false');
    await frame.getByRole('button', { name: choiceText(twoPaths, move, 'en'), exact: true }).click();
  }
  await expect(frame.getByTestId('debrief')).toBeVisible();
  await lms.evaluate(() => (window as unknown as { closeSco(): void }).closeSco());
  const cmi = await lms.evaluate(() => (window as unknown as { cmi(): { cmi: { core: { lesson_status: string } } } }).cmi());
  expect(cmi.cmi.core.lesson_status).toBe('passed');
});
