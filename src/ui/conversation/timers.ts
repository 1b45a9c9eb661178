/**
 * The two clocks of a conversation: the call timer on the phone (how long the call has lasted),
 * and the optional reply timer (how long the customer will wait for an answer).
 */
import type { Scheduler } from '../../app/ports.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { h } from '../dom.ts';

type DurationFormatCtor = new (locale: string, options: { style: 'digital'; hoursDisplay: 'auto' }) => { format(d: { minutes: number; seconds: number }): string };

/** "1:05" in the UI language's digits and separators. */
export function formatClock(lang: string, ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const Duration = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  if (Duration) return new Duration(lang, { style: 'digital', hoursDisplay: 'auto' }).format({ minutes, seconds });
  const two = new Intl.NumberFormat(lang, { minimumIntegerDigits: 2 });
  return `${new Intl.NumberFormat(lang).format(minutes)}:${two.format(seconds)}`;
}

/** A ticking "on call" clock; returns its element and a stop function. */
export function createCallClock(i18n: I18n, scheduler: Scheduler, now: () => number): { element: HTMLElement; stop: () => void } {
  const started = now();
  const time = h('span', { class: 'call-time', 'data-testid': 'call-time' });
  const element = h('p', { class: 'call-status' }, h('span', { class: 'call-dot', 'aria-hidden': 'true' }), ' ', i18n.t('conversation.onCall'), ' ', time);
  let cancel = () => {};
  const tick = () => {
    time.textContent = formatClock(i18n.language, now() - started);
    cancel = scheduler.after(1000, tick);
  };
  tick();
  return { element, stop: () => cancel() };
}

export interface ReplyTimer {
  readonly element: HTMLElement;
  /** Starts counting down `ms`; `onExpire` runs once if no reply comes in time. */
  start(ms: number, onExpire: () => void): void;
  stop(): void;
}

export function createReplyTimer(i18n: I18n, scheduler: Scheduler, now: () => number): ReplyTimer {
  const fill = h('span', { class: 'timer-fill' });
  const left = h('span', { class: 'timer-left' });
  const element = h('div', { class: 'reply-timer', hidden: true, 'data-testid': 'reply-timer' }, h('span', { class: 'timer-bar', 'aria-hidden': 'true' }, fill), left);
  let cancels: (() => void)[] = [];
  const stop = () => {
    cancels.forEach((c) => c());
    cancels = [];
    element.hidden = true;
    element.classList.remove('expired');
  };
  return {
    element,
    start(ms, onExpire) {
      stop();
      const end = now() + ms;
      element.hidden = false;
      const tick = () => {
        const remaining = Math.max(0, end - now());
        fill.style.width = `${(remaining / ms) * 100}%`;
        left.textContent = i18n.t('conversation.timeLeft', { seconds: new Intl.NumberFormat(i18n.language).format(Math.ceil(remaining / 1000)) });
        if (remaining <= 0) {
          element.classList.add('expired');
          left.textContent = i18n.t('conversation.timeUp');
          onExpire();
        } else cancels.push(scheduler.after(Math.min(1000, remaining), tick));
      };
      tick();
    },
    stop,
  };
}
