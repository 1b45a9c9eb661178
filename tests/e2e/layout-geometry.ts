/**
 * What the conversation screen looks like to a learner at one decision, measured from element
 * geometry in the page: what is inside the viewport and every clipping ancestor, what
 * `elementFromPoint` finds on top, and which elements scroll. Runs in the browser
 * (`page.evaluate(measureDecision)`), so it is self-contained.
 */

export interface Seen {
  /** Inside the viewport and every ancestor that clips (overflow not visible). */
  readonly inside: boolean;
  /** `elementFromPoint` at its corners and centre finds the element itself (or its content). */
  readonly uncovered: boolean;
  readonly box: { x: number; y: number; w: number; h: number };
}

export interface DecisionGeometry {
  readonly viewport: { w: number; h: number };
  readonly line: Seen | undefined;
  readonly replies: readonly (Seen & { text: string; inScroller: boolean })[];
  readonly mood: Seen | undefined;
  readonly stage: Seen | undefined;
  /** The region the replies scroll in (phones), when they do. */
  readonly dock: { inside: boolean; moreBelow: boolean; moreShown: boolean } | undefined;
  /** Every element that can scroll now, by test id or tag. */
  readonly scrollers: readonly string[];
  readonly transcript: { top: number; client: number; height: number } | undefined;
  readonly pageScrolls: boolean;
  readonly sideways: boolean;
  /** Everything that takes a press, with its size. */
  readonly targets: readonly { name: string; w: number; h: number }[];
}

/** Measures the screen once its next frame has been laid out (a wait and a reading in one round trip). */
export async function measureDecision(): Promise<DecisionGeometry> {
  await new Promise((done) => requestAnimationFrame(done));
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const scrolls = (el: Element) => {
    const s = getComputedStyle(el);
    return (s.overflowY === 'auto' || s.overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1;
  };
  const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible' || getComputedStyle(el).overflowY !== 'visible';
  const seen = (el: Element | null): Seen | undefined => {
    if (!el) return undefined;
    const r = el.getBoundingClientRect();
    let [left, top, right, bottom] = [0, 0, vw, vh];
    for (let a = el.parentElement; a && a !== document.documentElement && a !== document.body; a = a.parentElement) {
      if (!clips(a)) continue;
      const b = a.getBoundingClientRect();
      left = Math.max(left, b.left + a.clientLeft);
      top = Math.max(top, b.top + a.clientTop);
      right = Math.min(right, b.left + a.clientLeft + a.clientWidth);
      bottom = Math.min(bottom, b.top + a.clientTop + a.clientHeight);
    }
    const inside = r.width > 0 && r.height > 0 && r.left >= left - 1 && r.top >= top - 1 && r.right <= right + 1 && r.bottom <= bottom + 1;
    // Far enough in from the corners to miss their rounding (bubbles are rounded 18 px).
    const inset = Math.min(12, r.width / 4, r.height / 4);
    const xs = [r.left + inset, r.left + r.width / 2, r.right - inset];
    const ys = [r.top + inset, r.top + r.height / 2, r.bottom - inset];
    const uncovered = xs.every((x) =>
      ys.every((y) => {
        const hit = document.elementFromPoint(x, y);
        return hit !== null && (hit === el || el.contains(hit));
      }),
    );
    return { inside, uncovered, box: { x: Math.round(r.left), y: Math.round(r.top), w: Math.round(r.width), h: Math.round(r.height) } };
  };
  const line = document.querySelector('[data-testid=customer-line]');
  const entry = line?.closest('li') ?? line;
  const transcriptEl = document.querySelector('[data-testid=transcript]') ?? document.querySelector('[data-testid=log]');
  const scrollerOf = (el: Element) => {
    for (let a = el.parentElement; a; a = a.parentElement) if (scrolls(a)) return a;
    return undefined;
  };
  const replies = [...document.querySelectorAll('[data-testid=choice]')].map((b) => {
    const s = seen(b)!;
    const scroller = scrollerOf(b);
    return {
      ...s,
      text: (b.textContent ?? '').slice(0, 40),
      inScroller: !!scroller && scroller !== transcriptEl && scroller !== document.documentElement,
    };
  });
  const dockEl = document.querySelector('[data-testid=reply-dock]');
  const more = document.querySelector('[data-testid=more-replies]');
  const dock =
    dockEl && scrolls(dockEl)
      ? {
          inside: seen(dockEl)!.inside,
          moreBelow: dockEl.scrollTop + dockEl.clientHeight < dockEl.scrollHeight - 1,
          moreShown:
            !!more && more.getBoundingClientRect().height > 0 && getComputedStyle(more).visibility !== 'hidden' && seen(more)!.inside,
        }
      : undefined;
  const name = (el: Element) =>
    (el as HTMLElement).dataset['testid'] ?? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className}`;
  const scrollers = [...document.querySelectorAll('body *')].filter(scrolls).map(name);
  const root = document.scrollingElement ?? document.documentElement;
  const pressable = [...document.querySelectorAll('[data-testid=conversation] :is(button, summary, [data-testid=more-replies])')];
  const targets = pressable
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0)
    .map(({ el, r }) => ({ name: name(el), w: Math.round(r.width), h: Math.round(r.height) }));
  return {
    viewport: { w: vw, h: vh },
    line: seen(entry),
    replies,
    mood: seen(document.querySelector('[data-testid=mood]')),
    stage: seen(document.getElementById('stage')),
    dock,
    scrollers,
    transcript: transcriptEl
      ? { top: transcriptEl.scrollTop, client: transcriptEl.clientHeight, height: transcriptEl.scrollHeight }
      : undefined,
    pageScrolls: root.scrollHeight > root.clientHeight + 1,
    sideways: root.scrollWidth > root.clientWidth + 1,
    targets,
  };
}
