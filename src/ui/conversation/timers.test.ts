/**
 * The conversation's clocks turn each second when the time crosses it, whenever the last tick came.
 */
import { describe, expect, it } from 'vitest';
import { callBegan, untilSecondTurns } from './timers.ts';

describe('untilSecondTurns', () => {
  it('counting down, waits for the next whole second of the time left, not a second from the last tick', () => {
    // A tick 600 ms late finds 18.4 s left: "19 s" must turn to "18 s" in 400 ms, not 1 s.
    expect(untilSecondTurns(18_400, 'down')).toBe(400);
    expect(untilSecondTurns(18_999, 'down')).toBe(999);
  });

  it('counting down, waits a whole second from a whole second, and only what is left at the end', () => {
    expect(untilSecondTurns(18_000, 'down')).toBe(1000);
    expect(untilSecondTurns(250, 'down')).toBe(250);
  });

  it('counting up, waits for the next whole second of the time spent', () => {
    // A call clock ticked 600 ms late finds 14.6 s spent: "00:14" must turn to "00:15" in 400 ms.
    expect(untilSecondTurns(14_600, 'up')).toBe(400);
    expect(untilSecondTurns(14_000, 'up')).toBe(1000);
    expect(untilSecondTurns(14_999, 'up')).toBe(1);
  });

  it('after one late tick, every later tick lands on a whole second, either way', () => {
    const ms = 20_000;
    for (const late of [1, 350, 999]) {
      const down: number[] = [];
      for (let t = late; ms - t > 0;) {
        t += untilSecondTurns(ms - t, 'down');
        down.push(t);
      }
      expect(down.every((t) => t % 1000 === 0)).toBe(true);
      expect(down.at(-1)).toBe(ms);
      const up: number[] = [];
      for (let t = late; up.length < 5;) {
        t += untilSecondTurns(t, 'up');
        up.push(t);
      }
      expect(up).toEqual([1000, 2000, 3000, 4000, 5000]);
    }
  });
});

describe('callBegan', () => {
  it('is when the runner started, however much later than the screen was drawn', () => {
    // Drawn at 1_000, started a task later at 1_400: drawn again at 15_000, the call has lasted 13.6 s.
    expect(callBegan(1_400, 1_000)).toBe(1_400);
    expect(callBegan(1_400, undefined)).toBe(1_400);
  });

  it('is not yet, before the runner starts', () => {
    expect(callBegan(undefined, 1_000)).toBeUndefined();
  });

  it('is when this visit began, for a call begun on an earlier visit (its stamps are another clock’s)', () => {
    expect(callBegan(200, 5_000)).toBe(5_000);
  });
});
