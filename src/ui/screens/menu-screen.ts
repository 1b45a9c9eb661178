/**
 * The scenario menu: every scenario with its title, channel, difficulty and languages, filters by
 * channel, difficulty, language and principle, and the settings. A scenario with errors is listed
 * as unavailable with its diagnostics; every other one still plays. Once the learner's progress
 * has loaded, each card says how they did and the one to play next is marked.
 */
import { CHANNELS, LANGUAGES, PRINCIPLES, type Language } from '../../engine/index.ts';
import type { ProgressSummary } from '../../engine/progress/index.ts';
import type { CatalogEntry } from '../../engine/index.ts';
import { h, button } from '../dom.ts';
import { languageOption } from '../language-option.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';
import { playableCard, recordLine, unavailableCard } from './menu-cards.ts';

export interface MenuActions {
  open(id: string): void;
  /** The trainers' page: scenario maps, a file from disk, the cohort view. */
  trainers(): void;
  changeLanguage(lang: Language): void;
  settings(): void;
  progress(): void;
  /** The learner changed a filter (kept in the address, so Back and a reload keep it). */
  filter(filters: MenuFilters): void;
}

/** The learner's summary, or undefined when there is none to show (no store, or it failed). */
export type MenuProgress = Promise<ProgressSummary | undefined>;

export type FilterKey = 'channel' | 'difficulty' | 'language' | 'principle';
/** The menu's filters; a missing key shows every scenario. */
export type MenuFilters = Partial<Record<FilterKey, string>>;

/** The values each filter offers: channels, difficulties 1–3, languages, principles. */
export const FILTER_VALUES = {
  channel: CHANNELS,
  difficulty: ['1', '2', '3'],
  language: LANGUAGES,
  principle: PRINCIPLES,
} as const satisfies Record<FilterKey, readonly string[]>;

function matches(e: CatalogEntry, f: Record<FilterKey, string>): boolean {
  if (!e.playable) return f.channel === '' && f.difficulty === '' && f.language === '' && f.principle === '';
  return (
    (f.channel === '' || e.channel === f.channel) &&
    (f.difficulty === '' || String(e.difficulty) === f.difficulty) &&
    (f.language === '' || (e.languages ?? []).includes(f.language as Language)) &&
    (f.principle === '' || (e.focus ?? []).includes(f.principle as never))
  );
}

