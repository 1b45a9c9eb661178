/**
 * Re-checking after one save, as the dev server does while `npm start` runs: the generated library
 * is checked once, then one file after another is rewritten and the whole library checked again
 * by the same incremental checker. Reports the median time of a re-check.
 */
import { performance } from 'node:perf_hooks';
import { createLibraryChecker } from '../../src/engine/authoring.ts';
import { median } from './summary.ts';
import { generateLibrary, generateScenario } from './generated-scenario.ts';

export interface RecheckResult {
  /** Median milliseconds to check the whole library again after one file changed. */
  readonly medianMs: number;
  readonly runs: readonly number[];
  /** Milliseconds of the first check, with nothing remembered. */
  readonly firstMs: number;
  readonly files: number;
}

/** `saves` re-checks of a `files`-file library, each after a different file was rewritten. */
export function measureRecheck(files = 1000, saves = 7): RecheckResult {
  const library = generateLibrary(files);
  const check = createLibraryChecker();
  let started = performance.now();
  check(library);
  const firstMs = performance.now() - started;
  const encoder = new TextEncoder();
  const runs = Array.from({ length: saves }, (_, k) => {
    const slot = Math.floor(((k + 0.5) * files) / saves);
    const id = library[slot]!.file.replace(/^scenarios\/|\.yaml$/g, '');
    library[slot] = { file: library[slot]!.file, bytes: encoder.encode(generateScenario(id, 10_000 + k)) };
    started = performance.now();
    const entries = check(library);
    const ms = performance.now() - started;
    if (entries[slot]!.diagnostics.length > 0) throw new Error(`${entries[slot]!.file} is not clean after the rewrite`);
    return ms;
  });
  return { medianMs: median(runs), runs, firstMs, files };
}
