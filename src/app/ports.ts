/**
 * What presenters need from the browser, passed in by the composition root so that screens can be
 * driven by tests without patching globals. The ports themselves are the engine's (engine/ports.ts).
 */
import type { KeyValueStore, Scheduler } from '../engine/index.ts';
import type { Pause } from '../engine/progress/index.ts';

export const browserScheduler: Scheduler = {
  after(ms, fn) {
    const id = window.setTimeout(fn, ms);
    return () => window.clearTimeout(id);
  },
  frame(fn) {
    const id = window.requestAnimationFrame(fn);
    return () => window.cancelAnimationFrame(id);
  },
};

/**
 * Lets the browser handle input and paint between slices of long work (tens of thousands of
 * attempts): `scheduler.yield()` where the browser has it (the work then goes on ahead of other
 * tasks), else a zero-delay timer.
 */
export const browserPause: Pause = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** localStorage when the browser allows it, else memory (private modes may throw). */
export function browserKeyValueStore(prefix = 'hot-seat:'): KeyValueStore {
  const memory = new Map<string, string>();
  return {
    get(key) {
      try {
        return window.localStorage.getItem(prefix + key) ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    set(key, value) {
      memory.set(key, value);
      try {
        window.localStorage.setItem(prefix + key, value);
      } catch {
        // Storage refused (quota, private mode): memory keeps the value for this visit.
      }
    },
  };
}

/**
 * Whether the server has a file at `url`. A dev server or a single-page host answers any unknown
 * path with the game's own page, so an HTML answer counts as missing.
 */
export async function servedAsset(url: URL): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    return response.ok && !(response.headers.get('content-type') ?? '').startsWith('text/html');
  } catch {
    return false;
  }
}
