/**
 * Building SVG without markup strings, like `h` in dom.ts: attributes by setAttribute (the CSP
 * forbids style attributes, so colours come from classes in the stylesheet), text by textContent.
 */
const NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number | undefined>;

/** An SVG element with attributes (undefined ones left out) and children. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (SVGElement | string | null)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, String(v));
  for (const c of children) if (c !== null) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** A small symbol for a reply flag, centred on (0, 0) within about 7 px: move it with `transform`. */
export function flagIcon(kind: 'interrupted' | 'late' | 'hold'): SVGGElement {
  switch (kind) {
    case 'interrupted':
      // A lightning bolt: cutting in.
      return s('g', { class: 'flag-icon flag-interrupted' }, s('path', { d: 'M1.5 -7 L-4 1 L0 1 L-1.5 7 L4 -1 L0 -1 Z' }));
    case 'late':
      // A clock face: the reply came after the time ran out.
      return s(
        'g',
        { class: 'flag-icon flag-late' },
        s('circle', { r: 6, class: 'outline' }),
        s('path', { d: 'M0 -3.5 L0 0 L2.5 1.5', class: 'hands' }),
      );
    case 'hold':
      // Two bars: the pause of a hold.
      return s(
        'g',
        { class: 'flag-icon flag-hold' },
        s('rect', { x: -4.5, y: -6, width: 3, height: 12, rx: 1 }),
        s('rect', { x: 1.5, y: -6, width: 3, height: 12, rx: 1 }),
      );
  }
}

/** A standalone icon (for a legend beside text), hidden from assistive technology. */
export function iconSvg(kind: 'interrupted' | 'late' | 'hold'): SVGSVGElement {
  return s(
    'svg',
    { class: 'icon', width: 16, height: 16, viewBox: '-8 -8 16 16', 'aria-hidden': 'true', focusable: 'false' },
    flagIcon(kind),
  );
}
