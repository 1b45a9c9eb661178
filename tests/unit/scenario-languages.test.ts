/** Scenarios shipped one language at a time (engine/scenario/languages.ts): nothing a learner reads changes. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, localize, scenarioTexts as textsOf, splitLanguages, translationGaps, withWords } from '../../src/engine/index.ts';
import { scenarioFingerprint } from '../../src/engine/progress/fingerprint.ts';
import { SHIPPED_IDS, shippedScenario } from '../scenario-paths.ts';

describe('a scenario one language at a time', () => {
  it.each(SHIPPED_IDS)('%s: the base holds its source texts only, and every language added gives back the whole', (id) => {
    const whole = shippedScenario(id);
    const before = JSON.stringify(whole);
    const { base, words } = splitLanguages(whole);
    expect(JSON.stringify(whole), 'the scenario split is left as it was').toBe(before);
    for (const t of textsOf(base)) expect(Object.keys(t)).toEqual([whole.source]);
    expect(Object.keys(words).sort()).toEqual(whole.languages.filter((l) => l !== whole.source).sort());
    for (const [lang, w] of Object.entries(words)) withWords(base, lang as (typeof LANGUAGES)[number], w);
    expect(base).toEqual(whole);
  });

  it('a learner reading one language sees exactly what the whole scenario shows in it, gaps included', () => {
    const whole = shippedScenario('late-delivery');
    for (const lang of LANGUAGES) {
      const { base, words } = splitLanguages(whole);
      const w = words[lang];
      if (w) withWords(base, lang, w);
      expect(textsOf(base).map((t) => localize(t, lang, base.source))).toEqual(textsOf(whole).map((t) => localize(t, lang, whole.source)));
      expect(translationGaps(base, lang)).toEqual(translationGaps(whole, lang));
    }
  });

  it("words for another scenario's structure are refused, and the scenario is left as it was", () => {
    const { base, words } = splitLanguages(shippedScenario('late-delivery'));
    const other = splitLanguages(shippedScenario('bill-shock')).words;
    const lang = (Object.keys(other) as (typeof LANGUAGES)[number][]).find((l) => other[l]!.length !== words[l]?.length)!;
    const before = JSON.stringify(base);
    expect(() => withWords(base, lang, other[lang]!)).toThrow(/words of 'late-delivery' list \d+ texts, and the scenario has \d+/);
    expect(JSON.stringify(base)).toBe(before);
  });

  it("a built scenario's fingerprint is its whole one's, however many languages it has gained", () => {
    const whole = shippedScenario('coat-stain');
    const { base, words } = splitLanguages(whole);
    const built = { ...base, fingerprint: scenarioFingerprint(whole) };
    expect(scenarioFingerprint(built)).toBe(scenarioFingerprint(structuredClone(whole)));
    withWords(built, 'ja', words.ja!);
    expect(scenarioFingerprint(built)).toBe(scenarioFingerprint(structuredClone(whole)));
  });
});
