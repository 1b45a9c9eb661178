/**
 * A database that never answers, or that another tab holds: the learner is told quickly and with
 * the right reason, and a list (so an export) never waits on the database for long, saying instead
 * that the attempts stored earlier are missing. Timeouts are short, or on timers the test runs, so
 * nothing really waits and no outcome hangs on how busy the machine is.
 */
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openProgressStore } from '../../../src/adapters/idb-progress-store.ts';
import { ProgressKeeper } from '../../../src/app/progress-keeper.ts';
import { exportFile, exportedText } from '../../../src/app/progress-flows.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { manualTimers } from '../../manual-clock.ts';
import { attempt, profile } from '../progress/make.ts';
import { IDBFactory, rawAll, rawOpen, watchingBlocks } from './idb-helpers.ts';

const NAME = 'hot-seat-progress';

afterEach(() => vi.restoreAllMocks());

/** A browser whose every open stays pending for ever: no success, no error, no blocked event. */
function silentFactory(): { factory: IDBFactory; opens: () => number } {
  let opens = 0;
  const factory = Object.create(new IDBFactory()) as IDBFactory;
  factory.open = () => {
    opens++;
    return Object.assign(new EventTarget(), { result: undefined, error: null, transaction: null }) as unknown as IDBOpenDBRequest;
  };
  return { factory, opens: () => opens };
}

describe('an open that never answers', () => {
  it('falls back after answerTimeoutMs, saying the browser did not answer (not that another tab holds it)', async () => {
    const { factory } = silentFactory();
    const onFallback = vi.fn();
    const store = await openProgressStore({ indexedDB: factory, onFallback, answerTimeoutMs: 20 });
    expect(store.kind).toBe('memory');
    expect(onFallback).toHaveBeenCalledOnce();
    expect(onFallback).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'no-answer', message: expect.stringMatching(/did not answer/) }),
    );
  });

  it('lists this visit’s attempts without waiting on the database, and says the earlier ones are missing', async () => {
    const { factory, opens } = silentFactory();
    const store = await openProgressStore({ indexedDB: factory, answerTimeoutMs: 20, salvageWaitMs: 5 });
    await store.saveProfile(profile());
    await store.addAttempt(attempt({ id: 'this-visit' }));
    // The read-back of the stored history is itself still waiting on an open that never answers.
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['this-visit']);
    expect(store.historyMissing).toBe(true);
    expect(opens()).toBe(2);

    const keeper = new ProgressKeeper({
      open: async () => store,
      kv: { get: () => undefined, set: () => undefined },
      newId: () => 'id',
      now: () => 0,
      defaultName: 'Learner',
      onFallback: () => undefined,
    });
    const file = await exportFile(keeper, 'device', Date.UTC(2026, 11, 3), '/');
    expect(file).toMatchObject({ name: 'hot-seat-backup-2026-12-03-this-visit-only.json', attempts: 1, partial: true });
    expect(JSON.parse(file.text).attempts).toHaveLength(1);
    expect(exportedText(await createI18n('en'), file)).toBe(
      "Saved hot-seat-backup-2026-12-03-this-visit-only.json with this visit's 1 attempt only: the attempts stored earlier on this device could not be read, so they are not in the file. They are left untouched on this device.",
    );
  });
});

describe('the history read back after a fallback', () => {
  it('is missing after a newer game took the database, which stays untouched', async () => {
    const factory = new IDBFactory();
    const before = await openProgressStore({ indexedDB: factory });
    await before.addAttempt(attempt({ id: 'kept' }));
    before.close();
    (await rawOpen(factory, NAME, 4)).close();
    const store = await openProgressStore({ indexedDB: factory, salvageWaitMs: 5 });
    expect(store.kind).toBe('memory');
    await store.listAttempts();
    // This version cannot read a newer database: the export says so, and the data stays as it was.
    expect(store.historyMissing).toBe(true);
    expect(((await rawAll(factory, NAME, 'attempts', 4)) as { id: string }[]).map((a) => a.id)).toEqual(['kept']);
  });

  it('is included when the database still reads (a full disk)', async () => {
    const factory = new IDBFactory();
    // Timers nobody runs: the list waits for the attempts read back, however slow the machine.
    const store = await openProgressStore({ indexedDB: factory, after: manualTimers().after });
    await store.addAttempt(attempt({ id: 'old', endedAt: 1 }));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await store.addAttempt(attempt({ id: 'new', endedAt: 2 }));
    expect(store.kind).toBe('memory');
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['old', 'new']);
    expect(store.historyMissing).toBe(false);
  });
});

describe('an open blocked by another tab', () => {
  it('says another tab holds it, even when the answer timer is shorter than the block timer', async () => {
    const factory = new IDBFactory();
    const old = await rawOpen(factory, NAME, 1, (d) => void d.createObjectStore('attempts', { keyPath: 'id' }));
    const onFallback = vi.fn();
    const { factory: watching, blocked } = watchingBlocks(factory);
    const timers = manualTimers();
    const opening = openProgressStore({ indexedDB: watching, onFallback, openTimeoutMs: 40, answerTimeoutMs: 10, after: timers.after });
    await blocked;
    // The block timer took the answer timer's place: the sooner answer timer runs no more.
    expect(timers.runAll()).toEqual([40]);
    await opening;
    expect(onFallback).toHaveBeenCalledWith(expect.objectContaining({ kind: 'blocked' }));
    old.close();
  });
});