/** `start`: the filters to show first (from the address). */
export function showMenu(
  ctx: ScreenContext,
  entries: readonly CatalogEntry[],
  actions: MenuActions,
  learner?: MenuProgress,
  start: MenuFilters = {},
): Cleanup {
  const { i18n } = ctx;
  const t = i18n.t.bind(i18n);
  const filters: Record<FilterKey, string> = { channel: '', difficulty: '', language: '', principle: '', ...start };
  const list = h('ul', { class: 'scenario-list', 'data-testid': 'scenario-list' });
  const count = h('p', { class: 'filter-count', role: 'status', 'data-testid': 'filter-count' });
  // The learner's summary once it has come; 'pending' until then; undefined when there is none.
  let known: ProgressSummary | 'pending' | undefined = learner && 'pending';
  const recordOf = (id: string) =>
    known === 'pending'
      ? known
      : known && {
          best: known.scenarios.find((s) => s.scenarioId === id),
          ...(known.next?.scenarioId === id ? { suggestedFor: known.next.principle } : {}),
        };
  const redraw = () => {
    const shown = entries.filter((e) => matches(e, filters));
    list.replaceChildren(...shown.map((e) => (e.playable ? playableCard(ctx, e, actions, recordOf(e.id)) : unavailableCard(ctx, e))));
    count.textContent = shown.length ? t('menu.count', { count: shown.filter((e) => e.playable).length }) : t('menu.none');
  };
  // The options are FILTER_VALUES, the same list an address's filters are checked against.
  const select = <K extends FilterKey>(key: K, label: string, optionLabel: (value: (typeof FILTER_VALUES)[K][number]) => string) => {
    const id = `filter-${key}`;
    const values: readonly (typeof FILTER_VALUES)[K][number][] = FILTER_VALUES[key];
    const el = h(
      'select',
      { id, 'data-testid': id },
      h('option', { value: '' }, t('menu.any')),
      ...values.map((v) => h('option', { value: v }, optionLabel(v))),
    );
    el.value = filters[key];
    el.addEventListener('change', () => {
      filters[key] = el.value;
      redraw();
      actions.filter(Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')));
    });
    return h('p', { class: 'filter' }, h('label', { for: id }, label), el);
  };
  const filterBar = h(
    'div',
    { class: 'filters', role: 'group', 'aria-label': t('menu.filters') },
    select('channel', t('menu.filterChannel'), (v) => t(`channel.${v}`)),
    select('difficulty', t('menu.filterDifficulty'), (v) => t(`difficulty.${v}`)),
    select('language', t('menu.filterLanguage'), (v) => t(`language.${v}`)),
    select('principle', t('menu.filterPrinciple'), (v) => t(`principle.${v}`)),
  );
  const settings = button({ class: 'secondary', 'data-testid': 'open-settings' }, () => actions.settings(), t('menu.settings'));
  // One way in for trainers: their tools give the answers away, so they stay off the learner's path.
  const trainers = h(
    'p',
    { class: 'trainers-entry' },
    button({ class: 'secondary small', 'data-testid': 'open-trainers' }, () => actions.trainers(), t('menu.trainers')),
  );
  const progress = button({ class: 'secondary', 'data-testid': 'open-progress' }, () => actions.progress(), t('progress.open'));
  const screen = h(
    'section',
    { class: 'screen menu-screen', 'data-testid': 'menu', 'aria-labelledby': 'menu-title' },
    h(
      'div',
      { class: 'menu-head' },
      h('h1', { id: 'menu-title' }, t('menu.title')),
      h('div', { class: 'menu-tools' }, languagePicker(ctx, actions.changeLanguage), progress, settings),
    ),
    h('p', { class: 'lead' }, t('menu.lead')),
    h('h2', { class: 'visually-hidden' }, t('menu.scenarios')),
    filterBar,
    count,
    list,
    trainers,
  );
  redraw();
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  let left = false;
  // A summary that cannot be read is reported by whoever made it; the cards stay without records.
  learner?.then(
    (s) => {
      if (left) return;
      known = s;
      if (!s) {
        for (const blank of list.querySelectorAll('.scenario-record')) blank.remove();
        return;
      }
      // Filled into the cards' blank lines, not redrawn: keyboard focus stays, the page barely moves.
      for (const card of list.querySelectorAll<HTMLElement>('[data-testid=scenario][data-available=true]')) {
        const record = recordOf(card.dataset['scenario'] ?? '');
        if (record && record !== 'pending') card.querySelector('.scenario-record')?.replaceWith(recordLine(ctx, record));
      }
    },
    () => {
      if (!left) for (const blank of list.querySelectorAll('.scenario-record')) blank.remove();
    },
  );
  return () => {
    left = true;
    screen.remove();
  };
}

/**
 * A labelled select of the five languages, each named in its own language. The other languages
 * join the current one once the page has painted, one a frame: a select is as wide as its widest
 * option, so every name is measured, and the first Vietnamese, Japanese, Chinese and Korean text
 * each looks up its font. Before the menu showed, that held it back; in one task after it, it held
 * a phone's page for about 200 ms (4× CPU: blocking time after first paint, median of 10, 49 to 24 ms).
 */
export function languagePicker(ctx: ScreenContext, change: (lang: Language) => void): HTMLElement {
  const { i18n, lang } = ctx;
  const option = (l: Language) => languageOption(i18n, l, l === lang);
  const select = h('select', { id: 'language-picker', 'data-testid': 'language-picker' }, option(lang));
  const rest = LANGUAGES.filter((l) => l !== lang);
  // Each in its place in LANGUAGES order; a choice made meanwhile draws the menu again.
  const addNext = (): void => {
    const l = rest.shift();
    if (!l) return;
    const next = [...select.options].find((o) => LANGUAGES.indexOf(o.value as Language) > LANGUAGES.indexOf(l));
    select.insertBefore(option(l), next ?? null);
    if (ctx.painted) requestAnimationFrame(addNext);
    else addNext();
  };
  const later = () => requestAnimationFrame(addNext);
  if (ctx.painted) ctx.painted().then(later, later);
  else addNext();
  select.addEventListener('change', () => change(select.value as Language));
  return h('p', { class: 'language-picker' }, h('label', { for: 'language-picker' }, i18n.t('menu.language')), select);
}
