/**
 * A line that is spoken (phone, in person): revealed grapheme by grapheme (so Vietnamese diacritics
 * and emoji never split) at the learner's text speed. While it runs the line is `aria-busy="true"`,
 * so screen readers wait and announce the whole line once.
 */
import { segments, type Delivery, type DeliveryRequest } from './delivery.ts';

const TICK_MS = 40;

/**
 * Reveals the text into the element at `speed` characters per second (0 = at once) and calls
 * `onDone` when all of it is shown. The element's text is always a prefix of the line, and the
 * full line at the end.
 */
export function deliverSpoken({ el, text, lang, speed: charsPerSecond, scheduler, now, onDone }: DeliveryRequest): Delivery {
  const parts = segments(text, lang, 'grapheme');
  let shown = 0;
  let finished = false;
  let cancelTick: (() => void) | undefined;
  el.setAttribute('aria-busy', 'true');
  const finish = () => {
    finished = true;
    el.textContent = text;
    onDone();
  };
  const perTick = Math.max(1, Math.round((charsPerSecond * TICK_MS) / 1000));
  const began = now?.() ?? 0;
  const due = () => (now ? Math.floor(((now() - began) * charsPerSecond) / 1000) : 0);
  const tick = () => {
    shown = Math.min(parts.length, Math.max(shown + perTick, due()));
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
