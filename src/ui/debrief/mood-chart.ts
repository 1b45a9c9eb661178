/**
 * The customer's mood over the conversation: a line from the starting mood through the mood after
 * each reply, every reply marked with what it did to the mood, and its interruption, late reply or
 * hold shown beneath it. Drawn to the width it is given (so text never shrinks on a phone); the
 * same facts are in a table for screen readers.
 */
import type { DebriefFacts, MoodMark } from '../../engine/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { formatList, h } from '../dom.ts';
import { numberFormat, SIGNED } from '../intl-cache.ts';
import { moodBand } from '../../engine/index.ts';
import { flagIcon, iconSvg, s } from '../svg.ts';

const HEIGHT = 210;
const PAD = { top: 22, right: 16, bottom: 48, left: 40 };
type Flag = 'interrupted' | 'late' | 'hold';
const FLAGS: readonly Flag[] = ['interrupted', 'late', 'hold'];

/** "+15", "−5" (a real minus sign), "0". */
export function signed(i18n: I18n, n: number): string {
  const text = numberFormat(i18n.language, SIGNED).format(n);
  return text.replace('-', '\u2212');
}

const flagsOf = (m: MoodMark): Flag[] => FLAGS.filter((f) => m[f]);

/** The chart's drawing at `width` px. */
function draw(i18n: I18n, facts: DebriefFacts, width: number): SVGSVGElement {
  const t = i18n.t.bind(i18n);
  const n = facts.marks.length;
  const plotW = Math.max(40, width - PAD.left - PAD.right);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const dx = plotW / Math.max(1, n);
  const x = (i: number) => PAD.left + i * dx;
  const y = (mood: number) => PAD.top + ((100 - mood) / 100) * plotH;
  const svg = s('svg', {
    class: 'mood-chart-svg',
    width,
    height: HEIGHT,
    viewBox: `0 0 ${width} ${HEIGHT}`,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  // Bands: the top fifth is furious, the bottom fifth calm (the mood meter's words).
  svg.append(
    s('rect', { class: 'band band-furious', x: PAD.left, y: y(100), width: plotW, height: y(80) - y(100) }),
    s('rect', { class: 'band band-calm', x: PAD.left, y: y(20), width: plotW, height: y(0) - y(20) }),
  );
  for (const m of [0, 50, 100]) {
    svg.append(
      s('line', { class: 'grid', x1: PAD.left, x2: PAD.left + plotW, y1: y(m), y2: y(m) }),
      s('text', { class: 'axis', x: PAD.left - 6, y: y(m) + 4, 'text-anchor': 'end' }, String(m)),
    );
  }
  svg.append(
    s('text', { class: 'band-word', x: PAD.left + 4, y: y(100) + 12 }, t('mood.furious')),
    s('text', { class: 'band-word', x: PAD.left + 4, y: y(0) - 4 }, t('mood.calm')),
  );
  // The line: the start, then for each reply any change while waiting, then the reply's own.
  const points: string[] = [`${x(0)},${y(facts.startMood)}`];
  facts.marks.forEach((m, i) => {
    if (m.waited !== 0) points.push(`${x(i + 1) - dx * 0.4},${y(m.before)}`);
    points.push(`${x(i + 1)},${y(m.after)}`);
  });
  svg.append(
    s('polyline', { class: 'mood-line', points: points.join(' ') }),
    s('circle', { class: 'mood-start', cx: x(0), cy: y(facts.startMood), r: 4.5 }),
  );
  svg.append(s('text', { class: 'axis', x: x(0), y: HEIGHT - 8, 'text-anchor': 'start' }, t('debrief.moodStart')));
  facts.marks.forEach((m, i) => svg.append(mark(i18n, m, x(i + 1), y, dx)));
  return svg;
}

function mark(i18n: I18n, m: MoodMark, cx: number, y: (mood: number) => number, dx: number): SVGGElement {
  const dir = m.change > 0 ? 'up' : m.change < 0 ? 'down' : 'same';
  const cy = y(m.after);
  // The change is written above the mark, or below it when the mark is near the top.
  const labelY = m.after > 85 ? cy + 17 : cy - 9;
  const g = s(
    'g',
    { class: `mood-mark mark-${dir}`, 'data-testid': 'mood-mark', 'data-step': m.step, 'data-mood': m.after, 'data-change': m.change },
    s('circle', { cx, cy, r: 5.5 }),
    s('text', { class: 'mark-label', x: cx, y: labelY, 'text-anchor': 'middle' }, signed(i18n, m.change)),
    s('text', { class: 'axis', x: cx, y: HEIGHT - 8, 'text-anchor': 'middle' }, String(m.step + 1)),
  );
  const flags = flagsOf(m);
  flags.forEach((f, k) => {
    const icon = flagIcon(f);
    // Side by side under the reply, within its slot.
    const offset = (k - (flags.length - 1) / 2) * Math.min(16, dx / Math.max(1, flags.length));
    icon.setAttribute('transform', `translate(${cx + offset} ${y(0) + 14})`);
    icon.setAttribute('data-testid', 'mood-flag');
    icon.setAttribute('data-kind', f);
    g.append(icon);
  });
  return g;
}

/** The chart's text equivalent: one row per reply (in a hidden box: a table would widen to its content). */
function table(i18n: I18n, facts: DebriefFacts): HTMLTableElement {
  const t = i18n.t.bind(i18n);
  const th = (text: string) => h('th', { scope: 'col' }, text);
  return h(
    'table',
    { 'data-testid': 'mood-table' },
    h('caption', {}, t('debrief.moodTable', { start: facts.startMood })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        th(t('debrief.moodReply')),
        th(t('debrief.moodBefore')),
        th(t('debrief.moodAfter')),
        th(t('debrief.moodChange')),
        th(t('debrief.moodNotes')),
      ),
    ),
    h(
      'tbody',
      {},
      ...facts.marks.map((m) => {
        const notes = [
          ...flagsOf(m).map((f) => t(`debrief.flag.${f}`)),
          ...(m.waited ? [t('debrief.waited', { change: signed(i18n, m.waited) })] : []),
        ];
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, String(m.step + 1)),
          h('td', {}, String(m.before)),
          h('td', {}, `${m.after} (${t(`mood.${moodBand(m.after)}`)})`),
          h('td', {}, signed(i18n, m.change)),
          h('td', {}, formatList(i18n.language, notes)),
        );
      }),
    ),
  );
}

