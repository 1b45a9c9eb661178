/**
 * The architecture rules are lint rules; these tests prove they bite: the engine may not import
 * Phaser, howler, i18next or touch the DOM, every folder imports only the layers below it, and no
 * code may parse HTML.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers.ts';

// Snippets are linted as files that do not exist, so outside the TypeScript project: the rules
// that need type information are tested apart (below), on a file the project holds.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});
// The typed rules need a TypeScript program holding the file: one of that file and what it
// imports (tests/fixtures/lint/tsconfig.json), not the whole project, which `npm run lint` builds.
// Where CI=true, typescript-eslint would build that program once from the files on disk and lint
// src/app/failures.ts as saved, not the snippet given for it: the inference is turned off.
const typed = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: 'tests/fixtures/lint/tsconfig.json',
        tsconfigRootDir: root,
        disallowAutomaticSingleRunInference: true,
      },
    },
  },
});

// Loading the configuration and its plugins is slow on a busy machine: done once, before the
// tests, so no single test's time limit pays for it.
beforeAll(() => eslint.calculateConfigForFile('src/engine/scenario/bad.ts'));

/** The layer rule: checked on the file an import resolves to, not on the import's text. */
const LAYER = 'import-x/no-restricted-paths';

/** A module that imports everything `from` exports (and uses it, so nothing is flagged as unused). */
const importing = (from: string) => `import * as m from '${from}';\nexport const y = m;\n`;

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('engine purity', () => {
  for (const lib of ['phaser', 'howler', 'i18next', 'idb']) {
    it(`rejects importing ${lib} in src/engine`, async () => {
      const found = await problems(`import x from '${lib}';\nexport const y = x;\n`, 'src/engine/scenario/bad.ts');
      expect(found.join('\n')).toMatch(/no-restricted-imports/);
    });
  }
  it('rejects reaching outside src/engine, from any depth, to any folder, script or test', async () => {
    for (const [file, bad] of [
      ['src/engine/scenario/bad.ts', '../../ui/dom.ts'],
      // Beside the engine's own lms/: the same text from one level up is src/lms.
      ['src/engine/bad.ts', '../lms/launch.ts'],
      ['src/engine/bad.ts', '../packaging/manifests.ts'],
      ['src/engine/bad.ts', '../sw/sw.ts'],
      ['src/engine/scenario/messages/bad.ts', '../../../app/ports.ts'],
      ['src/engine/scenario/bad.ts', '../../../scripts/bench/summary.ts'],
      ['src/engine/scenario/bad.ts', '../../../tests/unit/helpers.ts'],
    ]) {
      const found = await problems(importing(bad!), file!);
      expect(found.join('\n'), `${file} → ${bad}`).toContain(`${LAYER}: Unexpected path "${bad}"`);
      expect(found.join('\n')).toContain('The engine imports nothing outside src/engine but packages.');
    }
  });
  it('allows the engine its own folders, at any depth, and packages', async () => {
    for (const [file, fine] of [
      ['src/engine/scenario/fine.ts', '../lms/score.ts'],
      ['src/engine/scenario/messages/fine.ts', '../../lms/score.ts'],
      ['src/engine/fine.ts', './lms/score.ts'],
      ['src/engine/fine.ts', 'yaml'],
    ]) {
      expect(
        (await problems(importing(fine!), file!)).filter((f) => f.startsWith(LAYER)),
        `${file} → ${fine}`,
      ).toEqual([]);
    }
  });
  it('rejects DOM globals in src/engine', async () => {
    const found = await problems(`export const w = document.title + window.name;\n`, 'src/engine/bad.ts');
    expect(found.filter((f) => f.startsWith('no-restricted-globals'))).toHaveLength(2);
  });
  it('allows the same code outside the engine', async () => {
    expect(await problems(`export const w = document.title;\n`, 'src/ui/fine.ts')).toEqual([]);
  });
});

describe('text is never HTML', () => {
  it('rejects innerHTML, outerHTML, insertAdjacentHTML and DOMParser anywhere', async () => {
    const code = `const el = document.body;\nel.innerHTML = 'x';\nel.outerHTML = 'y';\nel.insertAdjacentHTML('beforeend', 'z');\nexport const d = new DOMParser();\n`;
    const found = await problems(code, 'src/ui/bad.ts');
    expect(found.filter((f) => /no-restricted-(properties|syntax)/.test(f))).toHaveLength(4);
  });
});

