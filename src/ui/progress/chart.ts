/**
 * Each principle over time as a small SVG line chart (built node by node, never from markup),
 * with the same numbers in a table for screen readers.
 */
import { PRINCIPLES, type Principle } from '../../engine/index.ts';
import type { SeriesPoint } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { h } from '../dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS: Record<Principle, string> = { listen: '#6ad49b', empathy: '#ffb347', honesty: '#7fb2ff', calm: '#e59bd9' };
const W = 480;
const H = 180;
const PAD = 28;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export function progressChart(i18n: I18n, series: Readonly<Record<Principle, readonly SeriesPoint[]>>): HTMLElement {
  const t = i18n.t.bind(i18n);
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const longest = Math.max(1, ...PRINCIPLES.map((p) => series[p].length));
  const x = (i: number) => PAD + (longest === 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (longest - 1));
  const y = (r: number) => H - PAD - Math.max(0, Math.min(1, r)) * (H - 2 * PAD);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', 'aria-hidden': 'true', focusable: 'false' });
  for (const r of [0, 0.5, 1]) {
    chart.append(svg('line', { x1: PAD, x2: W - PAD, y1: y(r), y2: y(r), class: 'grid' }));
    const label = svg('text', { x: 2, y: y(r) + 4, class: 'axis' });
    label.textContent = pct.format(r);
    chart.append(label);
  }
  for (const p of PRINCIPLES) {
    const pts = series[p].map((s, i) => `${x(i)},${y(s.ratio)}`).join(' ');
    if (series[p].length > 1) chart.append(svg('polyline', { points: pts, fill: 'none', stroke: COLOURS[p], 'stroke-width': 2.5 }));
    series[p].forEach((s, i) => chart.append(svg('circle', { cx: x(i), cy: y(s.ratio), r: 3.5, fill: COLOURS[p] })));
  }
  const legend = h('ul', { class: 'legend', 'aria-hidden': 'true' }, ...PRINCIPLES.map((p) => h('li', { class: `legend-${p}` }, h('span', { class: 'swatch', 'data-principle': p }), t(`principle.${p}`))));
  const table = h(
    'table',
    { class: 'visually-hidden' },
    h('caption', {}, t('progress.chartTable')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('debrief.principle')), h('th', { scope: 'col' }, t('progress.ratios')))),
    h('tbody', {}, ...PRINCIPLES.map((p) => h('tr', {}, h('th', { scope: 'row' }, t(`principle.${p}`)), h('td', {}, series[p].map((s) => pct.format(s.ratio)).join(' → ') || t('progress.none'))))),
  );
  return h('figure', { class: 'progress-chart', 'data-testid': 'progress-chart' }, chart, legend, h('figcaption', {}, t('progress.chartCaption')), table);
}
