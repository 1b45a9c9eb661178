/** A clock for tests: it moves only when the test says so. */
import type { Clock } from '../src/engine/index.ts';

/** A clock that only moves when told (`advance`, `set`). */
export function manualClock(start = 0): Clock & { advance(ms: number): void; set(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    set: (ms) => {
      t = ms;
    },
  };
}
