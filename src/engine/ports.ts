/**
 * What the engine needs from the outside world. The composition root passes real implementations;
 * tests pass fixed ones, so nothing is ever patched.
 */

/** Milliseconds on a monotonic-enough clock. */
export interface Clock {
  now(): number;
}

/** A source of uniformly distributed numbers in [0, 1). */
export interface Random {
  next(): number;
}

export interface Logger {
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** Schedules work; every scheduled call returns its own cancel function. */
export interface Scheduler {
  after(ms: number, fn: () => void): () => void;
  frame(fn: (time: number) => void): () => void;
}

/** A small synchronous key-value store for settings (localStorage in the browser). */
export interface KeyValueStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/** A deterministic Random (mulberry32) from a 32-bit seed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}
