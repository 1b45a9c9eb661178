/**
 * The scenario library as the game sees it: a summary of every file (playable or not, with its
 * diagnostics) and a loader per playable scenario, so scenario text is fetched only when opened,
 * and only in the languages it is read in.
 */
import { LANGUAGES, withWords, type CatalogEntry, type Language, type Scenario, type Words } from '../engine/index.ts';

export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  /**
   * The scenario `id` with its texts in `lang` (and its source language, which stands in for a
   * missing text), or in every language when `lang` is left out. The same object each time: a
   * later load adds languages to it.
   */
  load(id: string, lang?: Language): Promise<Scenario>;
  /** Adds `lang`'s texts to `scenario`; undefined when it has them already (or came whole, from a file). */
  withLanguage(scenario: Scenario, lang: Language): Promise<void> | undefined;
}

/** Where a catalog's scenarios come from (virtual:scenario-catalog, or an LMS package's files first). */
export interface ScenarioSource {
  entries(): readonly CatalogEntry[];
  /** The scenario, with its source language's texts at least. */
  scenario(id: string): Promise<Scenario>;
  /** `lang`'s words of a scenario that came without them; undefined when there are none to add. */
  words(id: string, lang: Language): Promise<Words | undefined>;
}

/** A catalog over `source` that remembers which languages each scenario it handed out has. */
export function createCatalog(source: ScenarioSource): Catalog {
  const has = new WeakMap<Scenario, Set<Language>>();
  const add = (scenario: Scenario, lang: Language, words: Words | undefined) => {
    const langs = has.get(scenario)!;
    if (langs.has(lang)) return;
    if (words) withWords(scenario, lang, words);
    langs.add(lang);
  };
  return {
    get entries() {
      return source.entries();
    },
    async load(id, lang) {
      const wanted = lang === undefined ? LANGUAGES : [lang];
      // The words are fetched alongside the scenario, not after it: one round trip, not two.
      const [scenario, ...words] = await Promise.all([source.scenario(id), ...wanted.map((l) => source.words(id, l))]);
      if (!has.has(scenario)) has.set(scenario, new Set([scenario.source]));
      wanted.forEach((l, i) => add(scenario, l, words[i]));
      return scenario;
    },
    withLanguage(scenario, lang) {
      if (has.get(scenario)?.has(lang) !== false) return undefined;
      return source.words(scenario.id, lang).then((words) => add(scenario, lang, words));
    },
  };
}
