/**
 * The IndexedDB store under the failures browsers really produce: a full disk, no IndexedDB, an
 * open that fails or stays blocked, connections closed under it, other tabs upgrading or writing
 * at the same time. In every case the game keeps playing and no attempt is lost.
 */
import { IDBDatabase, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANSWER_TIMEOUT_MS } from '../../../src/adapters/idb-open.ts';
import { openProgressStore } from '../../../src/adapters/idb-progress-store.ts';
import { manualTimers } from '../../manual-clock.ts';
import { attempt, profile } from '../progress/make.ts';
import {
  closeLikeBrowser,
  holdingSuccess,
  IDBFactory,
  openUnlessBlocked,
  rawAll,
  rawOpen,
  recordingFactory,
  watchingBlocks,
} from './idb-helpers.ts';

/** The reason given to onFallback: its kind, and an English message matching `pattern`. */
const fellBack = (kind: string, pattern: RegExp) => expect.objectContaining({ kind, message: expect.stringMatching(pattern) });

const NAME = 'hot-seat-progress';
const ids = async (store: { listAttempts(): Promise<{ id: string }[]> }) => (await store.listAttempts()).map((a) => a.id);
const onDisk = async (factory: IDBFactory) => ((await rawAll(factory, NAME, 'attempts')) as { id: string }[]).map((a) => a.id);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('falling back to memory', () => {
  it('on a full disk: calls onFallback once, keeps what was read and the write that failed', async () => {
    const factory = new IDBFactory();
    const before = await openProgressStore({ indexedDB: factory });
    await before.saveProfile(profile());
    await before.addAttempt(attempt({ id: 'old', endedAt: 1 }));
    before.close();

    const onFallback = vi.fn();
    // Timers nobody runs: the list waits for the attempts read back, however slow the machine.
    const store = await openProgressStore({ indexedDB: factory, onFallback, after: manualTimers().after });
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'attempts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await store.addAttempt(attempt({ id: 'new', endedAt: 2 }));
    expect(store.kind).toBe('memory');
    expect(onFallback).toHaveBeenCalledOnce();
    expect(onFallback).toHaveBeenCalledWith({
      kind: 'full',
      detail: expect.stringMatching(/^QuotaExceededError/),
      message: expect.stringMatching(
        /^Progress is kept in memory for this visit only: the browser's storage for this site is full \(QuotaExceededError/,
      ),
    });
    expect(await ids(store)).toEqual(['old', 'new']);
    expect((await store.listProfiles()).map((p) => p.id)).toEqual(['p1']);
    // Play goes on in memory.
    await store.addAttempt(attempt({ id: 'later', endedAt: 3 }));
    await store.saveDraft({ v: 2, fingerprint: 'f1', profileId: 'p1', scenarioId: 'two-paths', lang: 'en', actions: [], savedAt: 1 });
    expect(await ids(store)).toEqual(['old', 'new', 'later']);
    expect(await store.loadDraft('p1')).toBeDefined();
    expect(onFallback).toHaveBeenCalledOnce();
  });

  it('when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const onFallback = vi.fn();
    const store = await openProgressStore({ onFallback });
    expect(store.kind).toBe('memory');
    expect(onFallback).toHaveBeenCalledWith(fellBack('no-indexeddb', /offers no IndexedDB/));
    await store.addAttempt(attempt());
    expect(await ids(store)).toEqual(['a']);
  });

  it('when open throws (private mode, sandboxed frames)', async () => {
    const factory = new IDBFactory();
    factory.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const onFallback = vi.fn();
    const store = await openProgressStore({ indexedDB: factory, onFallback });
    expect(store.kind).toBe('memory');
    expect(onFallback).toHaveBeenCalledWith(fellBack('open-failed', /could not be opened \(SecurityError: The operation is insecure/));
    await store.saveProfile(profile());
    expect(await store.listProfiles()).toEqual([profile()]);
  });

  it('when open fails because a newer version of the game upgraded the database', async () => {
    const factory = new IDBFactory();
    (await rawOpen(factory, NAME, 4)).close();
    const onFallback = vi.fn();
    const store = await openProgressStore({ indexedDB: factory, onFallback });
    expect(store.kind).toBe('memory');
    expect(onFallback).toHaveBeenCalledWith(fellBack('newer-game', /VersionError/));
  });

  it('waits for an open that is slow but not blocked (another tab creating the database, a busy machine)', async () => {
    const factory = new IDBFactory();
    const { factory: slow, succeeded } = holdingSuccess(factory);
    const timers = manualTimers();
    const onFallback = vi.fn();
    const opening = openProgressStore({ indexedDB: slow, onFallback, openTimeoutMs: 50, after: timers.after });
    const letThrough = await succeeded;
    // Nobody blocks it, so only the answer timer runs: openTimeoutMs counts from a `blocked` event.
    expect(timers.pending()).toEqual([ANSWER_TIMEOUT_MS]);
    letThrough();
    const store = await opening;
    expect(onFallback).not.toHaveBeenCalled();
    expect(store.kind).toBe('indexeddb');
    expect(timers.pending()).toEqual([]);
    await store.addAttempt(attempt({ id: 'kept' }));
    expect(((await rawAll(factory, NAME, 'attempts')) as { id: string }[]).map((a) => a.id)).toEqual(['kept']);
    store.close();
  });

  it('when open stays blocked by another tab, closing the late connection when it comes', async () => {
    const factory = new IDBFactory();
    const old = await rawOpen(factory, NAME, 1, (d) => {
      d.createObjectStore('profiles', { keyPath: 'id' });
      d.createObjectStore('attempts', { keyPath: 'id' });
    });
    const onFallback = vi.fn();
    const { factory: watching, blocked } = watchingBlocks(factory);
    const timers = manualTimers();
    const opening = openProgressStore({ indexedDB: watching, onFallback, openTimeoutMs: 50, after: timers.after });
    await blocked;
    // The block timer took the answer timer's place.
    expect(timers.runAll()).toEqual([50]);
    const store = await opening;
    expect(store.kind).toBe('memory');
    expect(onFallback).toHaveBeenCalledWith(fellBack('blocked', /did not open within 50 ms/));
    old.close();
    // The late open did upgrade the database (this read waits behind it in the open queue)…
    expect(await rawAll(factory, NAME, 'quarantine')).toEqual([]);
    // …and its connection was closed at once, so it blocks nobody.
    expect(await openUnlessBlocked(factory, NAME, 4)).not.toBe('blocked');
  });
});

