/**
 * Large but valid progress (tens of thousands of attempts) without freezing the page: work over
 * many records is done a slice at a time, with a pause between slices that the caller supplies
 * (in the browser it yields to the event loop, so input and painting go on), and long lists are
 * shown a page at a time.
 */
import type { AttemptRecord } from './records.ts';

/** Lets the caller's thread breathe; resolves when the work may go on. */
export type Pause = () => Promise<void>;

/** Records handled between two pauses: a few milliseconds of validation on a slow phone. */
export const SLICE_SIZE = 500;

/** Attempts a list shows at first, and adds at each "show more". */
export const ATTEMPTS_PAGE = 50;

/** A pause that pauses nothing: for callers (tests, the command line) with no page to keep alive. */
export const noPause: Pause = () => Promise.resolve();

/**
 * Calls `each` on every item in order, awaiting `pause` after every `size` items (never before the
 * first, never after the last). `each` may stop the walk by returning false. Resolves once done.
 */
export async function inSlices<T>(
  items: readonly T[],
  each: (item: T, index: number) => boolean | void,
  pause: Pause,
  size = SLICE_SIZE,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) await pause();
    const end = Math.min(items.length, start + size);
    for (let i = start; i < end; i++) if (each(items[i]!, i) === false) return;
  }
}

/** One page of a list: the items shown so far, and how many are left after them. */
export interface Page<T> {
  readonly shown: readonly T[];
  readonly left: number;
}

/**
 * The newest `count` attempts (by endedAt, then id, newest first) and how many older ones are
 * left. `count` below 0 counts as 0. Pure; does not change `attempts`.
 */
export function newestAttempts(attempts: readonly AttemptRecord[], count: number): Page<AttemptRecord> {
  const n = Math.max(0, Math.min(attempts.length, Math.floor(count)));
  const sorted = [...attempts].sort((a, b) => b.endedAt - a.endedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { shown: sorted.slice(0, n), left: attempts.length - n };
}

/**
 * At most `max` of `items`, evenly spaced, keeping the first and the last (a chart with more
 * points than pixels only costs drawing time). All of them when there are no more than `max`;
 * none when `max` is below 1. Pure.
 */
export function evenlySpaced<T>(items: readonly T[], max: number): readonly T[] {
  if (items.length <= max) return items;
  if (max < 1) return [];
  if (max === 1) return [items[items.length - 1]!];
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)]!);
}
