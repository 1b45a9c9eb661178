/**
 * Scenario checker throughput, measured by scripts/bench/checker-throughput.ts (1,000 generated
 * scenarios of 40 nodes through `loadLibrary`). The bench asks it for fewer runs and caps each run,
 * so a slow checker reports its rate without stalling the bench.
 */
import { measureCheckerThroughput, measureParserCeiling, type ParserCeiling } from './checker-throughput.ts';
import { measureCostRatio, type CostRatio } from './cost-ratio.ts';
import { measureRecheck, type RecheckResult } from './checker-recheck.ts';
import { measureProbes, type ProbeTiming } from './checker-probes.ts';

/** Milliseconds a checker run may take before it stops early (it then reports the files it checked). */
export const CHECKER_RUN_CAP_MS = 6000;

/** What the bench reports about the checker. */
export interface CheckerResult {
  readonly filesPerSecond: number;
  readonly detail: string;
  /** The `yaml` package alone on the same files: no checker built on it can be faster. */
  readonly ceiling: ParserCeiling;
  /** CPU time of checking ÷ parseDocument alone, alternating over the same files (the goal: ≤ 1.25). */
  readonly costRatio: CostRatio;
  /** The dev server's case: the whole library checked again after one file was saved. */
  readonly recheck: RecheckResult;
  /** The fault probe's files, each checked by a fresh process as the command line does. */
  readonly probes: readonly ProbeTiming[];
}

/** Median files per second over `runs` capped runs (after one warm-up run). */
export function measureChecker(runs: number): CheckerResult {
  const r = measureCheckerThroughput({ runs, maxRunMs: CHECKER_RUN_CAP_MS });
  const capped = r.checked.some((n) => n < r.files)
    ? `; runs capped at ${CHECKER_RUN_CAP_MS / 1000} s, files checked ${r.checked.join(', ')}`
    : '';
  return {
    filesPerSecond: r.filesPerSecond,
    detail: `${r.files} generated files × ${r.nodes} nodes, ${(r.bytesPerFile / 1024).toFixed(0)} KB each, median of ${r.runs.length}${capped}`,
    ceiling: measureParserCeiling(),
    costRatio: measureCostRatio(),
    recheck: measureRecheck(r.files),
    probes: measureProbes(runs),
  };
}
