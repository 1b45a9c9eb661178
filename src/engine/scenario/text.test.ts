/**
 * Counting a scenario's untranslated texts agrees with the checker's SCN050 warning, which names
 * the same count in its message.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load.ts';
import { translationGaps } from './text.ts';

const fixtures = resolve(import.meta.dirname, '../../../tests/fixtures');

describe('translationGaps', () => {
  it("counts the missing texts the checker's SCN050 warning counts", () => {
    const file = resolve(fixtures, 'broken/scn050-language-incomplete.yaml');
    const { scenario, diagnostics } = loadScenario(readFileSync(file, 'utf8'), file);
    const warning = diagnostics.find((d) => d.code === 'SCN050')!;
    const [, lang, count] = /lists '([\w-]+)', but (\d+) texts? ha/.exec(warning.message)!;
    expect(translationGaps(scenario!, lang as 'ja')).toMatchObject({ missing: Number(count) });
  });

  it('finds nothing missing in the source language, and every text missing in a language never written', () => {
    const file = resolve(fixtures, 'valid/two-paths.yaml');
    const { scenario } = loadScenario(readFileSync(file, 'utf8'), file);
    const source = translationGaps(scenario!, scenario!.source);
    expect(source.missing).toBe(0);
    const absent = (['en', 'vi', 'ja', 'zh-CN', 'ko'] as const).find((l) => !scenario!.languages.includes(l))!;
    expect(translationGaps(scenario!, absent)).toEqual({ missing: source.total, total: source.total });
  });
});
