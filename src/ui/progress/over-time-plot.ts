/**
 * The uPlot set-up of the progress chart: attempts on the x axis (number and date, whole attempts
 * only), the share of the best path on the y axis, one coloured line per principle, and a tooltip
 * naming the attempt's scenario and each principle's share (with any points lost).
 */
import type uPlotType from 'uplot';
import { PRINCIPLES, type Principle } from '../../engine/index.ts';
import type { SeriesPoint } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { h } from '../dom.ts';
import { percentFormat, shareText } from './best-line.ts';

/** The principles' colours (the legend's swatches use the same, from the stylesheet). */
const COLOURS: Record<Principle, string> = { listen: '#6ad49b', empathy: '#ffb347', honesty: '#7fb2ff', calm: '#e59bd9' };
const AXIS = '#b4c0d0';
const GRID = '#33405a';

/** One attempt on the x axis: its number, date and scenario, and its point per principle. */
export interface Column {
  readonly attempt: number;
  readonly at: number;
  readonly scenarioId: string;
  readonly points: Partial<Record<Principle, SeriesPoint>>;
}

export function plotOptions(i18n: I18n, cols: readonly Column[], titleOf: (id: string) => string, width: number): uPlotType.Options {
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
        values: (_u, splits) =>
          splits.map((v) => {
            const c = byAttempt.get(v);
            return c ? `${v}\n${day.format(c.at)}` : '';
          }),
      },
      {
        label: t('progress.axisShare'),
        stroke: AXIS,
        font,
        labelFont: font,
        grid: { stroke: GRID },
        ticks: { stroke: GRID },
        size: 56,
        values: (_u, splits) => splits.map((v) => pct.format(v / 100)),
      },
    ],
    series: [
      {},
      ...PRINCIPLES.map((p) => ({
        label: t(`principle.${p}`),
        stroke: COLOURS[p],
        width: 2,
        spanGaps: true,
        points: { show: true, size: 7, fill: COLOURS[p] },
      })),
    ],
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
            ...PRINCIPLES.filter((p) => c.points[p]).map((p) =>
              h(
                'span',
                {},
                h('span', { class: 'swatch', 'data-principle': p }),
                `${t(`principle.${p}`)} ${shareText(i18n, pct, c.points[p])}`,
              ),
            ),
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