/** The figure: chart, legend of the symbols used, caption and table. Call `dispose` on leaving. */
export function moodChart(i18n: I18n, facts: DebriefFacts): { element: HTMLElement; dispose: () => void } {
  const t = i18n.t.bind(i18n);
  const canvas = h('div', { class: 'mood-chart-canvas' });
  const used = FLAGS.filter((f) => facts.marks.some((m) => m[f]));
  const legend = used.length
    ? h('ul', { class: 'legend mood-legend', 'aria-hidden': 'true' }, ...used.map((f) => h('li', {}, iconSvg(f), t(`debrief.flag.${f}`))))
    : null;
  const element = h(
    'figure',
    { class: 'mood-chart', 'data-testid': 'mood-chart' },
    canvas,
    legend,
    h('figcaption', {}, t('debrief.moodCaption')),
    h('div', { class: 'visually-hidden' }, table(i18n, facts)),
  );
  let drawnAt = -1;
  const redraw = () => {
    const width = Math.floor(canvas.clientWidth);
    if (width <= 0 || width === drawnAt) return;
    drawnAt = width;
    canvas.replaceChildren(draw(i18n, facts, width));
  };
  const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(redraw);
  observer?.observe(canvas);
  // Drawn in the next frame, whose layout is due anyway (measuring now would lay the debrief out
  // inside the task that built it); the observer draws it again at a new width.
  const frame = requestAnimationFrame(redraw);
  return {
    element,
    dispose: () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
    },
  };
}
