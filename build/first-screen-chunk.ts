/**
 * Vite plugin (build only): everything the game's first screen imports, directly or through
 * other imports, is one chunk. Without it the bundler splits off each module that a later chunk
 * shares (the DOM helpers, the engine's runtime, the catalog, each a few hundred bytes), and a
 * phone on mobile data pays a round trip for every file beyond the browser's six connections.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The plugin, and the test that puts a module in the first screen's chunk (for `codeSplitting`). */
export function firstScreenChunk(entry: string): { plugin: Plugin; test: (id: string) => boolean } {
  const imports = new Map<string, readonly string[]>();
  let root = resolve(entry);
  let reached: Set<string> | undefined;
  const plugin: Plugin = {
    name: 'hot-seat-first-screen-chunk',
    apply: 'build',
    configResolved(config) {
      root = resolve(config.root, entry);
    },
    buildStart() {
      imports.clear();
      reached = undefined;
    },
    moduleParsed(info) {
      imports.set(info.id, info.importedIds);
    },
  };
  // Asked only once every module is parsed, when the chunks are formed.
  const test = (id: string): boolean => {
    if (!reached) {
      reached = new Set();
      const todo = [root];
      for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
        if (reached.has(next)) continue;
        reached.add(next);
        todo.push(...(imports.get(next) ?? []));
      }
    }
    return reached.has(id);
  };
  return { plugin, test };
}
