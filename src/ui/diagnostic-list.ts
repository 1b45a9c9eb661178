/**
 * A scenario's problems as a trainer reads them in the game: each says what is wrong and where in
 * the trainer's language ("エラー：不明なチャネル（8行目 10列）"), then the whole message in that
 * language, then the checker's exact line in English, as `npm run scenarios:check` prints it, so
 * the two can be matched and searched. In English the line alone carries the message.
 */
import { formatDiagnostic, type Diagnostic } from '../engine/index.ts';
import { renderWith } from '../engine/scenario/messages/template.ts';
import type { Catalog } from '../engine/scenario/messages/catalog.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { messagesIn } from './diagnostic-messages.ts';
import { h } from './dom.ts';

/** The list `[data-testid=diagnostics]`, one item per diagnostic, in the order given. */
export function diagnosticList(i18n: I18n, diagnostics: readonly Diagnostic[]): HTMLElement {
  const t = i18n.t.bind(i18n);
  const lang = i18n.language;
  const templates = messagesIn(lang);
  return h(
    'ul',
    { class: 'diagnostics', 'data-testid': 'diagnostics' },
    ...diagnostics.map((d) =>
      h(
        'li',
        { class: `diagnostic ${d.severity}`, 'data-code': d.code },
        h('span', { class: 'diagnostic-title' }, t(`diagnostic.${d.severity}`), t('common.labelSeparator'), t(`diagnostic.${d.code}`)),
        ' ',
        h('span', { class: 'diagnostic-where' }, t('diagnostic.at', { line: d.line, column: d.column })),
        templates ? inLanguage(templates, d, lang) : null,
        h('code', { class: 'diagnostic-line', lang: 'en' }, formatDiagnostic(d)),
      ),
    ),
  );
}

/**
 * The whole message in the trainer's language, filled in once that language's templates arrive
 * (at once after the first list). If they cannot be fetched the item keeps its English line, and
 * the game's notice for a part that did not load says so.
 */
function inLanguage(templates: Promise<Catalog>, d: Diagnostic, lang: string): HTMLElement {
  const span = h('span', { class: 'diagnostic-message', lang, 'data-testid': 'diagnostic-message' });
  templates.then(
    (catalog) => (span.textContent = renderWith(catalog, d)),
    () => span.remove(),
  );
  return span;
}
