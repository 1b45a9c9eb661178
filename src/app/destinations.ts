/**
 * Where a navigation lands: the view of a scenario's brief, of its map, of a file from disk, or
 * the menu with a notice saying why not. Each resolves to a view and draws nothing, so the app
 * can drop an answer that arrives after the learner went elsewhere.
 */
import type { I18n } from '../i18n/create-i18n.ts';
import type { Language } from '../engine/index.ts';
import type { Catalog } from './catalog.ts';
import { checkOpenedFile } from './check-file.ts';
import type { FileShelf } from '../adapters/file-shelf.ts';
import type { ProgressKeeper } from './progress-keeper.ts';
import { EMPTY_COHORT, mapChoiceOf, menuFiltersOf, type View } from './views.ts';
import { lmsCode, progressFlowsCode } from './lazy-code.ts';

/**
 * The view an address names (`?scenario=`, `?author=`, `?view=progress|cohort|trainers|package`, else the menu
 * with the filters it names), loading what it needs.
 */
export function viewAt(
  query: URLSearchParams,
  deps: {
    catalog: Catalog;
    i18n: I18n;
    progress?: ProgressKeeper | undefined;
    files?: FileShelf | undefined;
    assetExists?: ((path: string) => Promise<boolean>) | undefined;
  },
  lang: Language,
): Promise<View> {
  const { catalog, i18n, progress } = deps;
  const kept = query.get('file');
  const id = query.get('scenario');
  const author = query.get('author');
  if (id) return briefView(catalog, i18n, id, lang).then((v) => askedFor(v, id, query));
  if (author) return mapView(catalog, i18n, author, query).then((v) => askedFor(v, author, query));
  if (kept !== null) return keptView(deps.files, i18n, kept, query, deps.assetExists);
  if (query.get('view') === 'progress' && progress) return progressView(progress, catalog, lang);
  if (query.get('view') === 'cohort') return Promise.resolve(EMPTY_COHORT);
  if (query.get('view') === 'trainers') return Promise.resolve({ kind: 'trainers' });
  if (query.get('view') === 'package') return packageView(catalog, i18n);
  return Promise.resolve({ kind: 'menu', filters: menuFiltersOf(query) });
}

/** A link to `id` that found no such scenario: the menu keeps the link, to open it if the scenario appears. */
function askedFor(view: View, id: string, query: URLSearchParams): View {
  return view.kind === 'menu' && view.notice !== undefined ? { ...view, asked: { id, search: query.toString() } } : view;
}

/** The trainers' packaging screen, loaded with its code (package-flow.ts, in the LMS chunk). */
export async function packageView(catalog: Catalog, i18n: I18n): Promise<View> {
  return { kind: 'package', draw: await (await lmsCode()).packageTool(catalog, i18n) };
}

/** The learner's progress screen. */
export async function progressView(progress: ProgressKeeper, catalog: Catalog, lang: Language): Promise<View> {
  const { progressData } = await progressFlowsCode();
  return { kind: 'progress', data: await progressData(progress, catalog, lang) };
}

/** A scenario's brief, loaded on demand in `lang`; the menu with a notice if it is missing or broken. */
export async function briefView(catalog: Catalog, i18n: I18n, id: string, lang: Language): Promise<View> {
  const entry = catalog.entries.find((e) => e.id === id);
  if (!entry) return { kind: 'menu', notice: i18n.t('menu.noSuchScenario', { id }) };
  if (!entry.playable) return { kind: 'menu', notice: i18n.t('menu.notPlayable', { id }) };
  return { kind: 'brief', scenario: await catalog.load(id, lang) };
}

/**
 * The author view of a library scenario (also of one with errors: its diagnostics), with the
 * map choices `query` names (`&path=`, `&text=`).
 */
export async function mapView(catalog: Catalog, i18n: I18n, id: string, query?: URLSearchParams): Promise<View> {
  const entry = catalog.entries.find((e) => e.id === id);
  if (!entry) return { kind: 'menu', notice: i18n.t('menu.noSuchScenario', { id }) };
  const scenario = entry.playable ? await catalog.load(id) : undefined;
  const choice = query ? mapChoiceOf(query, scenario) : {};
  return { kind: 'author', id, file: entry.file, diagnostics: entry.diagnostics, ...choice, ...(scenario ? { scenario } : {}) };
}

/**
 * The author view of a trainer's own file from disk, checked in the browser. `kept`: the name it
 * is kept under on the device (its address then names it, so a reload finds it again).
 */
export async function fileView(
  name: string,
  bytes: Uint8Array,
  i18n: I18n,
  assetExists?: (publicPath: string) => Promise<boolean>,
  kept?: string,
  query?: URLSearchParams,
): Promise<View> {
  try {
    const { id, scenario, diagnostics } = await checkOpenedFile(name, bytes, assetExists);
    const choice = query ? mapChoiceOf(query, scenario) : {};
    return {
      kind: 'author',
      id: scenario?.id ?? id,
      file: name,
      diagnostics,
      bytes,
      ...choice,
      ...(kept === undefined ? {} : { kept }),
      ...(scenario ? { scenario } : {}),
    };
  } catch (e) {
    return { kind: 'menu', notice: i18n.t('author.fileRead', { file: name, reason: e instanceof Error ? e.message : String(e) }) };
  }
}

/** A file kept on the device, by name; the menu with a notice when it is no longer kept. */
export async function keptView(
  files: FileShelf | undefined,
  i18n: I18n,
  name: string,
  query: URLSearchParams,
  assetExists?: (publicPath: string) => Promise<boolean>,
): Promise<View> {
  const file = await files?.get(name);
  if (!file) return { kind: 'menu', notice: i18n.t('trainers.notKept', { file: name }) };
  return fileView(file.name, file.bytes, i18n, assetExists, file.name, query);
}