describe('lost connections', () => {
  it('reopens after the browser closes the connection, and the write lands', async () => {
    const { factory, connections } = recordingFactory();
    const onFallback = vi.fn();
    const store = await openProgressStore({ indexedDB: factory, onFallback });
    await closeLikeBrowser(connections[0]!);
    await store.addAttempt(attempt({ id: 'after-close' }));
    expect(store.kind).toBe('indexeddb');
    expect(connections).toHaveLength(2);
    expect(await onDisk(factory)).toEqual(['after-close']);
    expect(onFallback).not.toHaveBeenCalled();
  });

  it('retries once on a fresh connection when the connection dies during the write', async () => {
    const { factory, connections } = recordingFactory();
    const onFallback = vi.fn();
    const store = await openProgressStore({ indexedDB: factory, onFallback });
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(function (this: IDBObjectStore, ...args) {
      // A browser closing a connection aborts its transactions, then fires `close`
      // (fake-indexeddb would let them finish, so abort by hand).
      const request = put.apply(this, args);
      this.transaction.abort();
      void closeLikeBrowser(this.transaction.db);
      return request;
    });
    await store.addAttempt(attempt({ id: 'mid-write' }));
    expect(store.kind).toBe('indexeddb');
    expect(onFallback).not.toHaveBeenCalled();
    expect(connections).toHaveLength(2);
    expect(await onDisk(factory)).toEqual(['mid-write']);
  });

  it('closes for another tab that deletes or upgrades the database, then reopens', async () => {
    const factory = new IDBFactory();
    const store = await openProgressStore({ indexedDB: factory });
    await store.addAttempt(attempt({ id: 'before' }));
    // Another tab deletes the database: not blocked, because this store closes on versionchange.
    const deleted = factory.deleteDatabase(NAME);
    await new Promise((resolve, reject) => ((deleted.onsuccess = resolve), (deleted.onblocked = () => reject(new Error('blocked')))));
    await store.addAttempt(attempt({ id: 'after' }));
    expect(store.kind).toBe('indexeddb');
    expect(await onDisk(factory)).toEqual(['after']);

    // A newer version of the game upgrades it: this tab cannot reopen, so it keeps playing in memory.
    const onFallback = vi.fn();
    const second = await openProgressStore({ indexedDB: factory, onFallback });
    (await rawOpen(factory, NAME, 4)).close();
    await second.addAttempt(attempt({ id: 'in-memory' }));
    expect(second.kind).toBe('memory');
    expect(onFallback).toHaveBeenCalledWith(fellBack('newer-game', /VersionError/));
    // This tab cannot read the newer database, so it shows what it kept since; the attempt
    // written before stays in the database, for the newer game and the next visit.
    expect(await ids(second)).toEqual(['in-memory']);
    expect(((await rawAll(factory, NAME, 'attempts', 4)) as { id: string }[]).map((a) => a.id)).toEqual(['after']);
  });
});

