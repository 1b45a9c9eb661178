/**
 * Each principle over time: one line per principle across every attempt, the x axis numbering the
 * attempts with their dates, the y axis the share of the best path (never below 0 %), and a
 * tooltip naming the scenario of the attempt under the pointer. Drawn with uPlot, loaded only
 * here; the same numbers are in a table (with the points lost below zero) for everyone.
 */
import type uPlotType from 'uplot';
import { PRINCIPLES, type Principle } from '../../engine/index.ts';
import type { ProgressSummary, SeriesPoint } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { button, h } from '../dom.ts';
import { percentFormat, shareText } from './best-line.ts';

/** The principles' colours (the legend's swatches use the same, from the stylesheet). */
const COLOURS: Record<Principle, string> = { listen: '#6ad49b', empathy: '#ffb347', honesty: '#7fb2ff', calm: '#e59bd9' };
const AXIS = '#b4c0d0';
const GRID = '#33405a';

/** One attempt on the x axis: its number, date and scenario, and its point per principle. */
interface Column {
  readonly attempt: number;
  readonly at: number;
  readonly scenarioId: string;
  readonly points: Partial<Record<Principle, SeriesPoint>>;
}

function columns(summary: ProgressSummary): Column[] {
  const byAttempt = new Map<number, { attempt: number; at: number; scenarioId: string; points: Partial<Record<Principle, SeriesPoint>> }>();
  for (const p of PRINCIPLES) {
    for (const point of summary.series[p]) {
      const c = byAttempt.get(point.attempt) ?? { attempt: point.attempt, at: point.at, scenarioId: point.scenarioId, points: {} };
      c.points[p] = point;
      byAttempt.set(point.attempt, c);
    }
  }
  return [...byAttempt.values()].sort((a, b) => a.attempt - b.attempt);
}

function table(i18n: I18n, cols: readonly Column[], titleOf: (id: string) => string): HTMLElement {
  const t = i18n.t.bind(i18n);
  const pct = percentFormat(i18n);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const th = (text: string) => h('th', { scope: 'col' }, text);
  return h(
    'table',
    { class: 'scores chart-table', 'data-testid': 'over-time-table' },
    h('caption', {}, t('progress.chartTable')),
    h('thead', {}, h('tr', {}, th(t('progress.axisAttempt')), th(t('progress.date')), th(t('cohort.scenario')), ...PRINCIPLES.map((p) => th(t(`principle.${p}`))))),
    h(
      'tbody',
      {},
      ...cols.map((c) =>
        h('tr', {}, h('th', { scope: 'row' }, String(c.attempt)), h('td', {}, date.format(c.at)), h('td', {}, titleOf(c.scenarioId)), ...PRINCIPLES.map((p) => h('td', {}, shareText(i18n, pct, c.points[p])))),
      ),
    ),
  );
}

/** The chart figure; the chart itself draws once uPlot has loaded. Call `dispose` on leaving. */
export function overTimeChart(i18n: I18n, summary: ProgressSummary, titleOf: (id: string) => string): { element: HTMLElement; dispose: () => void } {
  const t = i18n.t.bind(i18n);
  const cols = columns(summary);
  const canvas = h('div', { class: 'over-time-canvas', role: 'img', 'aria-label': t('progress.chartLabel', { count: cols.length }) });
  const shown = new Set<Principle>(PRINCIPLES);
  let plot: uPlotType | undefined;
  let gone = false;
  const toggles = PRINCIPLES.map((p, i) => {
    const b = button({ class: 'legend-toggle', 'aria-pressed': 'true', 'data-principle': p }, () => {
      if (shown.has(p)) shown.delete(p);
      else shown.add(p);
      b.setAttribute('aria-pressed', String(shown.has(p)));
      plot?.setSeries(i + 1, { show: shown.has(p) });
    }, h('span', { class: 'swatch', 'data-principle': p }), t(`principle.${p}`));
    return h('li', {}, b);
  });
  const details = h('details', { class: 'chart-details' }, h('summary', {}, t('progress.showTable')), table(i18n, cols, titleOf));
  const element = h(
    'figure',
    { class: 'progress-chart', 'data-testid': 'progress-chart', 'data-points': cols.length },
    h('ul', { class: 'legend', 'aria-label': t('progress.legend') }, ...toggles),
    canvas,
    h('figcaption', {}, t('progress.chartCaption')),
    details,
  );
  const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => plot?.setSize({ width: canvas.clientWidth, height: 260 }));
  if (cols.length) {
    void import('./uplot.ts').then(({ default: uPlot }) => {
      if (gone) return;
      plot = new uPlot(options(i18n, cols, titleOf, canvas.clientWidth), [cols.map((c) => c.attempt), ...PRINCIPLES.map((p) => cols.map((c) => (c.points[p] ? c.points[p].share * 100 : null)))], canvas);
      canvas.dataset['drawn'] = 'true';
      observer?.observe(canvas);
    });
  } else canvas.append(h('p', { class: 'hint' }, t('progress.noAttempts')));
  return {
    element,
    dispose: () => {
      gone = true;
      observer?.disconnect();
      plot?.destroy();
    },
  };
}

