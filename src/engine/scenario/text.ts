/**
 * Choosing the words to show: a text in the learner's language, or the source language as a
 * visibly marked fallback (scenario-format.md, "Rules of play").
 */
import type { Scenario, Text } from './model.ts';
import type { Language } from './vocabulary.ts';

export interface LocalText {
  readonly text: string;
  /** The language the text is actually in. */
  readonly lang: Language;
  /** True when the wanted language was missing and the source language is shown instead. */
  readonly fallback: boolean;
}

/** The text in `wanted`, else in `source`. A checked scenario always has `source`. */
export function localize(text: Text, wanted: Language, source: Language): LocalText {
  const direct = text[wanted];
  if (direct !== undefined) return { text: direct, lang: wanted, fallback: false };
  return { text: text[source] ?? '', lang: source, fallback: true };
}

/**
 * Every text of a scenario, in one fixed order: title, brief, the customer's name, then each node
 * (in key order) with its line, narration, and each reply's text and feedback. Two scenarios of
 * the same structure list their texts alike (languages.ts relies on it). The model's twin of
 * `rawTexts`, over which the checker counts SCN050.
 */
export function scenarioTexts(scenario: Scenario): Text[] {
  const texts: Text[] = [scenario.title, scenario.brief, scenario.customer.name];
  for (const node of Object.values(scenario.nodes)) {
    texts.push(node.customer);
    if (node.narration) texts.push(node.narration);
    if (node.kind === 'decision') for (const c of node.choices) texts.push(c.text, ...(c.feedback ? [c.feedback] : []));
  }
  return texts;
}

/**
 * How many of the scenario's texts have no version in `lang`, out of how many. None is missing in
 * the source language of a checked scenario.
 */
export function translationGaps(scenario: Scenario, lang: Language): { readonly missing: number; readonly total: number } {
  const texts = scenarioTexts(scenario);
  return { missing: texts.filter((t) => t[lang] === undefined).length, total: texts.length };
}
