/**
 * Each principle over time: one line per principle across every attempt, the x axis numbering the
 * attempts with their dates, the y axis the share of the best path (never below 0 %), and a
 * tooltip naming the scenario of the attempt under the pointer. Drawn with uPlot, loaded only
 * here; the same numbers are in a table (with the points lost below zero) for everyone.
 */
import type uPlotType from 'uplot';
import { PRINCIPLES, type Principle } from '../../engine/index.ts';
import { evenlySpaced, type ProgressSummary, type SeriesPoint } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { button, h } from '../dom.ts';
import { plotOptions, type Column } from './over-time-plot.ts';
import { overTimeTable } from './over-time-table.ts';

/** Attempts the chart draws at most: more points than its width in pixels only cost drawing time. */
const MAX_PLOTTED = 600;

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

/** The chart figure; the chart itself draws once uPlot has loaded. Call `dispose` on leaving. */
export function overTimeChart(
  i18n: I18n,
  summary: ProgressSummary,
  titleOf: (id: string) => string,
): { element: HTMLElement; dispose: () => void } {
  const t = i18n.t.bind(i18n);
  const cols = columns(summary);
  const canvas = h('div', { class: 'over-time-canvas', role: 'img', 'aria-label': t('progress.chartLabel', { count: cols.length }) });
  const shown = new Set<Principle>(PRINCIPLES);
  let plot: uPlotType | undefined;
  let gone = false;
  const toggles = PRINCIPLES.map((p, i) => {
    const b = button(
      { class: 'legend-toggle', 'aria-pressed': 'true', 'data-principle': p },
      () => {
        if (shown.has(p)) shown.delete(p);
        else shown.add(p);
        b.setAttribute('aria-pressed', String(shown.has(p)));
        plot?.setSeries(i + 1, { show: shown.has(p) });
      },
      h('span', { class: 'swatch', 'data-principle': p }),
      t(`principle.${p}`),
    );
    return h('li', {}, b);
  });
  const details = h('details', { class: 'chart-details' }, h('summary', {}, t('progress.showTable')), overTimeTable(i18n, cols, titleOf));
  const element = h(
    'figure',
    { class: 'progress-chart', 'data-testid': 'progress-chart', 'data-points': cols.length },
    h('ul', { class: 'legend', 'aria-label': t('progress.legend') }, ...toggles),
    canvas,
    h('figcaption', {}, t('progress.chartCaption')),
    details,
  );
  const observer =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => plot?.setSize({ width: canvas.clientWidth, height: 260 }));
  if (cols.length) {
    import('./uplot.ts').then(
      ({ default: uPlot }) => {
        if (gone) return;
        // Thousands of attempts: drawn as evenly spaced ones (the table has every one).
        const drawn = evenlySpaced(cols, MAX_PLOTTED);
        plot = new uPlot(
          plotOptions(i18n, drawn, titleOf, canvas.clientWidth),
          [drawn.map((c) => c.attempt), ...PRINCIPLES.map((p) => drawn.map((c) => (c.points[p] ? c.points[p].share * 100 : null)))],
          canvas,
        );
        canvas.dataset['drawn'] = 'true';
        observer?.observe(canvas);
      },
      () => {
        // The chart's code did not load (the connection dropped): the same numbers, as the table.
        if (gone) return;
        details.open = true;
        canvas.dataset['drawn'] = 'failed';
      },
    );
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
