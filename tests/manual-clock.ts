/** A clock and timers for tests: they move only when the test says so. */
import type { Clock, Scheduler } from '../src/engine/index.ts';

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

/**
 * Timers for tests that run only when the test says so: an outcome that hangs on a timeout is
 * then the same on any machine, however busy. Each timer falls due its `ms` after the moment it
 * was set, on a time of its own that moves only as timers run.
 */
export function manualTimers(): {
  after: Scheduler['after'];
  /** The delays of the timers set and neither run nor cancelled, in the order they fall due. */
  pending(): number[];
  /** Runs every timer (those they set too) in the order they fall due; answers the delays run. */
  runAll(): number[];
} {
  let now = 0;
  let seq = 0;
  let timers: { at: number; seq: number; ms: number; fn: () => void }[] = [];
  const due = () => [...timers].sort((a, b) => a.at - b.at || a.seq - b.seq);
  return {
    after(ms, fn) {
      const timer = { at: now + ms, seq: seq++, ms, fn };
      timers.push(timer);
      return () => void (timers = timers.filter((t) => t !== timer));
    },
    pending: () => due().map((t) => t.ms),
    runAll() {
      const ran: number[] = [];
      for (let next = due()[0]; next; next = due()[0]) {
        timers = timers.filter((t) => t !== next);
        now = next.at;
        ran.push(next.ms);
        next.fn();
      }
      return ran;
    },
  };
}
