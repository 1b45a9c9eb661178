/**
 * The trainer's view of a cohort: load several progress files (learners' exports or whole devices'
 * backups) and see who practised what, the average and spread per principle, and, decision by
 * decision, the share of learners who chose each reply, in the UI language, sortable by where
 * learners go wrong most.
 */
import { PRINCIPLES, type Scenario } from '../../engine/index.ts';
import type { CohortReport } from '../../engine/progress/index.ts';
import { h, button } from '../dom.ts';
import { scenarioText } from '../scenario-text.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';
import { percentFormat, shareText } from './best-line.ts';
import { decisionList, type DecisionOrder } from './decision-list.ts';
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

function tables(ctx: ScreenContext, view: CohortView, r: CohortReport): HTMLElement[] {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  const pct = percentFormat(i18n);
  const title = (id: string) => {
    const s = view.scenarios.get(id);
    return s ? scenarioText(i18n, s, s.title, lang) : h('span', {}, id);
  };
  const label = new Map(r.learners.map((l) => [l.id, l.label]));
  const th = (text: string) => h('th', { scope: 'col' }, text);
  return [
    h(
      'p',
      { 'data-testid': 'cohort-learners' },
      t('cohort.learners', { count: r.learners.length, list: r.learners.map((l) => l.label).join(', ') }),
    ),
    h(
      'table',
      { class: 'scores', 'data-testid': 'cohort-principles' },
      h('caption', {}, t('cohort.principles')),
      h('thead', {}, h('tr', {}, th(t('debrief.principle')), th(t('cohort.mean')), th(t('cohort.spread')), th(t('cohort.n')))),
      h(
        'tbody',
        {},
        ...PRINCIPLES.map((p) => {
          const s = r.principles[p];
          return h(
            'tr',
            { 'data-testid': `cohort-${p}` },
            h('th', { scope: 'row' }, t(`principle.${p}`)),
            h('td', {}, s.mean === null ? '\u2014' : pct.format(s.mean)),
            h('td', {}, s.sd === null ? '\u2014' : `± ${pct.format(s.sd)}`),
            h('td', {}, String(s.n)),
          );
        }),
      ),
    ),
    h(
      'table',
      { class: 'scores', 'data-testid': 'cohort-practice' },
      h('caption', {}, t('cohort.practice')),
      h('thead', {}, h('tr', {}, th(t('cohort.learner')), th(t('cohort.scenario')), th(t('cohort.tries')), th(t('cohort.best')))),
      h(
        'tbody',
        {},
        ...r.practice.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, label.get(row.learnerId) ?? row.learnerId),
            h('td', {}, title(row.scenarioId)),
            h('td', {}, String(row.attempts)),
            h('td', {}, shareText(i18n, pct, row.best)),
          ),
        ),
      ),
    ),
  ];
}

export function showCohort(ctx: ScreenContext, view: CohortView, actions: CohortActions): Cleanup {
  const { i18n } = ctx;
  const t = i18n.t.bind(i18n);
  const input = h('input', {
    type: 'file',
    id: 'cohort-files',
    multiple: true,
    accept: '.json,application/json',
    class: 'file-input',
    'data-testid': 'cohort-files',
  });
  // Said at once: large files take seconds to check, a slice at a time; the report replaces this screen.
  const status = h('p', { class: 'transfer-status', role: 'status', 'aria-busy': 'false', 'data-testid': 'cohort-status' });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    if (!files.length) return;
    status.textContent = t('cohort.loading', { count: files.length });
    status.setAttribute('aria-busy', 'true');
    actions.load(files);
  });
  const back = button({ class: 'secondary', 'data-testid': 'back' }, () => actions.back(), t('common.backToMenu'));
  const r = view.report;
  const body: (HTMLElement | null)[] = [];
  if (view.refused.length)
    body.push(
      h(
        'div',
        { class: 'notice', role: 'alert', 'data-testid': 'cohort-refused' },
        h('ul', {}, ...view.refused.map((x) => h('li', {}, `${x.file}: ${refusalText(i18n, x.refusal)}`))),
      ),
    );
  if (r) {
    const order = h(
      'select',
      { id: 'decision-order', 'data-testid': 'decision-order' },
      ...(['wrong', 'reached', 'file'] as const).map((o) => h('option', { value: o }, t(`cohort.order.${o}`))),
    );
    let list = decisionList(ctx, view, r.decisions, 'wrong');
    order.addEventListener('change', () => {
      const next = decisionList(ctx, view, r.decisions, order.value as DecisionOrder);
      list.replaceWith(next);
      list = next;
    });
    body.push(
      ...tables(ctx, view, r),
      h('h2', {}, t('cohort.answers')),
      h('p', { class: 'lead' }, t('cohort.answersLead')),
      h('p', { class: 'filter' }, h('label', { for: 'decision-order' }, t('cohort.orderLabel')), order),
      list,
    );
  }
  const screen = h(
    'section',
    { class: 'screen cohort-screen', 'data-testid': 'cohort', 'aria-labelledby': 'cohort-title' },
    h('h1', { id: 'cohort-title' }, t('cohort.title')),
    h('p', { class: 'lead' }, t('cohort.lead')),
    h('p', { class: 'file-tool' }, h('label', { for: 'cohort-files', class: 'button-like secondary' }, t('cohort.load')), input),
    status,
    ...body,
    h('div', { class: 'actions' }, back),
  );
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  return () => screen.remove();
}
