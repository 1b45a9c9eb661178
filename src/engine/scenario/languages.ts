/**
 * A compiled scenario one language at a time. The build ships each scenario as its structure with
 * its source language's texts, plus a list of words per other language; a learner downloads only
 * the words of the language they play in, and adds another language's when they switch to it.
 */
import type { Language } from './vocabulary.ts';
import type { Scenario } from './model.ts';
import { scenarioTexts } from './text.ts';

/** One language's texts of a scenario, in `scenarioTexts` order; null where that text has none. */
export type Words = readonly (string | null)[];

/**
 * Splits `scenario` (not changed) into a copy holding only its source language's texts and the
 * words of each other language that has any. `withWords` on the copy with every language's words
 * gives back a scenario equal to the original.
 */
export function splitLanguages(scenario: Scenario): { base: Scenario; words: Partial<Record<Language, Words>> } {
  const base = structuredClone(scenario);
  const words: Partial<Record<Language, (string | null)[]>> = {};
  const texts = scenarioTexts(scenario);
  for (const lang of new Set(texts.flatMap((t) => Object.keys(t) as Language[]))) {
    if (lang !== scenario.source) words[lang] = texts.map((t) => t[lang] ?? null);
  }
  for (const t of scenarioTexts(base) as Partial<Record<Language, string>>[]) {
    for (const lang of Object.keys(t) as Language[]) if (lang !== scenario.source) delete t[lang];
  }
  return { base, words };
}

/**
 * Adds `lang`'s words to `scenario`'s texts, in place: a scenario already on screen (in a runner,
 * a debrief) gains the language without becoming another object. Throws if the words were made
 * for another structure (their count differs).
 */
export function withWords(scenario: Scenario, lang: Language, words: Words): void {
  const texts = scenarioTexts(scenario) as Partial<Record<Language, string>>[];
  if (texts.length !== words.length)
    throw new Error(`the ${lang} words of '${scenario.id}' list ${words.length} texts, and the scenario has ${texts.length}`);
  texts.forEach((t, i) => {
    const w = words[i];
    if (w !== null && w !== undefined) t[lang] = w;
  });
}
