/**
 * Names each failed unit test once more at the very end of the run, on standard output, with the
 * first line of its error: a log cut down to its last lines still says what failed, and where.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class FailuresLast implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const lines: string[] = [];
    for (const m of modules) {
      const file = relative(process.cwd(), m.moduleId);
      const failed = [...m.children.allTests('failed')];
      for (const t of failed) lines.push(`${file} > ${t.fullName}: ${firstLine(t.result().errors?.[0]?.message)}`);
      // A file can fail without a failed test: an error while loading it, or in a hook.
      if (failed.length === 0 && m.state() === 'failed') lines.push(`${file}: ${firstLine(m.errors()[0]?.message)}`);
    }
    if (lines.length > 0) process.stdout.write(`\nFailed (${lines.length}):\n${lines.map((l) => `  ${l}\n`).join('')}`);
  }
}

const firstLine = (message: string | undefined) => message?.split('\n')[0] ?? 'failed';
