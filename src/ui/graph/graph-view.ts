/**
 * The scenario graph in the author view: boxes and arrows as SVG built element by element (no
 * markup, no style attributes: colours come from classes), endings coloured by kind, the best
 * path marked, each arrow captioned with its reply's points and mood change. The view can be
 * zoomed and moved with the buttons, the wheel, dragging, or the keyboard (arrows, + and −);
 * the list beside it holds the same content for screen readers.
 */
import { localize, type Language, type Scenario } from '../../engine/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { button, h } from '../dom.ts';
import { s } from '../svg.ts';
import type { GraphLayout } from './graph-layout.ts';

export interface GraphView {
  readonly element: HTMLElement;
  /** Marks the path: node id → the reply taken there ('' for the node it ends at). */
  mark(path: ReadonlyMap<string, string>): void;
}

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export function graphView(i18n: I18n, scenario: Scenario, layout: GraphLayout, lang: Language): GraphView {
  const t = i18n.t.bind(i18n);
  const edges = layout.edges.map((e) => {
    const [first, ...rest] = e.points;
    const d = first ? `M${first.x} ${first.y}` + rest.map((p) => ` L${p.x} ${p.y}`).join('') : '';
    return s(
      'g',
      { class: 'graph-edge', 'data-testid': 'graph-edge', 'data-from': e.from, 'data-to': e.to, 'data-choice': e.choiceId },
      s('path', { d, 'marker-end': 'url(#graph-arrow)' }),
      s('text', { x: e.labelAt.x, y: e.labelAt.y + 4, 'text-anchor': 'middle', class: 'graph-label' }, e.label),
    );
  });
  const nodes = layout.nodes.map((n) => {
    const node = scenario.nodes[n.id]!;
    const line = localize(node.customer, lang, scenario.source).text;
    const kind = n.ending ? `ending ending-${n.ending}` : 'decision';
    // A click shows the node's card in the list (the list is the keyboard's and screen reader's way:
    // the picture is one image to them, with nothing to operate inside).
    const box = s(
      'g',
      { class: `graph-node ${kind}`, 'data-testid': 'graph-node', 'data-node': n.id, ...(n.ending ? { 'data-ending': n.ending } : {}) },
      s('title', {}, `${n.id}${n.ending ? ` (${t(`ending.${n.ending}.title`)})` : ''}: ${line}`),
      s('rect', { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height, rx: 7 }),
      s(
        'text',
        { x: n.x, y: n.y - 5, 'text-anchor': 'middle', class: 'graph-id' },
        clip(n.ending ? `${n.id} · ${t(`ending.${n.ending}.title`)}` : n.id, 26),
      ),
      s('text', { x: n.x, y: n.y + 12, 'text-anchor': 'middle', class: 'graph-line' }, clip(line, 24)),
    );
    box.addEventListener('click', () => (location.hash = `node-${n.id}`));
    return box;
  });
  const arrow = s(
    'marker',
    { id: 'graph-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
    s('path', { d: 'M0 0 L10 5 L0 10 Z', class: 'graph-arrowhead' }),
  );
  const full = { x: 0, y: 0, w: Math.max(layout.width, 1), h: Math.max(layout.height, 1) };
  // Opens at a readable size on the start, not shrunk to fit: "Show all" (or 0) shows the whole.
  const start = layout.nodes.find((n) => n.id === scenario.start);
  const w0 = Math.min(full.w, 760);
  const h0 = Math.min(full.h, 600);
  const initial = { x: Math.min(Math.max((start?.x ?? 0) - w0 / 2, 0), full.w - w0), y: 0, w: w0, h: h0 };
  let box = { ...initial };
  const svg = s(
    'svg',
    {
      class: 'graph-svg',
      role: 'img',
      'aria-label': t('author.graphLabel', { nodes: layout.nodes.length, replies: layout.edges.length }),
      preserveAspectRatio: 'xMidYMid meet',
    },
    s('defs', {}, arrow),
    s('g', {}, ...edges),
    s('g', {}, ...nodes),
  );
  const apply = () => svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`);
  apply();
  const zoom = (factor: number, cx = box.x + box.w / 2, cy = box.y + box.h / 2) => {
    const w = Math.min(Math.max(box.w * factor, 80), full.w * 4);
    const k = w / box.w;
    box = { x: cx - (cx - box.x) * k, y: cy - (cy - box.y) * k, w, h: box.h * k };
    apply();
  };
  const pan = (dx: number, dy: number) => {
    box = { ...box, x: box.x + dx, y: box.y + dy };
    apply();
  };
  const viewport = h(
    'div',
    { class: 'graph-viewport', tabindex: 0, role: 'group', 'aria-label': t('author.graphKeys'), 'data-testid': 'graph-viewport' },
    svg,
  );
  /** Screen pixels → graph units. */
  const scale = () => box.w / Math.max(svg.clientWidth, 1);
  viewport.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const r = svg.getBoundingClientRect();
      zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15, box.x + (e.clientX - r.left) * scale(), box.y + (e.clientY - r.top) * scale());
    },
    { passive: false },
  );
  let drag: { x: number; y: number } | undefined;
  viewport.addEventListener('pointerdown', (e) => {
    if ((e.target as Element).closest('.graph-node')) return;
    drag = { x: e.clientX, y: e.clientY };
    viewport.setPointerCapture(e.pointerId);
  });
  viewport.addEventListener('pointermove', (e) => {
    if (!drag) return;
    pan((drag.x - e.clientX) * scale(), (drag.y - e.clientY) * scale());
    drag = { x: e.clientX, y: e.clientY };
  });
  viewport.addEventListener('pointerup', () => (drag = undefined));
  viewport.addEventListener('keydown', (e) => {
    const step = box.w / 10;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => pan(-step, 0),
      ArrowRight: () => pan(step, 0),
      ArrowUp: () => pan(0, -step),
      ArrowDown: () => pan(0, step),
      '+': () => zoom(1 / 1.25),
      '=': () => zoom(1 / 1.25),
      '-': () => zoom(1.25),
      '0': () => ((box = { ...full }), apply()),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    move();
  });
  const tools = h(
    'div',
    { class: 'graph-tools' },
    button({ class: 'secondary small', 'data-testid': 'graph-zoom-in' }, () => zoom(1 / 1.25), t('author.zoomIn')),
    button({ class: 'secondary small', 'data-testid': 'graph-zoom-out' }, () => zoom(1.25), t('author.zoomOut')),
    button({ class: 'secondary small', 'data-testid': 'graph-fit' }, () => ((box = { ...full }), apply()), t('author.zoomFit')),
  );
  const element = h(
    'figure',
    { class: 'author-graph', 'data-testid': 'scenario-graph' },
    tools,
    viewport,
    h('figcaption', { class: 'hint' }, t('author.graphLegend'), ' ', t('author.graphCaption')),
  );
  return {
    element,
    mark(path) {
      for (const n of nodes) n.classList.toggle('on-path', path.has(n.getAttribute('data-node')!));
      for (const e of edges) {
        const on = path.get(e.getAttribute('data-from')!) === e.getAttribute('data-choice');
        e.classList.toggle('on-path', on);
        e.setAttribute('data-on-path', String(on));
      }
    },
  };
}
