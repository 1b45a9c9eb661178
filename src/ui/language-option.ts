/**
 * The one way a language is offered in a select: named in its own language and marked with its
 * `lang`, so a screen reader speaks each name in its language and each script gets its own font.
 */
import type { Language } from '../engine/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { h } from './dom.ts';

/** An `<option>` for `lang`, selected when `selected` is. */
export function languageOption(i18n: I18n, lang: Language, selected = false): HTMLOptionElement {
  return h('option', { value: lang, lang, selected }, i18n.t(`language.native.${lang}`));
}
