/**
 * The architecture rules are lint rules; these tests prove they bite: the engine may not import
 * Phaser, howler, i18next or touch the DOM, and no code may parse HTML.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers.ts';

const eslint = new ESLint({ cwd: root });

// Loading the configuration and its plugins is slow on a busy machine: done once, before the
// tests, so no single test's time limit pays for it.
beforeAll(() => eslint.calculateConfigForFile('src/engine/scenario/bad.ts'), 60_000);

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
  it('rejects reaching outside src/engine', async () => {
    const found = await problems(`import { h } from '../../ui/dom.ts';\nexport const y = h;\n`, 'src/engine/scenario/bad.ts');
    expect(found.join('\n')).toMatch(/no-restricted-imports/);
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
