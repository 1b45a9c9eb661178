/**
 * The fault probe's files (tests/unit/probe-files.ts) through the command line's checker, each in
 * a fresh Node process as `npm run scenarios:check` runs it: how long the check takes there (cold
 * code, the median of `runs`), and how long the whole process takes, against the same process
 * checking a small valid file (what starting Node and tsx costs). `npx tsx
 * scripts/bench/checker-probes.ts [runs]` prints it; `npm run bench` imports `measureProbes()`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PROBES } from '../../tests/unit/probe-files.ts';
import { median } from './summary.ts';

export interface ProbeTiming {
  readonly name: string;
  readonly kb: number;
  /** The check alone (`loadLibrary` on the file's bytes) in a fresh process, median, ms. */
  readonly checkMs: number;
  /** The whole process, start to exit, median, ms. */
  readonly processMs: number;
  /** The first diagnostic's code and message key, and how many there are. */
  readonly answer: string;
}

const SELF = resolve(import.meta.dirname, 'checker-probes.ts');
const ROOT = resolve(import.meta.dirname, '../..');

/** One fresh process checking `file`: its own timing of the check, and the wall time around it. */
function runChild(file: string): { checkMs: number; processMs: number; answer: string } {
  const started = performance.now();
  const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', file], { cwd: ROOT, encoding: 'utf8' });
  const processMs = performance.now() - started;
  const { ms, answer } = JSON.parse(out.trim().split('\n').pop()!) as { ms: number; answer: string };
  return { checkMs: ms, processMs, answer };
}

/** Each probe file and a small valid one ("baseline: two-paths"), `runs` fresh processes each. */
export function measureProbes(runs = 3): ProbeTiming[] {
  const dir = mkdtempSync(join(tmpdir(), 'hot-seat-probes-'));
  try {
    const files: [string, string][] = [
      ['baseline: two-paths', resolve(ROOT, 'tests/fixtures/valid/two-paths.yaml')],
      ...Object.entries(PROBES).map(([name, make]): [string, string] => {
        const path = join(dir, `${name}.yaml`);
        writeFileSync(path, make());
        return [name, path];
      }),
    ];
    return files.map(([name, path]) => {
      const samples = Array.from({ length: runs }, () => runChild(path));
      return {
        name,
        kb: readFileSync(path).byteLength / 1024,
        checkMs: median(samples.map((s) => s.checkMs)),
        processMs: median(samples.map((s) => s.processMs)),
        answer: samples[0]!.answer,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lines for the bench's table. */
export function probeLines(probes: readonly ProbeTiming[]): string[] {
  return probes.map(
    (p) =>
      `  ${p.name.padEnd(20)}${`${p.kb.toFixed(0)} KB`.padStart(9)}${`${p.checkMs.toFixed(0)} ms`.padStart(10)}${`${p.processMs.toFixed(0)} ms`.padStart(10)}  ${p.answer}`,
  );
}

async function child(file: string): Promise<void> {
  const { loadLibrary } = await import('../../src/engine/authoring.ts');
  const bytes = readFileSync(file);
  const started = performance.now();
  const [entry] = loadLibrary([{ file, bytes }]);
  const ms = performance.now() - started;
  const d = entry!.diagnostics;
  console.log(
    JSON.stringify({
      ms,
      answer: d.length ? `${d[0]!.key} ×${d.length}${d.length > 1 ? `, last ${d[d.length - 1]!.key}` : ''}` : 'no diagnostics',
    }),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (process.argv[2] === '--child') await child(process.argv[3]!);
  else {
    const runs = Number(process.argv[2] ?? 5);
    console.log(`Fault probe through the CLI's checker, fresh process each, median of ${runs}: file, size, check, whole process, answer`);
    console.log(probeLines(measureProbes(runs)).join('\n'));
  }
}
