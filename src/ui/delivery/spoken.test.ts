/**
 * A spoken line keeps the pace of the conversation's clock: a tick that comes late (a busy
 * machine) shows everything due by then, and the line is never more than a prefix of itself.
 */
import { describe, expect, it } from 'vitest';
import type { Scheduler } from '../../engine/index.ts';
import { deliverSpoken } from './spoken.ts';

function harness() {
  let t = 0;
  const waiting: (() => void)[] = [];
  const scheduler: Scheduler = {
    after: (_ms, fn) => (waiting.push(fn), () => undefined),
    frame: () => () => undefined,
  };
  const attrs = new Map<string, string>();
  const el = { textContent: '', setAttribute: (k: string, v: string) => attrs.set(k, v) } as unknown as HTMLElement;
  /** Lets `ms` pass, then runs the one tick that was waiting (as late as the machine allows). */
  const lateTick = (ms: number) => {
    t += ms;
    waiting.shift()?.();
  };
  return { el, scheduler, now: () => t, lateTick, attrs };
}

describe('deliverSpoken', () => {
  const text = 'Where is my parcel? It was due on Monday.';

  it('shows what is due by the clock when a tick comes late', () => {
    const h = harness();
    let done = false;
    deliverSpoken({ el: h.el, text, lang: 'en', speed: 20, scheduler: h.scheduler, now: h.now, onDone: () => (done = true) });
    h.lateTick(40);
    expect(h.el.textContent).toBe('W');
    // Half a second late: 20 characters a second means 10 are due by 540 ms.
    h.lateTick(500);
    expect(h.el.textContent).toBe(text.slice(0, 10));
    h.lateTick(5_000);
    expect(h.el.textContent).toBe(text);
    expect(done).toBe(true);
  });

  it('without a clock, each tick shows its share', () => {
    const h = harness();
    deliverSpoken({ el: h.el, text, lang: 'en', speed: 20, scheduler: h.scheduler, onDone: () => {} });
    h.lateTick(40);
    h.lateTick(500);
    expect(h.el.textContent).toBe(text.slice(0, 2));
    expect(h.attrs.get('aria-busy')).toBe('true');
  });
});
