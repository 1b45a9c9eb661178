/**
 * Choosing the words to show: a text in the learner's language, or the source language as a
 * visibly marked fallback (scenario-format.md, "Rules of play").
 */
import type { Text } from './model.ts';
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
