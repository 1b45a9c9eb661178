/**
 * Delivers a customer's line progressively, grapheme by grapheme (so Vietnamese diacritics and
 * emoji never split), at the learner's text speed. While it runs the line is `aria-busy="true"`,
 * so screen readers wait and announce the whole line once.
 */
import type { Scheduler } from '../app/ports.ts';

export interface Delivery {
  /** Stops revealing without finishing (the learner replied first). */
  cancel(): void;
  readonly finished: boolean;
}

const TICK_MS = 40;

function graphemes(text: string, lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Reveals `text` into `el` at `charsPerSecond` (0 = at once) and calls `onDone` when all of it is
 * shown. The element's text is always a prefix of the line, and the full line at the end.
 */
export function deliverLine(el: HTMLElement, text: string, lang: string, charsPerSecond: number, scheduler: Scheduler, onDone: () => void): Delivery {
  const parts = graphemes(text, lang);
  let shown = 0;
  let finished = false;
  let cancelTick: (() => void) | undefined;
  el.setAttribute('aria-busy', 'true');
  const finish = () => {
    finished = true;
    el.textContent = text;
    el.setAttribute('aria-busy', 'false');
    onDone();
  };
  const perTick = Math.max(1, Math.round((charsPerSecond * TICK_MS) / 1000));
  const tick = () => {
    shown = Math.min(parts.length, shown + perTick);
    el.textContent = parts.slice(0, shown).join('');
    if (shown >= parts.length) finish();
    else cancelTick = scheduler.after(TICK_MS, tick);
  };
  if (charsPerSecond <= 0 || parts.length === 0) {
    el.textContent = '';
    cancelTick = scheduler.after(0, finish);
  } else {
    el.textContent = '';
    cancelTick = scheduler.after(TICK_MS, tick);
  }
  return {
    cancel() {
      cancelTick?.();
      el.setAttribute('aria-busy', 'false');
    },
    get finished() {
      return finished;
    },
  };
}
