/**
 * A loaded scenario holds its texts in one piece. The `yaml` package builds a quoted text a
 * character at a time (a folded one a line at a time), as a chain of joined pieces; kept as they
 * come, a library's scenarios took several times the memory of their texts (the studio and the
 * checker keep every file's scenario), and the checker paid to carry them through the collector.
 */
import { describe, expect, it } from 'vitest';
import { loadLibrary, type SourceFile } from '../../src/engine/authoring.ts';
import { forcedCollection } from '../../scripts/bench/cost-ratio.ts';
import { generateLibrary } from '../../scripts/bench/generated-scenario.ts';

/** The heap a library keeps, and what reading every text of it frees: what the chains of pieces cost. */
function keptAndFreed(files: SourceFile[]): { kept: number; freed: number } {
  const collect = forcedCollection();
  const heap = () => (collect(), process.memoryUsage().heapUsed);
  // The first load compiles code and fills the engine's own tables: not the scenarios' memory.
  loadLibrary(files.slice(0, 2));
  const before = heap();
  const loaded = loadLibrary(files).map((e) => e.scenario!);
  const kept = heap() - before;
  // Copying reads every string, and V8 lays a string of pieces out flat when it is read,
  // dropping the pieces: what that frees is what the pieces cost.
  expect(structuredClone(loaded)).toEqual(loaded);
  return { kept, freed: kept - (heap() - before) };
}

/** The same file with the title named by an anchor and the brief an alias of it. */
function withAlias({ file, bytes }: SourceFile): SourceFile {
  const text = new TextDecoder()
    .decode(bytes)
    .replace('title:\n', 'title: &title\n')
    .replace(/brief:\n {2}en: .*\n {2}vi: .*\n/, 'brief: *title\n');
  return { file, bytes: new TextEncoder().encode(text) };
}

describe('a loaded scenario', () => {
  it('holds its texts in one piece: reading them all frees next to nothing', () => {
    const { kept, freed } = keptAndFreed(generateLibrary(10));
    // Kept as the package joins them, the pieces were more than half of the scenarios' heap.
    expect(freed / kept).toBeLessThan(0.1);
  });

  it('holds its texts in one piece when the file has aliases (the package converts it)', () => {
    const files = generateLibrary(10).map(withAlias);
    expect(loadLibrary(files.slice(0, 1))[0]!.scenario!.brief).toEqual(loadLibrary(files.slice(0, 1))[0]!.scenario!.title);
    const { kept, freed } = keptAndFreed(files);
    expect(freed / kept).toBeLessThan(0.1);
  });
});
