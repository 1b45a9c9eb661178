/**
 * The checker benchmark measures what it claims: its generated scenarios are deterministic, have
 * the stated number of nodes and are clean (no errors, no warnings) across many seeds, and
 * `measureCheckerThroughput` returns sensible numbers. Timing itself is not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/engine/authoring.ts';
import { measureCheckerThroughput, measureParserCeiling } from '../../scripts/bench/checker-throughput.ts';
import { generateLibrary, generateScenario } from '../../scripts/bench/generated-scenario.ts';
import { measureRecheck } from '../../scripts/bench/checker-recheck.ts';

describe('checker throughput benchmark', () => {
  it('generates the same text for the same seed, and different texts for different seeds', () => {
    expect(generateScenario('a', 7)).toBe(generateScenario('a', 7));
    expect(generateScenario('a', 7)).not.toBe(generateScenario('a', 8));
  });

  it('generates clean scenarios of exactly 40 nodes', () => {
    const entries = loadLibrary(generateLibrary(40));
    for (const e of entries) {
      expect(e.diagnostics, e.file).toEqual([]);
      expect(Object.keys(e.scenario!.nodes)).toHaveLength(40);
    }
  });

  it('reports files per second for each run and their median', () => {
    const r = measureCheckerThroughput({ files: 4, runs: 3 });
    expect(r.runs).toHaveLength(3);
    expect(r.checked).toEqual([4, 4, 4]);
    expect(r.filesPerSecond).toBeGreaterThan(0);
    expect(r.filesPerCpuSecond).toBeGreaterThan(0);
    expect([...r.runs].sort((a, b) => a - b)[1]).toBe(r.filesPerSecond);
    expect(r.bytesPerFile).toBeGreaterThan(10_000);
  });

  it('measures the yaml package alone on the same files', () => {
    const c = measureParserCeiling(3, 1);
    for (const rate of [c.parsePerSecond, c.lexPerSecond]) expect(Number.isFinite(rate) && rate > 0).toBe(true);
  });

  it('times a re-check after each of several saves, each to a different file', () => {
    const r = measureRecheck(6, 3);
    expect(r.files).toBe(6);
    expect(r.runs).toHaveLength(3);
    expect([...r.runs].sort((a, b) => a - b)[1]).toBe(r.medianMs);
    expect(r.firstMs).toBeGreaterThan(0);
  });
});
