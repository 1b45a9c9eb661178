/**
 * The reply timer's seconds change when the time left crosses a whole second, whenever the last
 * tick came.
 */
import { describe, expect, it } from 'vitest';
import { untilNextSecond } from './timers.ts';

describe('untilNextSecond', () => {
  it('waits for the next whole second of the time left, not a second from the last tick', () => {
    // A tick 600 ms late finds 18.4 s left: "19 s" must turn to "18 s" in 400 ms, not 1 s.
    expect(untilNextSecond(18_400)).toBe(400);
    expect(untilNextSecond(18_999)).toBe(999);
  });

  it('waits a whole second from a whole second, and only what is left at the end', () => {
    expect(untilNextSecond(18_000)).toBe(1000);
    expect(untilNextSecond(250)).toBe(250);
  });

  it('after one late tick, every later tick lands on a whole second of the countdown', () => {
    const ms = 20_000;
    for (const late of [1, 350, 999]) {
      const ticks: number[] = [];
      for (let t = late; ms - t > 0;) {
        t += untilNextSecond(ms - t);
        ticks.push(t);
      }
      expect(ticks.every((t) => t % 1000 === 0)).toBe(true);
      expect(ticks.at(-1)).toBe(ms);
    }
  });
});
