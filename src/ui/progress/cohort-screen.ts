/**
 * The trainer's view of a cohort: load several learners' export files and see who practised what,
 * the average and spread per principle, and the decisions most often gotten wrong.
 */
import { getNode, PRINCIPLES, type Scenario } from '../../engine/index.ts';
import type { CohortReport } from '../../engine/progress/index.ts';
import { h, button } from '../dom.ts';
import { scenarioText } from '../scenario-text.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';
import { refusalText, type BackupRefusal } from './refusal-text.ts';

export interface CohortActions {
  load(files: File[]): void;
  back(): void;
}

export interface CohortView {
  readonly report?: CohortReport;
  /** Files refused, each with why. */
  readonly refused: readonly { readonly file: string; readonly refusal: BackupRefusal }[];
  readonly scenarios: ReadonlyMap<string, Scenario>;
}

export function showCohort(ctx: ScreenContext, view: CohortView, actions: CohortActions): Cleanup {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const title = (id: string) => {
    const s = view.scenarios.get(id);
    return s ? scenarioText(i18n, s, s.title, lang) : h('span', {}, id);
  };
  const input = h('input', { type: 'file', id: 'cohort-files', multiple: true, accept: '.json,application/json', class: 'file-input', 'data-testid': 'cohort-files' });
  input.addEventListener('change', () => actions.load([...(input.files ?? [])]));
  const back = button({ class: 'secondary', 'data-testid': 'back' }, () => actions.back(), t('common.backToMenu'));
  const r = view.report;
  const body: (HTMLElement | null)[] = [];
  if (view.refused.length) body.push(h('div', { class: 'notice', role: 'alert', 'data-testid': 'cohort-refused' }, h('ul', {}, ...view.refused.map((x) => h('li', {}, `${x.file}: ${refusalText(i18n, x.refusal)}`)))));
  if (r) {
    body.push(
      h('p', { 'data-testid': 'cohort-learners' }, t('cohort.learners', { count: r.learners.length, list: r.learners.join(', ') })),
      h('table', { class: 'scores', 'data-testid': 'cohort-principles' }, h('caption', {}, t('cohort.principles')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('debrief.principle')), h('th', { scope: 'col' }, t('cohort.mean')), h('th', { scope: 'col' }, t('cohort.spread')), h('th', { scope: 'col' }, t('cohort.n')))),
        h('tbody', {}, ...PRINCIPLES.map((p) => { const s = r.principles[p]; return h('tr', { 'data-testid': `cohort-${p}` }, h('th', { scope: 'row' }, t(`principle.${p}`)), h('td', {}, s.mean === null ? '—' : pct.format(s.mean)), h('td', {}, s.sd === null ? '—' : `± ${pct.format(s.sd)}`), h('td', {}, String(s.n))); }))),
      h('table', { class: 'scores', 'data-testid': 'cohort-practice' }, h('caption', {}, t('cohort.practice')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('cohort.learner')), h('th', { scope: 'col' }, t('cohort.scenario')), h('th', { scope: 'col' }, t('cohort.tries')), h('th', { scope: 'col' }, t('cohort.best')))),
        h('tbody', {}, ...r.practice.map((row) => h('tr', {}, h('th', { scope: 'row' }, row.learner), h('td', {}, title(row.scenarioId)), h('td', {}, String(row.attempts)), h('td', {}, row.bestRatio === null ? '—' : pct.format(row.bestRatio)))))),
      h('h2', {}, t('cohort.mistakes')),
      r.mistakes.length ? h('ol', { class: 'mistakes', 'data-testid': 'cohort-mistakes' }, ...r.mistakes.slice(0, 15).map((m) => {
        const s = view.scenarios.get(m.scenarioId);
        const node = s ? getNode(s, m.nodeId) : undefined;
        const wrong = node?.kind === 'decision' ? node.choices.find((c) => c.id === m.commonWrongChoiceId) : undefined;
        return h('li', { 'data-testid': 'cohort-mistake' }, title(m.scenarioId), ' · ', m.nodeId, ': ', t('cohort.wrong', { wrong: m.wrong, reached: m.reached, learners: m.learners }),
          s && node ? h('p', { class: 'said-customer' }, scenarioText(i18n, s, node.customer, lang)) : null,
          s && wrong ? h('p', {}, t('cohort.common'), ' ', scenarioText(i18n, s, wrong.text, lang), ` (${m.commonWrongCount})`) : null);
      })) : h('p', {}, t('cohort.noMistakes')),
    );
  }
  const screen = h('section', { class: 'screen cohort-screen', 'data-testid': 'cohort', 'aria-labelledby': 'cohort-title' },
    h('h1', { id: 'cohort-title' }, t('cohort.title')),
    h('p', { class: 'lead' }, t('cohort.lead')),
    h('p', { class: 'file-tool' }, h('label', { for: 'cohort-files', class: 'button-like secondary' }, t('cohort.load')), input),
    ...body,
    h('div', { class: 'actions' }, back));
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  return () => screen.remove();
}
