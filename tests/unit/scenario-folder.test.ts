/**
 * A scenario folder as editors leave it: an Emacs lock file (a dangling link named `.#….yaml`),
 * a folder named `*.yaml`, a link loop, a broken link. The CLI and the reader behind the build and
 * the dev server pass over what is not a scenario and report what cannot be read, each as one
 * diagnostic on that file; none prints a stack trace, and the good file is still checked.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryReader } from '../../build/scenario-library.ts';
import { root } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'hot-seat-folder-'));
const scenarios = join(dir, 'scenarios');
mkdirSync(scenarios);
copyFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml'), join(scenarios, 'two-paths.yaml'));
symlinkSync('someone@host.1234:1700000000', join(scenarios, '.#late-delivery.yaml'));
mkdirSync(join(scenarios, 'folder.yaml'));
symlinkSync('loop.yaml', join(scenarios, 'loop.yaml'));
symlinkSync('gone.yaml', join(scenarios, 'broken.yaml'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a scenario folder with what editors leave in it', () => {
  it('is read for the build and the dev server without throwing: lock files and folders passed over, bad links reported', () => {
    const entries = libraryReader(dir, ['scenarios'])();
    expect(entries.map((e) => [e.file, e.scenario !== undefined])).toEqual([
      ['scenarios/two-paths.yaml', true],
      ['scenarios/broken.yaml', false],
      ['scenarios/loop.yaml', false],
    ]);
    expect(entries[1]!.diagnostics).toEqual([
      expect.objectContaining({ code: 'SCN002', message: expect.stringMatching(/link to a file that does not exist; fix or remove it$/) }),
    ]);
    expect(entries[2]!.diagnostics).toEqual([
      expect.objectContaining({ code: 'SCN002', message: expect.stringMatching(/leads back to itself; fix or remove it$/) }),
    ]);
  });

  it('is checked by the CLI with a diagnostic per unreadable file and no stack trace', () => {
    const r = spawnSync(resolve(root, 'node_modules/.bin/tsx'), [resolve(root, 'scripts/scenarios-check.ts'), 'scenarios'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const out = r.stdout + r.stderr;
    expect(out).not.toMatch(/\n\s+at |Error:/);
    expect(r.stdout).toContain(
      'scenarios/broken.yaml:1:1: error: the file cannot be read: it is a link to a file that does not exist; fix or remove it [SCN002]',
    );
    expect(r.stdout).toContain(
      'scenarios/loop.yaml:1:1: error: the file cannot be read: it is a link that leads back to itself; fix or remove it [SCN002]',
    );
    expect(r.stdout).toMatch(/3 scenario files checked: 1 playable, 2 errors/);
    expect(r.status).toBe(1);
  });
});