function options(i18n: I18n, cols: readonly Column[], titleOf: (id: string) => string, width: number): uPlotType.Options {
  const t = i18n.t.bind(i18n);
  const pct = percentFormat(i18n);
  const day = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short' });
  const byAttempt = new Map(cols.map((c) => [c.attempt, c]));
  const top = Math.max(100, ...cols.flatMap((c) => PRINCIPLES.map((p) => (c.points[p]?.share ?? 0) * 100)));
  const tip = h('div', { class: 'chart-tip', 'aria-hidden': 'true' });
  const font = '12px system-ui, sans-serif';
  return {
    width: Math.max(280, width),
    height: 260,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { size: 9 } },
    scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] }, y: { range: [0, Math.ceil(top / 10) * 10] } },
    axes: [
      {
        label: t('progress.axisAttempt'),
        stroke: AXIS,
        font,
        labelFont: font,
        grid: { stroke: GRID },
        ticks: { stroke: GRID },
        space: 56,
        size: 48,
        // Whole attempts only, spaced so their labels do not collide.
        splits: (u, _axis, min, max) => {
          const first = Math.max(1, Math.ceil(min));
          const last = Math.floor(max);
          const step = Math.max(1, Math.ceil(((last - first + 1) * 56) / Math.max(56, u.over.clientWidth)));
          const out: number[] = [];
          for (let v = first; v <= last; v += step) out.push(v);
          return out;
        },
        values: (_u, splits) => splits.map((v) => {
          const c = byAttempt.get(v);
          return c ? `${v}\n${day.format(c.at)}` : '';
        }),
      },
      { label: t('progress.axisShare'), stroke: AXIS, font, labelFont: font, grid: { stroke: GRID }, ticks: { stroke: GRID }, size: 56, values: (_u, splits) => splits.map((v) => pct.format(v / 100)) },
    ],
    series: [{}, ...PRINCIPLES.map((p) => ({ label: t(`principle.${p}`), stroke: COLOURS[p], width: 2, spanGaps: true, points: { show: true, size: 7, fill: COLOURS[p] } }))],
    hooks: {
      init: [(u) => void u.over.append(tip)],
      setCursor: [
        (u) => {
          const idx = u.cursor.idx;
          const c = idx === null || idx === undefined ? undefined : cols[idx];
          if (!c) return void tip.classList.remove('shown');
          const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(c.at);
          tip.replaceChildren(
            h('strong', {}, `${t('progress.attemptNumber', { n: c.attempt })} · ${date}`),
            h('span', { class: 'tip-scenario' }, titleOf(c.scenarioId)),
            ...PRINCIPLES.filter((p) => c.points[p]).map((p) => h('span', {}, h('span', { class: 'swatch', 'data-principle': p }), `${t(`principle.${p}`)} ${shareText(i18n, pct, c.points[p])}`)),
          );
          const left = u.valToPos(c.attempt, 'x');
          tip.style.left = `${Math.min(left + 12, Math.max(0, u.over.clientWidth - 200))}px`;
          tip.style.top = `${Math.max(0, (u.cursor.top ?? 0) - 20)}px`;
          tip.classList.add('shown');
        },
      ],
    },
  };
}
