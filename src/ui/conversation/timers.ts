/**
 * The two clocks of a conversation: the call timer on the phone (how long the call has lasted),
 * and the optional reply timer (how long the customer will wait for an answer). Both run on the
 * conversation's clock (`now` and the scheduler), so a pause stops them where they are.
 */
import type { Scheduler } from '../../engine/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { h } from '../dom.ts';
import { formatClock, numberFormat } from '../intl-cache.ts';

/**
 * A time stamp of the runner's, if it belongs to this visit to the conversation (not to one
 * before a reload, whose clock was another): drawn again, the clocks go on from it.
 */
export function sinceVisit(at: number | undefined, since: number | undefined): number | undefined {
  return at !== undefined && since !== undefined && at >= since ? at : undefined;
}

/**
 * How long until a clock of whole seconds showing `ms` shows the next second: counting `down` (time
 * left, shown rounded up) or `up` (time spent, shown rounded down). Ticks land on those moments
 * rather than a second after the last tick, so one tick that came late (a busy machine) does not
 * leave every later second shown late.
 */
export function untilSecondTurns(ms: number, counting: 'down' | 'up'): number {
  const into = ms % 1000;
  return counting === 'down' ? into || 1000 : 1000 - into;
}

/**
 * When the call on the call clock began, on the conversation's clock: when the runner started or,
 * for a conversation begun on an earlier visit (a reload), when this visit began. Undefined until
 * the runner starts, which is a task after the screen is drawn. Drawn again (another language),
 * the clock goes on from the same moment rather than from whenever it was drawn.
 */
export function callBegan(startedAt: number | undefined, since: number | undefined): number | undefined {
  if (startedAt === undefined) return undefined;
  return since === undefined ? startedAt : Math.max(startedAt, since);
}

/** A ticking "on call" clock from `began()` (see `callBegan`); returns its element and a stop function. */
export function createCallClock(
  i18n: I18n,
  scheduler: Scheduler,
  now: () => number,
  began: () => number | undefined,
): { element: HTMLElement; stop: () => void } {
  const time = h('span', { class: 'call-time', 'data-testid': 'call-time' });
  const element = h(
    'p',
    { class: 'call-status' },
    h('span', { class: 'call-dot', 'aria-hidden': 'true' }),
    ' ',
    i18n.t('conversation.onCall'),
    ' ',
    time,
  );
  let cancel = () => {};
  const tick = () => {
    const from = began();
    const spent = from === undefined ? 0 : Math.max(0, now() - from);
    time.textContent = formatClock(i18n.language, spent);
    // Not begun yet: looking again within a second finds the first second still to turn.
    cancel = scheduler.after(from === undefined ? 1000 : untilSecondTurns(spent, 'up'), tick);
  };
  tick();
  return { element, stop: () => cancel() };
}

export interface ReplyTimer {
  readonly element: HTMLElement;
  /**
   * Starts counting down `ms` from the moment `from` on the conversation's clock (by default now):
   * the moment the engine counts a late reply from, so the two agree to the millisecond, and a
   * timer drawn again mid-countdown goes on from the same moment. `onExpire` runs once if no reply
   * comes in time.
   */
  start(ms: number, onExpire: () => void, from?: number): void;
  stop(): void;
  /** Paused: shows exactly the time left now (the countdown itself stops with the clock). */
  hold(): void;
}

export function createReplyTimer(i18n: I18n, scheduler: Scheduler, now: () => number): ReplyTimer {
  const numbers = numberFormat(i18n.language);
  const fill = h('span', { class: 'timer-fill' });
  const left = h('span', { class: 'timer-left' });
  const element = h(
    'div',
    { class: 'reply-timer', hidden: true, 'data-testid': 'reply-timer' },
    h('span', { class: 'timer-bar', 'aria-hidden': 'true' }, fill),
    left,
  );
  let cancels: (() => void)[] = [];
  let draw: (() => number) | undefined;
  const stop = () => {
    cancels.forEach((c) => c());
    cancels = [];
    draw = undefined;
    element.hidden = true;
    element.classList.remove('expired', 'held');
  };
  return {
    element,
    start(ms, onExpire, from = now()) {
      stop();
      const end = from + ms;
      element.hidden = false;
      draw = () => {
        const remaining = Math.max(0, end - now());
        // A transform, not a width: the compositor animates it without layout or paint.
        fill.style.transform = `scaleX(${remaining / ms})`;
        left.textContent = i18n.t('conversation.timeLeft', { seconds: numbers.format(Math.ceil(remaining / 1000)) });
        return remaining;
      };
      const tick = () => {
        element.classList.remove('held');
        const remaining = draw?.() ?? 0;
        if (remaining <= 0) {
          element.classList.add('expired');
          left.textContent = i18n.t('conversation.timeUp');
          onExpire();
        } else cancels.push(scheduler.after(untilSecondTurns(remaining, 'down'), tick));
      };
      tick();
    },
    stop,
    hold() {
      // The bar stops where the time is, not a second's glide further on.
      if (!draw || element.classList.contains('expired')) return;
      element.classList.add('held');
      draw();
    },
  };
}
