/**
 * The worker that starts ICU is best effort: it is told the page's language, an error inside it
 * is not the page's, and a browser without workers (or one that refuses this one) is left to the
 * page's own warmers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INTL_WARM_WAIT_MS, warmIntlOffThread, type SpawnWorker } from './intl-warm.ts';

describe('warmIntlOffThread', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the worker with the language and keeps its errors from being reported as the page’s', async () => {
    vi.stubGlobal('Worker', class {});
    const target = new EventTarget();
    const names: string[] = [];
    const warm = warmIntlOffThread(
      'ko',
      (name) => (names.push(name), target),
      () => undefined,
    );
    expect(names).toEqual(['ko']);
    const error = new Event('error', { cancelable: true });
    target.dispatchEvent(error);
    expect(error.defaultPrevented).toBe(true);
    await warm;
  });

  it('answers once the worker has made its formatters, or has failed', async () => {
    vi.stubGlobal('Worker', class {});
    const never = () => undefined;
    const told = new EventTarget();
    let settled = false;
    const warm = warmIntlOffThread('en', () => told, never).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    told.dispatchEvent(new MessageEvent('message', { data: 'warm' }));
    await warm;
    const failed = new EventTarget();
    const cold = warmIntlOffThread('en', () => failed, never);
    failed.dispatchEvent(new Event('error', { cancelable: true }));
    await expect(cold).resolves.toBeUndefined();
  });

  it('stops waiting for a worker that never answers', async () => {
    vi.stubGlobal('Worker', class {});
    const waits: number[] = [];
    let giveUp = () => {};
    const warm = warmIntlOffThread(
      'en',
      () => new EventTarget(),
      (ms, fn) => (waits.push(ms), (giveUp = fn)),
    );
    expect(waits).toEqual([INTL_WARM_WAIT_MS]);
    giveUp();
    await expect(warm).resolves.toBeUndefined();
  });

  it('does nothing where the browser has no workers, and the page need not wait', async () => {
    vi.stubGlobal('Worker', undefined);
    const spawn = vi.fn<SpawnWorker>();
    await expect(warmIntlOffThread('en', spawn)).resolves.toBeUndefined();
    expect(spawn).not.toHaveBeenCalled();
  });

  it('never throws when the worker is refused, and the page need not wait', async () => {
    vi.stubGlobal('Worker', class {});
    let refused: Promise<void> | undefined;
    expect(() => {
      refused = warmIntlOffThread('en', () => {
        throw new DOMException('refused', 'SecurityError');
      });
    }).not.toThrow();
    await expect(refused).resolves.toBeUndefined();
  });
});
