/**
 * The scenario menu: every scenario with its title, channel, difficulty and languages. A scenario
 * with errors is listed as unavailable with its diagnostics; every other one still plays.
 */
import { formatDiagnostic, type Language } from '../../engine/index.ts';
import type { CatalogEntry } from '../../app/catalog.ts';
import { h } from '../dom.ts';
import { textOf } from '../scenario-text.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';

export interface MenuActions {
  open(id: string): void;
  changeLanguage(lang: Language): void;
}

export function showMenu(ctx: ScreenContext, entries: readonly CatalogEntry[], actions: MenuActions): Cleanup {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  const list = h('ul', { class: 'scenario-list', 'data-testid': 'scenario-list' });
  for (const e of entries) list.append(e.playable ? playable(e) : unavailable(e));

  function playable(e: CatalogEntry): HTMLElement {
    const title = textOf({ source: e.source ?? 'en' }, e.title ?? {}, lang) || e.id;
    const langs = (e.languages ?? []).map((l) => t(`language.${l}`)).join(', ');
    const button = h('button', { type: 'button', class: 'scenario-open', 'data-testid': 'open-scenario', 'data-scenario': e.id }, title);
    button.addEventListener('click', () => actions.open(e.id));
    return h(
      'li',
      { class: 'scenario-card', 'data-testid': 'scenario', 'data-scenario': e.id, 'data-available': 'true' },
      h('h3', {}, button),
      h(
        'p',
        { class: 'scenario-meta' },
        h('span', { class: `channel channel-${e.channel}` }, t(`channel.${e.channel ?? 'phone'}`)),
        ' · ',
        h('span', { class: 'difficulty', 'aria-label': t('menu.difficultyLabel', { level: e.difficulty ?? 1 }) }, t(`difficulty.${e.difficulty ?? 1}`)),
      ),
      h('p', { class: 'scenario-languages' }, t('menu.languages', { list: langs })),
    );
  }

  function unavailable(e: CatalogEntry): HTMLElement {
    const problems = h('ul', { class: 'diagnostics', 'data-testid': 'diagnostics' });
    for (const d of e.diagnostics.filter((x) => x.severity === 'error')) {
      problems.append(h('li', { class: 'diagnostic', 'data-code': d.code }, formatDiagnostic(d)));
    }
    return h(
      'li',
      { class: 'scenario-card unavailable', 'data-testid': 'scenario', 'data-scenario': e.id, 'data-available': 'false' },
      h('h3', {}, e.id),
      h('p', { class: 'unavailable-note' }, t('menu.unavailable', { file: e.file })),
      problems,
    );
  }

  const picker = languagePicker(ctx, actions.changeLanguage);
  const screen = h(
    'section',
    { class: 'screen menu-screen', 'data-testid': 'menu', 'aria-labelledby': 'menu-title' },
    h('div', { class: 'menu-head' }, h('h1', { id: 'menu-title' }, t('menu.title')), picker),
    h('p', { class: 'lead' }, t('menu.lead')),
    h('h2', { class: 'visually-hidden' }, t('menu.scenarios')),
    list,
  );
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  return () => screen.remove();
}

/** A labelled select of the five languages, each named in its own language. */
export function languagePicker(ctx: ScreenContext, change: (lang: Language) => void): HTMLElement {
  const { i18n, lang } = ctx;
  const select = h('select', { id: 'language-picker', 'data-testid': 'language-picker' });
  for (const l of ['en', 'vi', 'ja', 'zh-CN', 'ko'] as const) {
    select.append(h('option', { value: l, lang: l, selected: l === lang }, i18n.t(`language.native.${l}`)));
  }
  select.addEventListener('change', () => change(select.value as Language));
  return h('div', { class: 'language-picker' }, h('label', { for: 'language-picker' }, i18n.t('menu.language')), select);
}
