import { describe, expect, it } from 'vitest';
import { splitLanguages, type Language, type Scenario, type Words } from '../engine/index.ts';
import { shippedScenario } from '../../tests/scenario-paths.ts';
import { createCatalog } from './catalog.ts';

/** A built library of one scenario: its base (one object, as a module is) and its words, with a log of what was fetched. */
function built(id: string) {
  const whole = shippedScenario(id);
  const { base, words } = splitLanguages(whole);
  const fetched: string[] = [];
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  const catalog = createCatalog({
    entries: () => [],
    scenario: async () => {
      fetched.push('scenario');
      await held;
      return base;
    },
    words: async (_id: string, lang: Language): Promise<Words | undefined> => {
      fetched.push(lang);
      return words[lang];
    },
  });
  return { whole, base, catalog, fetched, release };
}

describe('the catalog', () => {
  it('fetches a language with its scenario, not after it, and adds it to the one scenario object', async () => {
    const { whole, base, catalog, fetched, release } = built('late-delivery');
    const loading = catalog.load('late-delivery', 'ja');
    await Promise.resolve();
    expect(fetched).toEqual(['scenario', 'ja']);
    release();
    const s = await loading;
    expect(s).toBe(base);
    expect(s.title).toEqual({ en: whole.title.en, ja: whole.title.ja });
    expect(catalog.withLanguage(s, 'ja')).toBeUndefined();
    expect(catalog.withLanguage(s, 'en')).toBeUndefined();
  });

  it('adds a language later in place, and every language when none is named', async () => {
    const { whole, catalog, release } = built('late-delivery');
    release();
    const s = await catalog.load('late-delivery', 'en');
    expect(Object.keys(s.brief)).toEqual(['en']);
    await catalog.withLanguage(s, 'vi');
    expect(s.brief).toEqual({ en: whole.brief.en, vi: whole.brief.vi });
    expect(await catalog.load('late-delivery')).toEqual(whole);
  });

  it('leaves a scenario it did not hand out (a trainer’s file) alone', () => {
    const { catalog } = built('late-delivery');
    expect(catalog.withLanguage(shippedScenario('coat-stain') as Scenario, 'ko')).toBeUndefined();
  });
});
