/**
 * Packaging in the browser, for a trainer without Node: the deployed game lists its own files
 * (package-files.json), so the chosen scenarios' package is put together from them here, zipped
 * and downloaded. A scenario file from disk is checked as "Open a scenario file…" checks it and
 * goes in with its compiled scenario.
 */
import { hasErrors, type Scenario } from '../engine/index.ts';
import { LMS_MASTERY } from '../engine/lms/score.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { useLmsWords } from '../i18n/lms-words.ts';
import { BUILD_FILES, buildPackage, type BuildFiles } from '../packaging/package-zip.ts';
import type { LmsFormat } from '../packaging/manifests.ts';
import { download } from '../ui/download.ts';
import { showPackage } from '../ui/screens/package-screen.ts';
import type { Cleanup, ScreenContext } from '../ui/screen.ts';
import type { Catalog } from './catalog.ts';
import { checkOpenedFile } from './check-file.ts';

/** Loads the screen's words; then `draw` shows it. */
export async function packageTool(
  catalog: Catalog,
  i18n: I18n,
  assetExists?: (path: string) => Promise<boolean>,
): Promise<(ctx: ScreenContext, back: () => void) => Cleanup> {
  await useLmsWords(i18n);
  return (ctx, back) =>
    showPackage(ctx, catalog.entries, LMS_MASTERY, {
      back,
      check: async (file) => {
        const checked = await checkOpenedFile(file.name, new Uint8Array(await file.arrayBuffer()), assetExists);
        return checked.scenario && !hasErrors(checked.diagnostics)
          ? { scenario: checked.scenario }
          : { problem: i18n.t('package.hasErrors') };
      },
      build: (format, ids, extra) => buildHere(catalog, format, ids, extra),
    });
}

async function buildHere(
  catalog: Catalog,
  format: LmsFormat,
  ids: readonly string[],
  extra: readonly Scenario[],
): Promise<{ file: string; bytes: number }> {
  const listed = await fetch(BUILD_FILES, { cache: 'no-store' });
  if (!listed.ok) throw new Error(`${BUILD_FILES} is missing: this copy of the game was not built with npm run build`);
  const build = (await listed.json()) as BuildFiles;
  const scenarios = await Promise.all(ids.map((id) => catalog.load(id)));
  const zip = await buildPackage({
    format,
    scenarios,
    extra,
    build,
    read: async (path) => {
      const r = await fetch(path.split('/').map(encodeURIComponent).join('/'));
      if (!r.ok) throw new Error(`${path}: ${r.status}`);
      return new Uint8Array(await r.arrayBuffer());
    },
  });
  const file = `hot-seat-${format}.zip`;
  download(file, 'application/zip', zip as Uint8Array<ArrayBuffer>);
  return { file, bytes: zip.length };
}
