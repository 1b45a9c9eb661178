/**
 * Vite plugin: `virtual:scenario-catalog` lists every scenario with its diagnostics and lazy
 * loaders; `virtual:scenario/<id>` is one compiled scenario (its own chunk). While `npm start`
 * runs, saving a file under `scenarios/` re-checks the library (parsing only the files that
 * changed) and tells the open game at once.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { libraryReader, toCatalogEntry } from './scenario-library.ts';
import type { LibraryEntry } from '../src/engine/authoring.ts';

const CATALOG = 'virtual:scenario-catalog';
const ONE = 'virtual:scenario/';
const PREFIX = '\0';

/** `dirs`: the folders of scenario files, `scenarios/` by default (tests add their fixtures). */
export function scenariosPlugin(options: { dirs?: readonly string[] } = {}): Plugin {
  const dirs = options.dirs ?? ['scenarios'];
  let root = process.cwd();
  let read = libraryReader(root, dirs);
  let library: LibraryEntry[] = [];
  // Re-reads every file but parses again only those that changed, so a save shows at once.
  const refresh = () => {
    library = read();
  };
  return {
    name: 'hot-seat-scenarios',
    configResolved(config) {
      root = config.root;
      read = libraryReader(root, dirs);
      refresh();
    },
    resolveId(id) {
      if (id === CATALOG || id.startsWith(ONE)) return PREFIX + id;
      return null;
    },
    load(id) {
      if (id === PREFIX + CATALOG) {
        const entries = library.map(toCatalogEntry);
        const loaders = library
          .filter((e) => e.scenario)
          .map((e) => `  ${JSON.stringify(e.scenario!.id)}: () => import(${JSON.stringify(ONE + e.scenario!.id)}),`)
          .join('\n');
        return `export const entries = ${JSON.stringify(entries)};\nexport const loaders = {\n${loaders}\n};\n`;
      }
      if (id.startsWith(PREFIX + ONE)) {
        const wanted = id.slice(PREFIX.length + ONE.length);
        const entry = library.find((e) => e.scenario?.id === wanted);
        if (!entry?.scenario) throw new Error(`no playable scenario '${wanted}'`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(entry.scenario))});\n`;
      }
      return null;
    },
    configureServer(server: ViteDevServer) {
      const folders = dirs.map((d) => resolve(root, d));
      server.watcher.add(folders);
      const onChange = (file: string) => {
        if (!folders.some((f) => resolve(file).startsWith(f)) || !/\.ya?ml$/i.test(file)) return;
        refresh();
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(PREFIX + CATALOG) || mod.id?.startsWith(PREFIX + ONE)) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'custom', event: 'hot-seat:scenarios', data: { file } });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
