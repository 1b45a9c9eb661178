/**
 * Checker throughput: 1,000 generated scenarios of 40 nodes each (deterministic, in memory), all
 * checked with `loadLibrary` as the command line and the build do, reported as files per second
 * (the median of 5 timed runs after one warm-up). `npx tsx scripts/bench/checker-throughput.ts`
 * prints it; `npm run bench` imports `measureCheckerThroughput()`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { Lexer } from 'yaml';
import { loadLibrary } from '../../src/engine/authoring.ts';
import { measureCostRatio, packageParse } from './cost-ratio.ts';
import { generateLibrary } from './generated-scenario.ts';
import { median } from './summary.ts';

export interface ThroughputOptions {
  readonly files?: number;
  readonly nodes?: number;
  readonly runs?: number;
  /** A run stops after this long (checking in batches of 50), so a slow checker cannot stall a bench. */
  readonly maxRunMs?: number;
}

export interface CheckerThroughput {
  /** Median over the runs, by the wall clock. */
  readonly filesPerSecond: number;
  /** Median over the runs, by this process's CPU time: steadier on a busy machine. */
  readonly filesPerCpuSecond: number;
  /** Files per second of each timed run, in order. */
  readonly runs: readonly number[];
  /** Files each run checked: all of them unless the run hit `maxRunMs`. */
  readonly checked: readonly number[];
  readonly files: number;
  readonly nodes: number;
  readonly bytesPerFile: number;
}

const BATCH = 50;

/**
 * Checks the generated library `runs` times after one warm-up run and returns files per second,
 * the median and each run. Throws if the first files are not clean, since the number would then
 * measure the wrong thing (a unit test checks the generator more widely).
 */
export function measureCheckerThroughput(options: ThroughputOptions = {}): CheckerThroughput {
  const { files = 1000, nodes = 40, runs = 5, maxRunMs = 60_000 } = options;
  const library = generateLibrary(files, nodes);
  const dirty = loadLibrary(library.slice(0, BATCH)).find((e) => e.diagnostics.length > 0);
  if (dirty) throw new Error(`${dirty.file} is not clean: ${dirty.diagnostics.map((d) => d.message).join('; ')}`);
  const checked: number[] = [];
  const cpuRates: number[] = [];
  const rates = Array.from({ length: runs + 1 }, () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    let done = 0;
    while (done < files && performance.now() - started < maxRunMs) {
      loadLibrary(library.slice(done, done + BATCH));
      done = Math.min(files, done + BATCH);
    }
    const { user, system } = process.cpuUsage(cpu);
    checked.push(done);
    cpuRates.push(done / ((user + system) / 1e6));
    return done / ((performance.now() - started) / 1000);
  }).slice(1);
  const bytesPerFile = Math.round(library.reduce((n, f) => n + f.bytes.byteLength, 0) / files);
  return {
    filesPerSecond: median(rates),
    filesPerCpuSecond: median(cpuRates.slice(1)),
    runs: rates,
    checked: checked.slice(1),
    files,
    nodes,
    bytesPerFile,
  };
}

/** How fast the `yaml` package alone goes on the same files: the ceiling for any checker built on it. */
export interface ParserCeiling {
  /** `parseDocument` with a LineCounter (source ranges), as the checker parses: files per second. */
  readonly parsePerSecond: number;
  /** The package's tokenizer alone, building nothing: files per second. */
  readonly lexPerSecond: number;
}

/** Medians of `runs` passes over the first `sample` generated files (after one warm-up pass). */
export function measureParserCeiling(sample = 100, runs = 3): ParserCeiling {
  const decoder = new TextDecoder();
  const texts = generateLibrary(sample).map((f) => decoder.decode(f.bytes));
  const rate = (work: (text: string) => void) => {
    const rates = Array.from({ length: runs + 1 }, () => {
      const started = performance.now();
      for (const t of texts) work(t);
      return texts.length / ((performance.now() - started) / 1000);
    }).slice(1);
    return median(rates);
  };
  return {
    parsePerSecond: rate(packageParse),
    lexPerSecond: rate((t) => {
      for (const token of new Lexer().lex(t)) void token;
    }),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const r = measureCheckerThroughput();
  console.log(
    `checker: ${r.filesPerSecond.toFixed(0)} files/s (median of ${r.runs.length}; runs ${r.runs.map((x) => x.toFixed(0)).join(', ')}), ${r.filesPerCpuSecond.toFixed(0)} files per CPU second`,
  );
  const capped = r.checked.some((n) => n < r.files) ? `; runs capped, files checked: ${r.checked.join(', ')}` : '';
  console.log(`         ${r.files} files × ${r.nodes} nodes, ${(r.bytesPerFile / 1024).toFixed(1)} KB each, en + vi${capped}`);
  const c = measureParserCeiling();
  console.log(
    `ceiling: the yaml package's parse alone ${c.parsePerSecond.toFixed(0)} files/s, its tokenizer alone ${c.lexPerSecond.toFixed(0)} files/s`,
  );
  const ratio = measureCostRatio();
  console.log(
    `cost of checking a file / parseDocument on the same bytes (CPU time): ×${ratio.ratio.toFixed(2)} (median of ${ratio.runs.length}: ${ratio.runs.map((x) => x.toFixed(2)).join(', ')})`,
  );
}
