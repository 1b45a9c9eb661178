/**
 * `npm run scenarios:new`: the scaffold it writes loads with no diagnostic at all, and the command
 * refuses an invalid id or an existing file (exit code 1) without touching anything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary, loadScenario } from '../../src/engine/authoring.ts';
import { scenarioTemplate } from '../../scripts/scenario-template.ts';
import { newScenario } from '../../scripts/scenarios-new.ts';
import { root } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'scenarios-new-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the scenario template', () => {
  it('loads with no errors and no warnings', () => {
    const r = loadScenario(scenarioTemplate('billing-twice'), 'billing-twice.yaml', { expectedId: 'billing-twice' });
    expect(r.diagnostics).toEqual([]);
    expect(r.scenario?.id).toBe('billing-twice');
  });

  it('starts with the schema line for the YAML extension and lists the other languages', () => {
    const text = scenarioTemplate('x');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../public/scenario.schema.json');
    for (const lang of ['vi', 'ja', 'zh-CN', 'ko']) expect(text).toContain(lang);
    expect(text).toMatch(/^languages: \[en\]/m);
  });
});

describe('npm run scenarios:new', () => {
  it('writes <dir>/<id>.yaml, which checks clean beside the shipped scenarios', () => {
    const r = newScenario(['night-shift', '--dir', dir], root);
    expect(r.code).toBe(0);
    expect(r.file).toBe(join(dir, 'night-shift.yaml'));
    const bytes = readFileSync(r.file!);
    const [entry] = loadLibrary([{ file: 'scenarios/night-shift.yaml', bytes }]);
    expect(entry!.diagnostics).toEqual([]);
  });

  it('points the new file at the schema and the check command from whatever folder it is in', () => {
    const r = newScenario(['night-owl', '--dir', dir], root);
    const lines = readFileSync(r.file!, 'utf8').split('\n');
    const schema = /\$schema=(.+)$/.exec(lines[0]!)![1]!;
    expect(existsSync(resolve(dir, schema)), schema).toBe(true);
    const shown = relative(root, r.file!).replaceAll('\\', '/');
    expect(lines.find((l) => l.includes('npm run scenarios:check'))).toContain(`npm run scenarios:check -- ${shown}`);
  });

  it('refuses an existing file and leaves it as it was', () => {
    const file = join(dir, 'taken.yaml');
    writeFileSync(file, 'mine');
    const r = newScenario(['taken', `--dir=${dir}`], root);
    expect(r).toMatchObject({ code: 1, message: expect.stringMatching(/already exists/) });
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it.each([['Late_Delivery'], ['late delivery'], ['-late'], ['café'], ['']])('refuses the id %j', (id) => {
    const r = newScenario([id, '--dir', dir], root);
    expect(r.code).toBe(1);
    expect(r.message).toMatch(/not a valid scenario id|usage/);
    expect(existsSync(join(dir, `${id}.yaml`))).toBe(false);
  });

  it('refuses no id, two ids and unknown options with the usage line', () => {
    for (const args of [[], ['a', 'b'], ['a', '--force'], ['a', '--dir']]) {
      expect(newScenario(args, root)).toMatchObject({ code: 1, message: expect.stringMatching(/usage/) });
    }
  });

  it('exits 1 from the command line on a bad id', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/scenarios-new.ts'), 'Bad_Id', '--dir', dir], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/'Bad_Id' is not a valid scenario id/);
  });
});
