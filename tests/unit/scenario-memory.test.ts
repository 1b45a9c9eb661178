/**
 * A loaded scenario holds its texts in one piece. The `yaml` package builds a folded or
 * multi-line text a line at a time, as a chain of joined pieces; kept as they come, a library's
 * scenarios took several times the memory of their texts (the studio and the checker keep every
 * file's scenario), and the checker paid to carry them through the collector.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/engine/authoring.ts';
import { generateLibrary } from '../../scripts/bench/generated-scenario.ts';

/** Node's `gc()`, which the flag makes available to contexts created after it is set. */
function forcedCollection(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('a loaded scenario', () => {
  it('holds its texts in one piece: reading them all frees next to nothing', () => {
    const collect = forcedCollection();
    const heap = () => (collect(), process.memoryUsage().heapUsed);
    // The first load compiles code and fills the engine's own tables: not the scenarios' memory.
    loadLibrary(generateLibrary(2));
    const files = generateLibrary(10);
    const before = heap();
    const loaded = loadLibrary(files).map((e) => e.scenario!);
    const kept = heap() - before;
    // Copying reads every string, and V8 lays a string of pieces out flat when it is read,
    // dropping the pieces: what that frees is what the pieces cost.
    expect(structuredClone(loaded)).toEqual(loaded);
    const freed = kept - (heap() - before);
    // Kept as the package joins them, the pieces were more than half of the scenarios' heap.
    expect(freed / kept).toBeLessThan(0.1);
  });
});
