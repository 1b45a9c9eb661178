/**
 * The chart's numbers as a table, for everyone: one row per attempt with its date, scenario and
 * share on each principle (points lost below zero included). The latest ATTEMPTS_PAGE rows come
 * first; "Show earlier" adds the page before, so thousands of attempts cost no more than fifty.
 */
import { PRINCIPLES } from '../../engine/index.ts';
import { ATTEMPTS_PAGE } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { button, h } from '../dom.ts';
import { percentFormat, shareText } from './best-line.ts';
import type { Column } from './over-time-plot.ts';

export function overTimeTable(i18n: I18n, cols: readonly Column[], titleOf: (id: string) => string): HTMLElement {
  const t = i18n.t.bind(i18n);
  const pct = percentFormat(i18n);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const th = (text: string) => h('th', { scope: 'col' }, text);
  const row = (c: Column) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, String(c.attempt)),
      h('td', {}, date.format(c.at)),
      h('td', {}, titleOf(c.scenarioId)),
      ...PRINCIPLES.map((p) => h('td', {}, shareText(i18n, pct, c.points[p]))),
    );
  const body = h('tbody', {});
  let first = cols.length;
  const earlier = button({ class: 'secondary small', 'data-testid': 'over-time-earlier' }, () => showFrom(first - ATTEMPTS_PAGE), '');
  const showFrom = (from: number) => {
    const start = Math.max(0, from);
    body.prepend(...cols.slice(start, first).map(row));
    first = start;
    earlier.textContent = t('progress.showEarlier', { count: Math.min(ATTEMPTS_PAGE, first) });
    earlier.hidden = first === 0;
  };
  showFrom(cols.length - ATTEMPTS_PAGE);
  const table = h(
    'table',
    { class: 'scores chart-table', 'data-testid': 'over-time-table' },
    h('caption', {}, t('progress.chartTable')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        th(t('progress.axisAttempt')),
        th(t('progress.date')),
        th(t('cohort.scenario')),
        ...PRINCIPLES.map((p) => th(t(`principle.${p}`))),
      ),
    ),
    body,
  );
  return h('div', { class: 'chart-table-wrap' }, earlier, table);
}
