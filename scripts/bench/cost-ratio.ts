/**
 * What checking a file costs against the `yaml` package's parseDocument on the same bytes, by CPU
 * time: the goal is at most ×1.25. The two alternate over the same batches of generated
 * files (after a warm-up round), so load from elsewhere falls on both alike.
 *
 * Garbage is the noisy part: a collection falls wherever the heap happens to fill, often in the
 * other side's turn. So each turn starts and ends with a forced full collection and pays for its
 * own garbage; the cost of a collection with nothing to collect (a walk of the live heap, the same
 * for both) is measured beside each batch and taken off both sides.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LineCounter, parseDocument } from 'yaml';
import { loadLibrary } from '../../src/engine/authoring.ts';
import { generateLibrary } from './generated-scenario.ts';
import { median } from './summary.ts';

export interface CostRatio {
  /** CPU time of checking ÷ CPU time of parseDocument alone: the median of the runs. */
  readonly ratio: number;
  /** Each run's ratio, in order. */
  readonly runs: readonly number[];
  readonly files: number;
}

/** The `yaml` package's own parse, as the checker's positions need it: what a check is measured against. */
export function packageParse(text: string): void {
  void parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
}

/** Node's `gc()`, which the flag makes available to contexts created after it is set. */
export function forcedCollection(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** `runs` measurements of `files` generated files, checked and parsed `batch` at a time. */
export function measureCostRatio(runs = 5, files = 100, batch = 10): CostRatio {
  const library = generateLibrary(files);
  const decoder = new TextDecoder();
  const collect = forcedCollection();
  const cpu = (work: () => void) => {
    collect();
    const start = process.cpuUsage();
    work();
    collect();
    const { user, system } = process.cpuUsage(start);
    return user + system;
  };
  const once = (): number => {
    let [check, parse, idle] = [0, 0, 0];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < files; i += batch) {
        const slice = library.slice(i, i + batch);
        const texts = slice.map((f) => decoder.decode(f.bytes));
        const c = cpu(() => void loadLibrary(slice));
        const p = cpu(() => texts.forEach(packageParse));
        const z = cpu(() => undefined);
        // The first round warms both up.
        if (round === 1) [check, parse, idle] = [check + c, parse + p, idle + z];
      }
    }
    return (check - idle) / (parse - idle);
  };
  const all = Array.from({ length: runs }, once);
  return { ratio: median(all), runs: all, files };
}
