/**
 * The names of the scenario plugin's modules, in one place: the plugin makes them, and the build's
 * other plugins (the deep-link preload, the package file list) and the chunk names read them back.
 * `virtual:scenario/<id>` is a scenario's structure with its source texts; `virtual:scenario-words/
 * <language>/<id>` one other language's words (src/engine/scenario/languages.ts).
 */

export const CATALOG = 'virtual:scenario-catalog';
const ONE = 'virtual:scenario/';
const WORDS = 'virtual:scenario-words/';
/** Rollup's mark on a module id that no file stands behind. */
const PREFIX = '\0';

/** The module of `id`'s structure, or of its words in `lang`, as imported. */
export function scenarioModule(id: string, lang?: string): string {
  return lang === undefined ? ONE + id : `${WORDS}${lang}/${id}`;
}

/** Whether the plugin resolves `id` (as imported): the catalog or a scenario's module. */
export function isScenarioImport(id: string): boolean {
  return id === CATALOG || id.startsWith(ONE) || id.startsWith(WORDS);
}

/** The resolved id of an imported module of the plugin's. */
export function resolvedId(id: string): string {
  return PREFIX + id;
}

/** Whether a resolved module id is one of the plugin's (the catalog or a scenario's). */
export function isScenarioModule(resolved: string | null | undefined): boolean {
  return !!resolved?.startsWith(PREFIX) && [CATALOG, ONE, WORDS].some((name) => resolved.startsWith(PREFIX + name));
}

/**
 * The scenario a resolved module id stands for, and for a words module its language; undefined
 * for any other module (the catalog included).
 */
export function scenarioOf(resolved: string | null | undefined): { id: string; lang?: string } | undefined {
  if (!resolved?.startsWith(PREFIX)) return undefined;
  const name = resolved.slice(PREFIX.length);
  if (name.startsWith(ONE)) return { id: name.slice(ONE.length) };
  if (!name.startsWith(WORDS)) return undefined;
  const [lang, ...rest] = name.slice(WORDS.length).split('/');
  return { id: rest.join('/'), lang: lang! };
}
