/**
 * One scenario in the menu: a card with the face of the customer you will meet and the channel's
 * icon, to open it; or, for a file with errors, a card that lists the problems so the trainer can
 * fix them. The scenario maps are on the trainers' page, not here: they show the best replies.
 */
import { portraitOf, type Principle } from '../../engine/index.ts';
import type { ScenarioBest } from '../../engine/progress/index.ts';
import type { CatalogEntry } from '../../engine/index.ts';
import { bestLine } from '../progress/best-line.ts';
import { formatList, h, button } from '../dom.ts';
import { moodBand } from '../../engine/index.ts';
import { portraitPath } from '../../engine/scenario/portrait-frames.ts';
import { channelIcon } from './channel-icon.ts';
import { diagnosticList } from '../diagnostic-list.ts';
import { textOf } from '../scenario-text.ts';
import type { ScreenContext } from '../screen.ts';

export interface CardActions {
  open(id: string): void;
}

/**
 * The customer's face at their starting mood: decorative (empty alt), since the title and brief
 * say who they are. Loaded lazily, after the cards' text.
 */
function face(e: CatalogEntry): HTMLElement {
  const band = moodBand(e.mood ?? 50);
  const src = `${import.meta.env.BASE_URL}${portraitPath(portraitOf(e), `${band}-rest`)}`;
  return h('img', {
    class: 'scenario-face',
    src,
    alt: '',
    width: 64,
    height: 64,
    loading: 'lazy',
    decoding: 'async',
    'data-testid': 'scenario-face',
    'data-portrait': portraitOf(e),
  });
}

/** The learner's record on a scenario, once progress has loaded. */
export interface CardRecord {
  readonly best: ScenarioBest | undefined;
  /** The principle it is suggested for, when it is the scenario to play next. */
  readonly suggestedFor?: Principle;
}

/** `pending`: the learner's record is on its way; a blank line keeps its place, so nothing shifts. */
export function playableCard(ctx: ScreenContext, e: CatalogEntry, actions: CardActions, record?: CardRecord | 'pending'): HTMLElement {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  const title = textOf({ source: e.source ?? 'en' }, e.title ?? {}, lang) || e.id;
  const titleLang = e.title?.[lang] !== undefined ? lang : (e.source ?? 'en');
  const langs = formatList(
    i18n.language,
    (e.languages ?? []).map((l) => t(`language.${l}`)),
  );
  const open = button(
    { class: 'scenario-open', 'data-testid': 'open-scenario', 'data-scenario': e.id, lang: titleLang },
    () => actions.open(e.id),
    title,
  );
  return h(
    'li',
    { class: `scenario-card channel-${e.channel}`, 'data-testid': 'scenario', 'data-scenario': e.id, 'data-available': 'true' },
    face(e),
    h('h3', {}, open),
    h(
      'p',
      { class: 'scenario-meta' },
      h(
        'span',
        { class: 'channel', 'data-testid': 'scenario-channel', 'data-channel': e.channel ?? 'phone' },
        channelIcon(e.channel ?? 'phone'),
        t(`channel.${e.channel ?? 'phone'}`),
      ),
      ' · ',
      h(
        'span',
        { class: 'difficulty', title: t('menu.difficultyLabel', { level: e.difficulty ?? 1 }) },
        t(`difficulty.${e.difficulty ?? 1}`),
      ),
      e.focus?.length ? ' · ' : null,
      e.focus?.length
        ? h(
            'span',
            { class: 'focus' },
            formatList(
              i18n.language,
              e.focus.map((p) => t(`principle.${p}`)),
            ),
          )
        : null,
    ),
    h('p', { class: 'scenario-languages' }, t('menu.languages', { list: langs })),
    record === 'pending' ? h('p', { class: 'scenario-record', 'aria-hidden': 'true' }, '\u00a0') : record ? recordLine(ctx, record) : null,
  );
}

/** "82% · Resolved · 3 tries", led by "Suggested next" on the scenario to play next. */
export function recordLine(ctx: ScreenContext, r: CardRecord): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  return h(
    'p',
    { class: 'scenario-record', 'data-testid': 'scenario-record', 'data-played': String(!!r.best) },
    r.suggestedFor === undefined
      ? null
      : h(
          'strong',
          { class: 'suggested', 'data-testid': 'suggested' },
          t('menu.suggested', { principle: t(`principle.${r.suggestedFor}`) }),
        ),
    r.suggestedFor === undefined ? null : ' ',
    bestLine(ctx.i18n, r.best),
  );
}

export function unavailableCard(ctx: ScreenContext, e: CatalogEntry): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const problems = diagnosticList(
    ctx.i18n,
    e.diagnostics.filter((x) => x.severity === 'error'),
  );
  return h(
    'li',
    { class: 'scenario-card unavailable', 'data-testid': 'scenario', 'data-scenario': e.id, 'data-available': 'false' },
    h('h3', {}, e.id),
    h('p', { class: 'unavailable-note' }, t('menu.unavailable', { file: e.file })),
    problems,
  );
}
