/**
 * What every screen gets, and what it gives back: a function that removes everything it added and
 * every subscription it made.
 */
import type { Language } from '../engine/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { Scheduler } from '../engine/index.ts';
import type { Settings } from '../engine/index.ts';

export interface ScreenContext {
  readonly root: HTMLElement;
  readonly i18n: I18n;
  readonly lang: Language;
  readonly scheduler: Scheduler;
  readonly settings: Settings;
  /**
   * Resolves once the page has painted its first screen (at once afterwards). What a screen can
   * add a moment later waits for it, so the first paint carries only what the learner reads first.
   */
  readonly painted?: () => Promise<void>;
}

export type Cleanup = () => void;

/**
 * Moves focus to the screen's heading so keyboard and screen-reader users start at the top, in the
 * next frame: focusing lays the page out at once, and a new screen laid out inside the task that
 * built it makes that task long. A control focused meanwhile (a redraw that keeps the reader's
 * place) keeps the focus.
 */
export function focusHeading(root: HTMLElement): void {
  const heading = root.querySelector<HTMLElement>('h1, h2');
  if (!heading) return;
  heading.tabIndex = -1;
  // A new screen starts at its top; a scroll to (0, 0) needs no layout.
  window.scrollTo(0, 0);
  const before = document.activeElement;
  requestAnimationFrame(() => {
    const now = document.activeElement;
    const unclaimed = now === before || !now || now === document.body || !now.isConnected;
    if (heading.isConnected && unclaimed) heading.focus({ preventScroll: true });
  });
}

/**
 * Draws again where the reader was: the same scroll position and the same focused control (found
 * by its id, or by its test id and the scenario or node it stands for). Taken at the moment of
 * drawing, so a scroll made while the new content loaded is kept too.
 */
export function keepingPlace(draw: () => void): void {
  const y = window.scrollY;
  const focused = selectorOf(document.activeElement);
  draw();
  window.scrollTo(0, y);
  if (focused) document.querySelector<HTMLElement>(focused)?.focus({ preventScroll: true });
}

function selectorOf(el: Element | null): string | undefined {
  if (!(el instanceof HTMLElement)) return undefined;
  if (el.id) return `#${CSS.escape(el.id)}`;
  const testId = el.dataset['testid'];
  if (!testId) return undefined;
  const which = ['scenario', 'node'].map((k) => (el.dataset[k] ? `[data-${k}="${CSS.escape(el.dataset[k])}"]` : '')).join('');
  return `[data-testid="${CSS.escape(testId)}"]${which}`;
}
