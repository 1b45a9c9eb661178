/**
 * The learner's progress: what to play next and why, where they stand on each principle, the
 * badges to work towards, each principle over time, their first try against their latest on each
 * scenario, the best result per scenario, every attempt, who is learning on this device, and the
 * backup. Everything is measured against the best paths (see engine/progress/yardstick.ts).
 */
import type { AttemptRecord, Profile, ProgressSummary, SetAside } from '../../engine/progress/index.ts';
import type { CatalogEntry } from '../../engine/index.ts';
import { h, button } from '../dom.ts';
import { textOf } from '../scenario-text.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';
import { attemptList } from './attempt-list.ts';
import { badgeList } from './badge-list.ts';
import { bestLine } from './best-line.ts';
import { growthList } from './growth-list.ts';
import { masteryList } from './mastery-list.ts';
import { overTimeChart } from './over-time.ts';
import { recommendText } from './recommend-text.ts';
import { transferPanel, type TransferActions } from './transfer-panel.ts';

export interface ProgressData {
  readonly profile: Profile;
  readonly profiles: readonly Profile[];
  /** This learner's attempts, measured against today's best paths. */
  readonly attempts: readonly AttemptRecord[];
  readonly summary: ProgressSummary;
  readonly storage: 'indexeddb' | 'memory';
  readonly problems: readonly SetAside[];
}

export interface ProgressActions extends TransferActions {
  switchProfile(id: string): void;
  newProfile(name: string): void;
  rename(name: string): void;
  open(scenarioId: string): void;
  back(): void;
}

function learners(ctx: ScreenContext, data: ProgressData, actions: ProgressActions): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const who = h(
    'select',
    { id: 'profile-select', 'data-testid': 'profile-select' },
    ...data.profiles.map((p) => h('option', { value: p.id, selected: p.id === data.profile.id }, p.name)),
  );
  who.addEventListener('change', () => actions.switchProfile(who.value));
  const nameInput = h('input', { type: 'text', id: 'profile-name', maxlength: 60, autocomplete: 'off', 'data-testid': 'profile-name' });
  const named = (then: (name: string) => void) => () => void (nameInput.value.trim() && then(nameInput.value));
  return h(
    'div',
    { class: 'profiles' },
    h('p', { class: 'filter' }, h('label', { for: 'profile-select' }, t('progress.learner')), who),
    h('p', { class: 'filter' }, h('label', { for: 'profile-name' }, t('progress.name')), nameInput),
    button(
      { class: 'secondary', 'data-testid': 'new-profile' },
      named((n) => actions.newProfile(n)),
      t('progress.newLearner'),
    ),
    button(
      { class: 'secondary', 'data-testid': 'rename-profile' },
      named((n) => actions.rename(n)),
      t('progress.rename'),
    ),
  );
}

export function showProgress(ctx: ScreenContext, entries: readonly CatalogEntry[], data: ProgressData, actions: ProgressActions): Cleanup {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  const titleOf = (id: string) => {
    const e = entries.find((x) => x.id === id);
    return e?.title ? textOf({ source: e.source ?? 'en' }, e.title, lang) : id;
  };
  // A part that cannot be drawn says so and why; the rest, the backup above all, still shows.
  const shown = (draw: () => HTMLElement | null): HTMLElement | null => {
    try {
      return draw();
    } catch (e) {
      return h(
        'p',
        { class: 'notice', role: 'alert', 'data-testid': 'part-unshown' },
        t('progress.partUnshown', { reason: e instanceof Error ? e.message : String(e) }),
      );
    }
  };
  const section = (id: string, title: string, body: () => HTMLElement | null) =>
    h('section', { class: `progress-part part-${id}`, 'aria-labelledby': `part-${id}` }, h('h2', { id: `part-${id}` }, title), shown(body));

  const recommend = () => {
    const next = data.summary.next;
    return next
      ? h(
          'div',
          { class: 'recommend', 'data-testid': 'recommend', 'data-scenario': next.scenarioId, 'data-principle': next.principle },
          h('p', { class: 'recommend-label' }, t('progress.nextTitle')),
          h('p', { 'data-testid': 'recommend-text' }, recommendText(i18n, next, titleOf(next.scenarioId))),
          button({ class: 'primary', 'data-testid': 'play-recommended' }, () => actions.open(next.scenarioId), t('progress.playNext')),
        )
      : null;
  };

  const grid = () =>
    h(
      'ul',
      { class: 'scenario-grid', 'data-testid': 'scenario-grid' },
      ...entries
        .filter((e) => e.playable)
        .map((e) => {
          const best = data.summary.scenarios.find((s) => s.scenarioId === e.id);
          return h(
            'li',
            { class: 'grid-cell', 'data-testid': 'grid-cell', 'data-scenario': e.id, 'data-played': String(!!best) },
            h('strong', {}, titleOf(e.id)),
            h('span', {}, bestLine(i18n, best)),
          );
        }),
    );

  const warnings = [
    data.storage === 'memory'
      ? h('p', { class: 'notice', role: 'alert', 'data-testid': 'storage-memory' }, t('progress.memoryOnly'))
      : null,
    data.problems.length
      ? h(
          'div',
          { class: 'notice', role: 'alert', 'data-testid': 'storage-problems' },
          h('p', {}, t('progress.setAside', { count: data.problems.length })),
          h(
            'ul',
            {},
            ...data.problems.map((p) =>
              h(
                'li',
                {},
                t('progress.setAsideRecord', { what: t(`progress.recordKind.${p.store}`), key: p.key }),
                ' ',
                h('span', { lang: 'en' }, p.reason),
              ),
            ),
          ),
        )
      : null,
  ];

  const channels = entries.flatMap((e) => (e.playable && e.channel ? [e.channel] : []));
  let dispose = () => {};
  const chart = () => {
    const c = overTimeChart(i18n, data.summary, titleOf);
    dispose = () => c.dispose();
    return c.element;
  };
  const screen = h(
    'section',
    { class: 'screen progress-screen', 'data-testid': 'progress', 'aria-labelledby': 'progress-title' },
    h('h1', { id: 'progress-title' }, t('progress.title', { name: data.profile.name })),
    ...warnings,
    learners(ctx, data, actions),
    shown(recommend),
    section('standing', t('progress.mastery'), () => masteryList(i18n, data.summary)),
    section('badges', t('progress.badges'), () => badgeList(i18n, data.summary.badges, channels)),
    section('over-time', t('progress.overTime'), chart),
    section('growth', t('progress.growth'), () => growthList(i18n, data.summary.scenarios, titleOf)),
    section('by-scenario', t('progress.byScenario'), grid),
    section('attempts', t('progress.attempts'), () => attemptList(i18n, data.attempts, titleOf)),
    transferPanel(i18n, actions),
    h(
      'div',
      { class: 'actions' },
      button({ class: 'secondary', 'data-testid': 'back' }, () => actions.back(), t('common.backToMenu')),
    ),
  );
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  return () => {
    dispose();
    screen.remove();
  };
}
