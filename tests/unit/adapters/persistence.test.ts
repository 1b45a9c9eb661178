/**
 * requestPersistence: asks only when not already granted, and reports every outcome, never
 * rejecting.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistence } from '../../../src/adapters/persistence.ts';

const manager = (persisted: boolean | Error, persist: boolean | Error) =>
  ({
    persisted: vi.fn(async () => {
      if (persisted instanceof Error) throw persisted;
      return persisted;
    }),
    persist: vi.fn(async () => {
      if (persist instanceof Error) throw persist;
      return persist;
    }),
  }) as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> };

afterEach(() => vi.unstubAllGlobals());

describe('requestPersistence', () => {
  it('is persisted without asking when already granted', async () => {
    const m = manager(true, false);
    expect(await requestPersistence(m)).toBe('persisted');
    expect(m.persist).not.toHaveBeenCalled();
  });

  it('asks, and reports what the browser says', async () => {
    expect(await requestPersistence(manager(false, true))).toBe('persisted');
    expect(await requestPersistence(manager(false, false))).toBe('denied');
  });

  it('is unsupported without a StorageManager, or when asking fails', async () => {
    expect(await requestPersistence({} as StorageManager)).toBe('unsupported');
    expect(await requestPersistence(manager(false, new Error('not allowed')))).toBe('unsupported');
    vi.stubGlobal('navigator', {});
    expect(await requestPersistence()).toBe('unsupported');
  });

  it("uses the browser's navigator.storage by default", async () => {
    const m = manager(false, true);
    vi.stubGlobal('navigator', { storage: m });
    expect(await requestPersistence()).toBe('persisted');
    expect(m.persist).toHaveBeenCalledOnce();
  });
});
