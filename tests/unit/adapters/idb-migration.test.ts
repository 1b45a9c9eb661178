/**
 * Opening databases that older versions of the game (or corruption) left behind: a frozen
 * version-1 database is upgraded and its records migrated inside the upgrade; records that do not
 * validate or cannot be read go to the quarantine with their reason while every other one loads.
 */
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openProgressStore } from '../../../src/adapters/idb-progress-store.ts';
import { DRAFT_VERSION } from '../../../src/engine/progress/index.ts';
import { attempt, profile, v1Export, v2Expected } from '../progress/make.ts';
import { IDBFactory, problemLine, rawAll, rawOpen } from './idb-helpers.ts';

const NAME = 'hot-seat-progress';

/** The database exactly as version 1 of the game created it, holding the frozen v1 records and `extra`. */
async function versionOneDatabase(factory: IDBFactory, extra: unknown[] = []): Promise<void> {
  const db = await rawOpen(factory, NAME, 1, (d) => {
    d.createObjectStore('profiles', { keyPath: 'id' });
    d.createObjectStore('attempts', { keyPath: 'id' });
  });
  const tx = db.transaction(['profiles', 'attempts'], 'readwrite');
  for (const p of v1Export.profiles) tx.objectStore('profiles').put(p);
  for (const a of [...v1Export.attempts, ...extra]) tx.objectStore('attempts').put(a);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

afterEach(() => vi.restoreAllMocks());

describe('upgrading a version-1 database', () => {
  it('migrates every attempt to version 2 on disk and loads them', async () => {
    const factory = new IDBFactory();
    await versionOneDatabase(factory);
    const store = await openProgressStore({ indexedDB: factory });
    expect(store.kind).toBe('indexeddb');
    expect(await store.listAttempts()).toEqual(v2Expected);
    expect(await store.listProfiles()).toEqual(v1Export.profiles);
    expect(await store.listAttempts(v1Export.profiles[1]!.id)).toEqual([v2Expected[2]]);
    expect(store.problems()).toEqual([]);
    store.close();
    // What is on disk is now version 2: the migration ran inside the upgrade transaction.
    expect(await rawAll(factory, NAME, 'attempts')).toEqual(v2Expected);
    expect(await rawAll(factory, NAME, 'quarantine')).toEqual([]);
  });

  it('sets corrupt records aside with the reason, and loads every other one', async () => {
    const factory = new IDBFactory();
    const broken = { ...v1Export.attempts[0], id: 'broken-steps', steps: 'lots' };
    const junk = { id: 'junk', hello: 'world' };
    await versionOneDatabase(factory, [broken, junk]);
    const store = await openProgressStore({ indexedDB: factory });
    expect(await store.listAttempts()).toEqual(v2Expected);
    expect(store.problems().map(problemLine)).toEqual([
      expect.stringMatching(/^attempts "broken-steps": version 1: steps: /),
      'attempts "junk": has no version number \'v\'',
    ]);
    expect(store.problems().map((p) => [p.store, p.key])).toEqual([
      ['attempts', 'broken-steps'],
      ['attempts', 'junk'],
    ]);
    store.close();
    const quarantine = (await rawAll(factory, NAME, 'quarantine')) as { store: string; key: string; raw: unknown; reason: string }[];
    expect(quarantine.map((q) => [q.store, q.key, q.raw])).toEqual([
      ['attempts', 'broken-steps', broken],
      ['attempts', 'junk', junk],
    ]);
    // Reported again on the next visit, from the quarantine.
    const again = await openProgressStore({ indexedDB: factory });
    expect(again.problems()).toHaveLength(2);
  });
});

describe('upgrading a version-2 database', () => {
  it('keeps its draft, now one per conversation', async () => {
    const factory = new IDBFactory();
    const db = await rawOpen(factory, NAME, 2, (d) => {
      // The layout version 2 of the game made.
      d.createObjectStore('profiles', { keyPath: 'id' });
      const attempts = d.createObjectStore('attempts', { keyPath: 'id' });
      attempts.createIndex('by-profile', 'profileId');
      d.createObjectStore('drafts', { keyPath: 'profileId' });
      d.createObjectStore('quarantine', { autoIncrement: true });
    });
    // A draft as saved before drafts carried a version and fingerprint.
    const draft = { profileId: 'p1', scenarioId: 'late-delivery', lang: 'en', actions: [{ type: 'start', at: 5, seed: 1 }], savedAt: 6 };
    const tx = db.transaction(['profiles', 'drafts'], 'readwrite');
    tx.objectStore('profiles').put(profile());
    tx.objectStore('drafts').put(draft);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    const store = await openProgressStore({ indexedDB: factory });
    // Read back at the current version, its fingerprint unknown.
    const current = { ...draft, lang: 'en' as const, v: DRAFT_VERSION as typeof DRAFT_VERSION, fingerprint: null };
    expect(await store.loadDraft('p1')).toEqual(current);
    await store.saveDraft({ ...current, scenarioId: 'chat-rephrase', actions: [{ type: 'start', at: 7, seed: 1 }], savedAt: 8 });
    expect(await store.loadDraft('p1', 'late-delivery')).toEqual(current);
    store.close();
  });
});

describe('a version-2 database with bad records', () => {
  it('quarantines an invalid record found on load and keeps the rest', async () => {
    const factory = new IDBFactory();
    const first = await openProgressStore({ indexedDB: factory });
    await first.saveProfile(profile());
    await first.addAttempt(attempt({ id: 'good' }));
    first.close();
    const db = await rawOpen(factory, NAME, 3);
    const tx = db.transaction(['attempts', 'profiles', 'drafts'], 'readwrite');
    tx.objectStore('attempts').put({ ...attempt({ id: 'bad' }), lang: 'fr' });
    tx.objectStore('profiles').put({ id: 'nameless', createdAt: 1 });
    tx.objectStore('drafts').put({ profileId: 'p1', actions: 'none' }, ['p1', 'x', 0]);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();

    const store = await openProgressStore({ indexedDB: factory });
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['good']);
    expect((await store.listProfiles()).map((p) => p.id)).toEqual(['p1']);
    expect(await store.loadDraft('p1')).toBeUndefined();
    expect(store.problems().map(problemLine)).toEqual([
      expect.stringMatching(/^profiles "nameless": name: /),
      expect.stringMatching(/^attempts "bad": lang: /),
      expect.stringMatching(/^drafts .*p1.*x.*: /),
    ]);
    store.close();
    expect(((await rawAll(factory, NAME, 'attempts')) as { id: string }[]).map((a) => a.id)).toEqual(['good']);
    expect(await rawAll(factory, NAME, 'quarantine')).toHaveLength(3);
  });

  it('reads record by record when one cannot be read at all, setting only that one aside', async () => {
    const factory = new IDBFactory();
    const first = await openProgressStore({ indexedDB: factory });
    for (const id of ['a1', 'unreadable', 'a3']) await first.addAttempt(attempt({ id }));
    first.close();
    const getAll = IDBObjectStore.prototype.getAll;
    const get = IDBObjectStore.prototype.get;
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'attempts') throw new DOMException('Failed to read large IndexedDB value', 'UnknownError');
      return getAll.apply(this, args);
    });
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key) {
      if (key === 'unreadable') throw new DOMException('Failed to read large IndexedDB value', 'UnknownError');
      return get.call(this, key);
    });
    const store = await openProgressStore({ indexedDB: factory });
    expect(store.kind).toBe('indexeddb');
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(store.problems().map(problemLine)).toEqual([
      'attempts "unreadable": could not be read (UnknownError: Failed to read large IndexedDB value)',
    ]);
  });
});
