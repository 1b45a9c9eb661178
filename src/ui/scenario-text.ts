/**
 * Showing a scenario text in the learner's language: the element carries the `lang` of the text
 * actually shown (so CJK glyphs come out right), and a text that fell back to the source language
 * is visibly marked.
 */
import { localize, type Language, type Scenario, type Text } from '../engine/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { h } from './dom.ts';

/** The plain string of a text in `lang` (with fallback), for titles and labels. */
export function textOf(scenario: Pick<Scenario, 'source'>, text: Text, lang: Language): string {
  return localize(text, lang, scenario.source).text;
}

/** A span holding the text, marked when it is a fallback. */
export function scenarioText(
  i18n: I18n,
  scenario: Pick<Scenario, 'source'>,
  text: Text,
  lang: Language,
  tag: 'span' | 'p' | 'strong' | 'em' = 'span',
  attrs: Record<string, string> = {},
): HTMLElement {
  const shown = localize(text, lang, scenario.source);
  const el = h(tag, { ...attrs, lang: shown.lang }, shown.text);
  if (shown.fallback) {
    el.classList.add('fallback');
    el.append(
      ' ',
      h(
        'span',
        { class: 'fallback-mark', lang: i18n.language, title: i18n.t('fallback.title', { language: i18n.t(`language.${shown.lang}`) }) },
        i18n.t('fallback.mark', { code: shown.lang }),
      ),
    );
  }
  return el;
}
