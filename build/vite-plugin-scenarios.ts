/**
 * Vite plugin: `virtual:scenario-catalog` lists every scenario with its diagnostics and a loader
 * (`loadScenario(id)`); in a build, `virtual:scenario/<id>` is one compiled scenario (its own
 * chunk). While `npm start` runs, saving a file under `scenarios/` re-checks the library (parsing
 * only the files that changed) and sends the open game the new list, which it shows in place;
 * there a scenario is fetched fresh from the server each time it is opened.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { followLibrary, followWatcher, type LibraryFollower } from './library-follower.ts';
import { libraryReader, sameLibrary, toCatalogEntry, type PathFacts } from './scenario-library.ts';
import { splitLanguages, type LibraryEntry, type Scenario } from '../src/engine/authoring.ts';
import type { CatalogEntry, Language, Words } from '../src/engine/index.ts';
import { scenarioFingerprint } from '../src/engine/progress/fingerprint.ts';
import { CATALOG, isScenarioImport, isScenarioModule, resolvedId, scenarioModule, scenarioOf } from './scenario-modules.ts';

/** Where the dev server hands out the current compiled scenarios. */
const DEV_SCENARIOS = '/@hot-seat/scenario/';

/** `dirs`: the folders of scenario files, `scenarios/` by default (tests add their fixtures). */
export function scenariosPlugin(options: { dirs?: readonly string[] } = {}): Plugin {
  const dirs = options.dirs ?? ['scenarios'];
  let root = process.cwd();
  let read = libraryReader(root, dirs);
  let library: readonly LibraryEntry[] = [];
  let serving = false;
  /** Under `npm start`: follows the scenario folders; asked to catch up before the library is read. */
  let follower: LibraryFollower | undefined;
  const facts = new WeakMap<Scenario, PathFacts>();
  const catalog = () => library.map((e) => toCatalogEntry(e, facts));
  const split = new WeakMap<Scenario, { base: Scenario; words: Partial<Record<Language, Words>> }>();
  /** A built scenario: its structure and source texts with the whole one's fingerprint, and the words of each other language. */
  const splitOf = (s: Scenario) => {
    let parts = split.get(s);
    if (!parts) {
      const { base, words } = splitLanguages(s);
      split.set(s, (parts = { base: { ...base, fingerprint: scenarioFingerprint(s) }, words }));
    }
    return parts;
  };
  const playable = (id: string) => {
    const entry = library.find((e) => e.scenario?.id === id);
    if (!entry?.scenario) throw new Error(`no playable scenario '${id}'`);
    return entry.scenario;
  };
  return {
    name: 'hot-seat-scenarios',
    configResolved(config) {
      serving = config.command === 'serve';
      root = config.root;
      read = libraryReader(root, dirs);
      library = read();
    },
    resolveId(id) {
      if (isScenarioImport(id)) return resolvedId(id);
      return null;
    },
    load(id) {
      if (id === resolvedId(CATALOG)) return catalogModule(library, catalog(), serving, (s) => Object.keys(splitOf(s).words));
      const wanted = scenarioOf(id);
      if (!wanted) return null;
      const parts = splitOf(playable(wanted.id));
      const json = wanted.lang === undefined ? parts.base : parts.words[wanted.lang as Language];
      if (json === undefined) throw new Error(`no ${wanted.lang} words in '${wanted.id}'`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(json))});\n`;
    },
    configureServer(server: ViteDevServer) {
      const folders = dirs.map((d) => resolve(root, d));
      server.watcher.add(folders);
      // Each check re-reads every file but parses again only those that changed.
      follower = followLibrary(library, {
        read,
        same: sameLibrary,
        changed: (next) => {
          library = next;
          for (const mod of server.moduleGraph.idToModuleMap.values()) {
            if (isScenarioModule(mod.id)) server.moduleGraph.invalidateModule(mod);
          }
          server.ws.send({ type: 'custom', event: 'hot-seat:scenarios', data: { entries: catalog() } });
        },
      });
      // A page asking for the list gets the files as they are now, even if it asked (a reload
      // right after a save) before the watcher told of the save. Runs before Vite serves the
      // module from its cache, which `changed` empties whenever the list differs.
      server.middlewares.use((req, _res, next) => {
        if (req.url?.includes(CATALOG)) follower?.catchUp();
        next();
      });
      // Connect strips the mount path: req.url is '/<id>.json'.
      server.middlewares.use(DEV_SCENARIOS, (req, res) => {
        const raw = (req.url ?? '').replace(/^\//, '').replace(/\.json(\?.*)?$/, '');
        let wanted = raw;
        try {
          wanted = decodeURIComponent(raw);
        } catch {
          // A malformed escape names no scenario: answered 404 below.
        }
        follower?.catchUp();
        const scenario = library.find((e) => e.scenario?.id === wanted)?.scenario;
        res.statusCode = scenario ? 200 : 404;
        res.setHeader('content-type', 'application/json');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(scenario ?? { error: `no playable scenario '${wanted}'` }));
      });
      followWatcher(server.watcher, follower, folders, resolve(root, 'public'));
    },
  };
}

/**
 * The catalog module's code. Built, each playable scenario is a chunk of its structure and source
 * texts, and a chunk per other language of its words (`loadWords`). Served, the game asks the
 * server for the whole scenario each time it opens one, so an edit shows without a reload.
 */
function catalogModule(
  library: readonly LibraryEntry[],
  list: readonly CatalogEntry[],
  serving: boolean,
  languagesOf: (s: Scenario) => string[],
): string {
  const entries = `export const entries = ${JSON.stringify(list)};\n`;
  const missing = "Promise.reject(new Error(`no playable scenario '${id}'`))";
  if (serving) {
    return `${entries}export const loadScenario = (id) => fetch(${JSON.stringify(DEV_SCENARIOS)} + encodeURIComponent(id) + '.json').then((r) => (r.ok ? r.json() : ${missing}));\nexport const loadWords = () => Promise.resolve(undefined);\n`;
  }
  const importer = (module: string) => `() => import(${JSON.stringify(module)})`;
  const loaders = library
    .filter((e) => e.scenario)
    .map((e) => {
      const id = e.scenario!.id;
      const words = languagesOf(e.scenario!).map((l) => `${JSON.stringify(l)}: ${importer(scenarioModule(id, l))}`);
      return `  ${JSON.stringify(id)}: [${importer(scenarioModule(id))}, { ${words.join(', ')} }],`;
    })
    .join('\n');
  return `${entries}const loaders = {\n${loaders}\n};
export const loadScenario = (id) => (Object.hasOwn(loaders, id) ? loaders[id][0]().then((m) => m.default) : ${missing});
export const loadWords = (id, lang) => (Object.hasOwn(loaders, id) && Object.hasOwn(loaders[id][1], lang) ? loaders[id][1][lang]().then((m) => m.default) : Promise.resolve(undefined));\n`;
}
