/**
 * The worker that starts ICU is best effort: it is told the page's language, an error inside it
 * is not the page's, and a browser without workers (or one that refuses this one) is left to the
 * page's own warmers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmIntlOffThread, type SpawnWorker } from './intl-warm.ts';

describe('warmIntlOffThread', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the worker with the language and keeps its errors from being reported as the page’s', () => {
    vi.stubGlobal('Worker', class {});
    const target = new EventTarget();
    const names: string[] = [];
    warmIntlOffThread('ko', (name) => (names.push(name), target));
    expect(names).toEqual(['ko']);
    const error = new Event('error', { cancelable: true });
    target.dispatchEvent(error);
    expect(error.defaultPrevented).toBe(true);
  });

  it('does nothing where the browser has no workers', () => {
    vi.stubGlobal('Worker', undefined);
    const spawn = vi.fn<SpawnWorker>();
    warmIntlOffThread('en', spawn);
    expect(spawn).not.toHaveBeenCalled();
  });

  it('never throws when the worker is refused', () => {
    vi.stubGlobal('Worker', class {});
    expect(() =>
      warmIntlOffThread('en', () => {
        throw new DOMException('refused', 'SecurityError');
      }),
    ).not.toThrow();
  });
});
