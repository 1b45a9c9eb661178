/**
 * Thousands of attempts in IndexedDB: an import is written in batches yet stays one transaction
 * (a failure in a late batch writes nothing), checking pauses between slices, and reading back
 * a page of records at a time gives every record of the learner asked for, and no other's.
 */
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openProgressStore } from '../../../src/adapters/idb-progress-store.ts';
import { attempt, profile } from '../progress/make.ts';
import { IDBFactory, rawAll } from './idb-helpers.ts';

afterEach(() => vi.restoreAllMocks());

/** 2,500 attempts, two learners' interleaved by id (so one learner's keys span the other's). */
const attempts = Array.from({ length: 2_500 }, (_, i) =>
  attempt({ id: `a${String(i).padStart(5, '0')}`, profileId: i % 2 ? 'p2' : 'p1', endedAt: 1_000 + i }),
);

describe('a large import', () => {
  it('stores every attempt, pausing between slices, and reads each learner back whole', async () => {
    const factory = new IDBFactory();
    let pauses = 0;
    const store = await openProgressStore({ indexedDB: factory, pause: async () => void pauses++ });
    await store.importAll([profile('p1'), profile('p2', 'Bo')], attempts);
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(await rawAll(factory, 'hot-seat-progress', 'attempts')).toHaveLength(2_500);
    const mine = await store.listAttempts('p2');
    expect(mine.map((a) => a.id)).toEqual(attempts.filter((a) => a.profileId === 'p2').map((a) => a.id));
    expect(await store.listAttempts()).toHaveLength(2_500);
    store.close();
  });

  it('writes nothing when a write in a late batch fails', async () => {
    const factory = new IDBFactory();
    const store = await openProgressStore({ indexedDB: factory });
    await store.saveProfile(profile('p1'));
    const put = IDBObjectStore.prototype.put;
    let n = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'attempts' && ++n >= 2_200) throw new DOMException('Data could not be cloned.', 'DataCloneError');
      return put.apply(this, args);
    });
    await expect(store.importAll([profile('p2', 'Bo')], attempts)).resolves.toBeUndefined();
    vi.restoreAllMocks();
    // Not stored: kept in memory for this visit instead, and the database holds none of it.
    expect(await rawAll(factory, 'hot-seat-progress', 'attempts')).toEqual([]);
    expect(((await rawAll(factory, 'hot-seat-progress', 'profiles')) as { id: string }[]).map((p) => p.id)).toEqual(['p1']);
  });
});
