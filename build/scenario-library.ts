/**
 * Reads `scenarios/*.yaml` from disk and checks them with the engine, for the Vite plugin and the
 * build: the browser receives checked, compiled scenarios, never YAML.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import {
  bestPath,
  createLibraryChecker,
  voicePath,
  portraitOf,
  PRINCIPLES,
  type LibraryEntry,
  type Principle,
  type Scenario,
  type Scores,
} from '../src/engine/authoring.ts';
import type { CatalogEntry } from '../src/engine/index.ts';
import { readScenarioFiles, scenarioPaths } from './scenario-files.ts';

/**
 * Answers whether a voice file exists under `public/`, never looking outside it: the path must
 * pass the game's own rule (`voicePath`), and what it resolves to must lie inside `public/`
 * compared as a path (so `public-evil/` next to `public/` is outside).
 */
export function publicFileExists(root: string): (publicPath: string) => boolean {
  const publicDir = resolve(root, 'public');
  return (p) => {
    const path = voicePath(p);
    if (path === undefined) return false;
    const full = resolve(publicDir, path);
    const inside = relative(publicDir, full);
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) && existsSync(full);
  };
}

/**
 * A reader of every scenario file in `dirs` (relative to `root`), in folder then name order. Each
 * read checks the files afresh from disk, parsing only those that changed since the last read.
 */
export function libraryReader(root: string, dirs: readonly string[]): () => LibraryEntry[] {
  const check = createLibraryChecker({ fileExists: publicFileExists(root) });
  return () => {
    const { files, unreadable } = readScenarioFiles(
      dirs.flatMap((dir) => scenarioPaths(resolve(root, dir))),
      root,
    );
    return [...check(files), ...unreadable];
  };
}

/**
 * Whether two reads found the same library: same files, ids and diagnostics, and the very same
 * scenario objects (the reader hands back the object it made for a file whose bytes are unchanged).
 */
export function sameLibrary(a: readonly LibraryEntry[], b: readonly LibraryEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((e, i) => {
      const f = b[i]!;
      return (
        e.file === f.file && e.id === f.id && e.scenario === f.scenario && JSON.stringify(e.diagnostics) === JSON.stringify(f.diagnostics)
      );
    })
  );
}

/** What the catalogue keeps from a scenario's best path: what it practises, and its score. */
export interface PathFacts {
  readonly focus: readonly Principle[];
  readonly best: Scores;
}

/**
 * The menu's view of one library entry. `remember` keeps each scenario's best-path facts (its
 * best path takes a while to work out on a large scenario) while the scenario object is the same:
 * the dev server builds the list again on every save, and most scenarios did not change.
 */
export function toCatalogEntry(e: LibraryEntry, remember: WeakMap<Scenario, PathFacts>): CatalogEntry {
  const s = e.scenario;
  if (!s) return { id: e.id, file: e.file, playable: false, diagnostics: e.diagnostics };
  let facts = remember.get(s);
  if (!facts) {
    const best = bestPath(s).scores;
    facts = { focus: focusOf(best), best };
    remember.set(s, facts);
  }
  return {
    id: s.id,
    file: e.file,
    playable: true,
    diagnostics: e.diagnostics,
    title: s.title,
    channel: s.channel,
    difficulty: s.difficulty,
    source: s.source,
    languages: s.languages,
    tags: s.tags,
    focus: facts.focus,
    best: facts.best,
    portrait: portraitOf(s.customer),
    mood: s.customer.mood,
  };
}

/** The two principles with the highest best-possible score (ties keep the contract's order). */
function focusOf(best: Record<(typeof PRINCIPLES)[number], number>) {
  return [...PRINCIPLES].sort((a, b) => best[b] - best[a]).slice(0, 2);
}