describe('layers: engine ← i18n, packaging ← ui, stage, audio ← app, lms between ui and app; adapters and sw on the engine alone; build on the engine only', () => {
  const cases: [file: string, bad: string, fine: string][] = [
    ['src/adapters/bad.ts', '../ui/dom.ts', '../engine/index.ts'],
    ['src/adapters/deep/bad.ts', '../../app/ports.ts', '../../engine/index.ts'],
    ['src/i18n/bad.ts', '../ui/dom.ts', '../engine/index.ts'],
    ['src/ui/bad.ts', '../app/ports.ts', '../i18n/create-i18n.ts'],
    ['src/ui/screens/bad.ts', '../../stage/stage-scene.ts', '../../engine/index.ts'],
    ['src/ui/bad.ts', '../audio/cues.ts', './dom.ts'],
    ['src/stage/bad.ts', '../ui/dom.ts', '../ui/stage-host.ts'],
    ['src/stage/bad.ts', '../app/ports.ts', '../engine/index.ts'],
    ['src/audio/bad.ts', '../app/settings.ts', '../engine/index.ts'],
    ['src/audio/bad.ts', '../stage/stage-scene.ts', '../i18n/create-i18n.ts'],
    ['build/bad.ts', '../src/app/catalog.ts', '../src/engine/index.ts'],
    ['build/bad.ts', '../src/ui/dom.ts', '../src/engine/authoring.ts'],
    ['build/bad.ts', '../src/packaging/manifests.ts', '../src/engine/authoring.ts'],
    ['src/lms/bad.ts', '../app/progress-keeper.ts', '../engine/lms/score.ts'],
    ['src/lms/bad.ts', '../stage/stage-scene.ts', '../packaging/manifests.ts'],
    ['src/packaging/bad.ts', '../lms/launch.ts', '../engine/lms/score.ts'],
    ['src/packaging/bad.ts', '../ui/dom.ts', '../engine/index.ts'],
    ['src/sw/bad.ts', '../app/offline.ts', '../engine/index.ts'],
    ['src/sw/bad.ts', '../i18n/create-i18n.ts', '../engine/index.ts'],
    ['src/adapters/bad.ts', '../packaging/manifests.ts', '../engine/index.ts'],
    ['src/i18n/bad.ts', '../packaging/manifests.ts', '../engine/index.ts'],
    ['src/ui/bad.ts', '../lms/launch.ts', '../packaging/manifests.ts'],
    ['src/stage/bad.ts', '../lms/launch.ts', '../i18n/create-i18n.ts'],
    ['src/audio/bad.ts', '../sw/sw.ts', '../engine/index.ts'],
    ['src/lms/bad.ts', '../sw/sw.ts', '../ui/dom.ts'],
    ['src/app/bad.ts', '../sw/sw.ts', '../lms/launch.ts'],
  ];
  for (const [file, bad, fine] of cases) {
    it(`${file}: rejects ${bad}, allows ${fine}`, async () => {
      expect((await problems(importing(bad), file)).join('\n')).toContain(`${LAYER}: Unexpected path "${bad}"`);
      expect((await problems(importing(fine), file)).filter((f) => f.startsWith(LAYER))).toEqual([]);
    });
  }

  it('checks re-exports and dynamic imports as well as imports', async () => {
    for (const code of [`export * from '../app/ports.ts';\n`, `export const later = () => import('../app/ports.ts');\n`]) {
      expect((await problems(code, 'src/ui/bad.ts')).join('\n'), code).toContain(`${LAYER}: Unexpected path "../app/ports.ts"`);
    }
  });

  it('says what the folder may import instead', async () => {
    const found = await problems(importing('../app/ports.ts'), 'src/stage/bad.ts');
    expect(found.join('\n')).toContain('src/stage may import only src/engine, src/i18n, src/packaging and ui/stage-host.ts');
  });

  it('lets the app import every layer', async () => {
    const code = [
      '../engine/index.ts',
      '../ui/dom.ts',
      '../stage/stage-scene.ts',
      '../audio/cues.ts',
      '../adapters/persistence.ts',
      '../i18n/create-i18n.ts',
    ]
      .map((f, i) => `import * as m${i} from '${f}';\nexport const y${i} = m${i};\n`)
      .join('');
    expect((await problems(code, 'src/app/fine.ts')).filter((f) => f.startsWith(LAYER))).toEqual([]);
  });
});

describe('every promise has an owner in src/', () => {
  it('rejects a promise fired and forgotten, with or without void, and one passed where nothing is awaited', async () => {
    const code = `export async function f(): Promise<void> {}\nf();\nvoid f();\nexport const g = (run: () => void) => run();\ng(async () => f());\n`;
    const [result] = await typed.lintText(code, { filePath: 'src/app/failures.ts' });
    const messages = result?.messages ?? [];
    const rules = messages.map((m) => m.ruleId);
    const found = JSON.stringify(messages.map((m) => `${m.line}: ${m.ruleId}: ${m.message}`));
    expect(
      rules.filter((r) => r === '@typescript-eslint/no-floating-promises'),
      found,
    ).toHaveLength(2);
    expect(rules).toContain('@typescript-eslint/no-misused-promises');
  });
});
