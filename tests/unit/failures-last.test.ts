/**
 * The reporter that names the failures again at the end of standard output
 * (tests/failures-last.ts), in a real Vitest run on files made to fail.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.ts';

describe('the failures-last reporter', () => {
  it('ends standard output with each failed test and each file that did not load, with the error', () => {
    const run = spawnSync(
      process.execPath,
      [resolve(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/fixtures/reporter/vitest.config.ts'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    const at = lines.lastIndexOf('Failed (2):');
    expect(at).toBeGreaterThan(0);
    // Nothing after them: a log cut to its last lines shows them.
    expect(lines.slice(at + 1).sort()).toEqual([
      '  tests/fixtures/reporter/broken.test.ts: this file cannot load',
      '  tests/fixtures/reporter/failing.test.ts > adds: expected 3 to be 4 // Object.is equality',
    ]);
  });
});