describe('memory', () => {
  it('holds no attempt in memory while IndexedDB keeps them: they are read afresh', async () => {
    const factory = new IDBFactory();
    const store = await openProgressStore({ indexedDB: factory, after: manualTimers().after });
    for (let i = 0; i < 20; i++) await store.addAttempt(attempt({ id: `a${i}`, endedAt: i }));
    // Another tab clears the attempts; this tab shows the database, not a copy of its own.
    const db = await rawOpen(factory, NAME, 3);
    await new Promise((resolve) => (db.transaction('attempts', 'readwrite').objectStore('attempts').clear().onsuccess = resolve));
    db.close();
    expect(await ids(store)).toEqual([]);
    // Once a newer game takes the database over, only what this tab could not store is held here.
    (await rawOpen(factory, NAME, 4)).close();
    await store.addAttempt(attempt({ id: 'held' }));
    expect(store.kind).toBe('memory');
    expect(await ids(store)).toEqual(['held']);
  });
});

describe('concurrency and durability', () => {
  it('keeps every attempt when two tabs write at once', async () => {
    const factory = new IDBFactory();
    // Timers nobody runs: the second open queues behind the first's upgrade as long as it must.
    const open = () => openProgressStore({ indexedDB: factory, after: manualTimers().after });
    const [tab1, tab2] = await Promise.all([open(), open()]);
    await Promise.all([
      ...[1, 2, 3].map((i) => tab1.addAttempt(attempt({ id: `tab1-${i}`, endedAt: i }))),
      ...[1, 2, 3].map((i) => tab2.addAttempt(attempt({ id: `tab2-${i}`, endedAt: i }))),
    ]);
    const all = ['tab1-1', 'tab2-1', 'tab1-2', 'tab2-2', 'tab1-3', 'tab2-3'];
    expect(await ids(tab1)).toEqual(all);
    expect(await ids(tab2)).toEqual(all);
    expect(tab1.kind).toBe('indexeddb');
  });

  it('writes attempts in strict-durability transactions', async () => {
    const store = await openProgressStore({ indexedDB: new IDBFactory() });
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await store.addAttempt(attempt());
    expect(transaction).toHaveBeenCalledWith(['attempts'], 'readwrite', { durability: 'strict' });
  });

  it('imports in one transaction: a failure part-way writes none of it', async () => {
    const factory = new IDBFactory();
    const onFallback = vi.fn();
    const store = await openProgressStore({ indexedDB: factory, onFallback, after: manualTimers().after });
    await store.addAttempt(attempt({ id: 'existing' }));
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, ...rest) {
      if ((value as { id?: string }).id === 'i3')
        throw new DOMException('Data provided to an operation does not meet requirements.', 'DataError');
      return put.call(this, value, ...rest);
    });
    await store.importAll(
      [profile('p9')],
      ['i1', 'i2', 'i3'].map((id) => attempt({ id })),
    );
    vi.restoreAllMocks();
    // IndexedDB rolled back the whole batch, even the records put before the failure…
    expect(await onDisk(factory)).toEqual(['existing']);
    expect(await rawAll(factory, NAME, 'profiles')).toEqual([]);
    // …and the store, unable to write, keeps the complete import in memory and says so.
    expect(store.kind).toBe('memory');
    expect(onFallback).toHaveBeenCalledWith(fellBack('failed', /could not import the progress, even on a fresh connection \(DataError/));
    expect(await ids(store)).toEqual(['existing', 'i1', 'i2', 'i3']);
  });

  it('keeps progress across visits', async () => {
    const factory = new IDBFactory();
    const first = await openProgressStore({ indexedDB: factory });
    await first.saveProfile(profile());
    await first.addAttempt(attempt());
    await first.saveDraft({
      v: 2,
      fingerprint: 'f1',
      profileId: 'p1',
      scenarioId: 'two-paths',
      lang: 'ko',
      actions: [{ type: 'start', at: 5, seed: 1 }],
      savedAt: 6,
    });
    first.close();
    const next = await openProgressStore({ indexedDB: factory });
    expect(await next.listProfiles()).toEqual([profile()]);
    expect(await ids(next)).toEqual(['a']);
    expect(await next.loadDraft('p1')).toMatchObject({ lang: 'ko', savedAt: 6 });
  });
});
