/**
 * The learner's progress: who is practising (profiles), each principle over time, mastery badges,
 * the best result per scenario, the recommended next scenario aimed at the weakest principle, every
 * attempt, and the export (the backup) and import of it all.
 */
import { PRINCIPLES } from '../../engine/index.ts';
import type { AttemptRecord, Profile, ProgressSummary, SetAside } from '../../engine/progress/index.ts';
import type { CatalogEntry } from '../../app/catalog.ts';
import { h, button } from '../dom.ts';
import { textOf } from '../scenario-text.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';
import { attemptList } from './attempt-list.ts';
import { progressChart } from './chart.ts';
import { transferPanel, type TransferActions } from './transfer-panel.ts';
import { bestLine, percentFormat } from './best-line.ts';

export interface ProgressData {
  readonly profile: Profile;
  readonly profiles: readonly Profile[];
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

export function showProgress(ctx: ScreenContext, entries: readonly CatalogEntry[], data: ProgressData, actions: ProgressActions): Cleanup {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  const pct = percentFormat(i18n);
  const titleOf = (id: string) => {
    const e = entries.find((x) => x.id === id);
    return e?.title ? textOf({ source: e.source ?? 'en' }, e.title, lang) : id;
  };
  const action = (label: string, testId: string, onClick: () => void, cls = 'secondary') => button({ class: cls, 'data-testid': testId }, onClick, label);

  const who = h('select', { id: 'profile-select', 'data-testid': 'profile-select' }, ...data.profiles.map((p) => h('option', { value: p.id, selected: p.id === data.profile.id }, p.name)));
  who.addEventListener('change', () => actions.switchProfile(who.value));
  const nameInput = h('input', { type: 'text', id: 'profile-name', maxlength: 60, autocomplete: 'off', 'data-testid': 'profile-name' });
  const profiles = h(
    'div',
    { class: 'profiles' },
    h('p', { class: 'filter' }, h('label', { for: 'profile-select' }, t('progress.learner')), who),
    h('p', { class: 'filter' }, h('label', { for: 'profile-name' }, t('progress.name')), nameInput),
    action(t('progress.newLearner'), 'new-profile', () => nameInput.value.trim() && actions.newProfile(nameInput.value)),
    action(t('progress.rename'), 'rename-profile', () => nameInput.value.trim() && actions.rename(nameInput.value)),
  );

  const badges = h('ul', { class: 'badges' }, ...PRINCIPLES.map((p) => {
    const m = data.summary.mastery[p];
    return h('li', { class: `badge badge-${m.level}`, 'data-testid': `badge-${p}`, 'data-level': m.level }, h('strong', {}, t(`principle.${p}`)), ' ', t(`progress.level.${m.level}`), m.recentMean === null ? '' : ` · ${pct.format(m.recentMean)}`);
  }));

  const next = data.summary.next;
  const recommend = next
    ? h('div', { class: 'recommend', 'data-testid': 'recommend', 'data-scenario': next.scenarioId }, h('p', {}, t(`progress.next.${next.reason}`, { title: titleOf(next.scenarioId), principle: t(`principle.${next.principle}`) })), action(t('progress.playNext'), 'play-recommended', () => actions.open(next.scenarioId), 'primary'))
    : null;

  const grid = h('ul', { class: 'scenario-grid', 'data-testid': 'scenario-grid' }, ...entries.filter((e) => e.playable).map((e) => {
    const best = data.summary.scenarios.find((s) => s.scenarioId === e.id);
    return h('li', { class: 'grid-cell', 'data-testid': 'grid-cell', 'data-scenario': e.id, 'data-played': String(!!best) }, h('strong', {}, titleOf(e.id)), h('span', {}, bestLine(i18n, pct, best)));
  }));

  const warnings = [
    data.storage === 'memory' ? h('p', { class: 'notice', role: 'alert', 'data-testid': 'storage-memory' }, t('progress.memoryOnly')) : null,
    data.problems.length ? h('div', { class: 'notice', role: 'alert', 'data-testid': 'storage-problems' }, h('p', {}, t('progress.setAside', { count: data.problems.length })), h('ul', {}, ...data.problems.map((p) => h('li', {}, t('progress.setAsideRecord', { what: t(`progress.recordKind.${p.store}`), key: p.key }), ' ', h('span', { lang: 'en' }, p.reason))))) : null,
  ];

  const screen = h(
    'section',
    { class: 'screen progress-screen', 'data-testid': 'progress', 'aria-labelledby': 'progress-title' },
    h('h1', { id: 'progress-title' }, t('progress.title', { name: data.profile.name })),
    ...warnings,
    profiles,
    h('h2', {}, t('progress.mastery')),
    badges,
    recommend,
    h('h2', {}, t('progress.overTime')),
    progressChart(i18n, data.summary.series),
    h('h2', {}, t('progress.byScenario')),
    grid,
    h('h2', {}, t('progress.attempts')),
    attemptList(i18n, data.attempts, titleOf),
    transferPanel(i18n, actions),
    h('div', { class: 'actions' }, action(t('common.backToMenu'), 'back', () => actions.back())),
  );
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  return () => screen.remove();
}
