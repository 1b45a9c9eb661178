/**
 * Progress in IndexedDB. Profiles and drafts (a few small records) are mirrored in memory;
 * attempts are not, so a long day of practice does not make the tab heavier: while IndexedDB
 * works it is read afresh. When IndexedDB is unavailable or full, or a write fails even on a
 * fresh connection, the store falls back to memory for the rest of the visit, says why once
 * through `onFallback`, reads back the attempts IndexedDB already holds where the browser still
 * allows it, and the game keeps playing. An attempt is always kept in one place or the other.
 */
import {
  checkDraft,
  inSlices,
  noPause,
  type AttemptRecord,
  type Draft,
  type Pause,
  type Profile,
  type ProgressStore,
  type SetAside,
  type StorageFallback,
} from '../engine/progress/index.ts';
import type { Scheduler } from '../engine/index.ts';
import { IdbConnection, openFailureKind, writeAtomically, type GiveUp, type Write } from './idb-connection.ts';
import { realTimers } from './idb-open.ts';
import { describeError, readValid, type Query } from './idb-read.ts';
import { DEFAULT_DB_NAME, draftKey, type ProgressDatabase } from './idb-schema.ts';
import { MemoryProgressStore } from './memory-progress-store.ts';
import {
  isDraftToClear,
  latestDraft,
  requireAttempt,
  setAside,
  requireDraft,
  requireProfile,
  sortAttempts,
  sortProfiles,
} from './record-guards.ts';

export interface ProgressStoreOptions {
  /** The database name (default `hot-seat-progress`). */
  readonly name?: string;
  /** The IndexedDB to use (default: the browser's `indexedDB`). */
  readonly indexedDB?: IDBFactory;
  /** Called once, saying why, when progress falls back to memory. */
  readonly onFallback?: (reason: StorageFallback) => void;
  /**
   * How long an open may stay blocked by another tab, counted from its `blocked` event, before
   * falling back (default 5000).
   */
  readonly openTimeoutMs?: number;
  /** How long an open that nobody blocks may go unanswered before falling back (default ANSWER_TIMEOUT_MS). */
  readonly answerTimeoutMs?: number;
  /**
   * After a fallback, how long a list waits for the attempts IndexedDB already holds to be read
   * back (default 1000) before answering with this visit's alone (see `historyMissing`).
   */
  readonly salvageWaitMs?: number;
  /** Awaited between slices of work over many records (default: none), so the page stays responsive. */
  readonly pause?: Pause;
  /**
   * Runs the give-up timers above (default: the runtime's). Tests pass timers they run themselves,
   * so what they check never hangs on how busy the machine is.
   */
  readonly after?: Scheduler['after'];
}

type ImportWrite = Write<'profiles' | 'attempts' | 'drafts'>;
type ImportTx = Parameters<ImportWrite>[0];

export class IdbProgressStore implements ProgressStore {
  /** Profiles, drafts and problems always; attempts only once IndexedDB cannot hold them. */
  private readonly mirror = new MemoryProgressStore();
  private readonly link: IdbConnection | undefined;
  private fallen = false;
  /** After a fallback: reading back what IndexedDB already holds (see `salvage`). */
  private salvaged: Promise<void> = Promise.resolve();
  private historyRead = false;
  private readonly pause: Pause;
  private readonly after: Scheduler['after'];

  constructor(
    factory: IDBFactory | undefined,
    private readonly options: ProgressStoreOptions,
  ) {
    this.after = options.after ?? realTimers;
    const link = {
      name: options.name ?? DEFAULT_DB_NAME,
      openTimeoutMs: options.openTimeoutMs ?? 5000,
      ...(options.answerTimeoutMs === undefined ? {} : { answerTimeoutMs: options.answerTimeoutMs }),
      after: this.after,
      onGiveUp: (reason: GiveUp) => this.fallBack(reason),
    };
    this.link = factory && new IdbConnection(factory, link);
    this.pause = options.pause ?? noPause;
  }

  get kind(): 'indexeddb' | 'memory' {
    return this.fallen ? 'memory' : 'indexeddb';
  }

  /** Fallen back, and the attempts IndexedDB held before could not be read back (yet). */
  get historyMissing(): boolean {
    return this.fallen && this.link !== undefined && !this.historyRead;
  }

  /**
   * Opens the database, reads profiles and drafts into the mirror and checks every attempt
   * (setting unreadable ones aside), falling back if it cannot.
   */
  async start(): Promise<void> {
    if (!this.link)
      return this.fallBack({ kind: 'no-indexeddb', why: 'this browser offers no IndexedDB (private browsing, or storage disabled)' });
    try {
      await this.link.open();
    } catch (e) {
      const detail = describeError(e);
      const kind = openFailureKind(e) ?? 'open-failed';
      return this.link.giveUp({ kind, why: `the progress database could not be opened (${detail})`, detail });
    }
    await this.run('read your progress', async (db) => {
      const quarantined = await db.getAll('quarantine');
      for (const q of quarantined) this.mirror.noteProblem(setAside(q.store, q.key, q.reason));
      await this.mirror.importAll(await this.read(db, 'profiles'), []);
      // Read to set unreadable attempts aside now, so the progress screen can say so; not kept.
      await this.read(db, 'attempts');
      for (const d of await this.read(db, 'drafts')) await this.mirror.saveDraft(d);
    });
  }

  async listProfiles(): Promise<Profile[]> {
    const fresh = await this.run('read the profiles', (db) => this.read(db, 'profiles'));
    if (!fresh) return this.mirror.listProfiles();
    await this.mirror.importAll(fresh, []);
    return sortProfiles(fresh);
  }

  async saveProfile(profile: Profile): Promise<void> {
    const p = requireProfile(profile);
    await this.run('save the profile', (db) => writeAtomically(db, ['profiles'], [(tx) => tx.objectStore('profiles').put(p)], 'strict'));
    await this.mirror.saveProfile(p);
  }

  async firstProfile(candidate: Profile): Promise<Profile> {
    const p = requireProfile(candidate);
    // Counting and adding in one readwrite transaction: another tab's claim waits for this one.
    const claimed = await this.run('save the profile', async (db) => {
      let none = false;
      const claim: Write<'profiles'> = async (tx) => {
        none = (await tx.objectStore('profiles').count()) === 0;
        if (none) await tx.objectStore('profiles').put(p);
      };
      await writeAtomically(db, ['profiles'], [claim], 'strict');
      return none;
    });
    if (claimed) {
      await this.mirror.saveProfile(p);
      return p;
    }
    // Another tab's profile, or (fallen back, or every stored profile set aside) none yet.
    const [first] = await this.listProfiles();
    if (first) return first;
    await this.saveProfile(p);
    return p;
  }

  async listAttempts(profileId?: string): Promise<AttemptRecord[]> {
    const query = profileId === undefined ? {} : { profileId };
    const fresh = await this.run('read the attempts', (db) => this.read(db, 'attempts', query));
    if (fresh) return sortAttempts(fresh);
    // A database that never answers must not hold up an export: wait a little, then say it is partial.
    let cancel = (): void => undefined;
    const waited = new Promise<void>((resolve) => (cancel = this.after(this.options.salvageWaitMs ?? 1000, resolve)));
    await Promise.race([this.salvaged, waited]);
    cancel();
    return this.mirror.listAttempts(profileId);
  }

  async addAttempt(attempt: AttemptRecord): Promise<void> {
    const a = requireAttempt(attempt);
    // put, not add: a retry after a lost connection may find the first write landed.
    const stored = await this.run('keep the attempt', async (db) => {
      await writeAtomically(db, ['attempts'], [(tx) => tx.objectStore('attempts').put(a)], 'strict');
      return true;
    });
    if (!stored) await this.mirror.addAttempt(a);
  }

  async saveDraft(draft: Draft): Promise<void> {
    const d = requireDraft(draft);
    await this.run('save the draft', (db) => writeAtomically(db, ['drafts'], [(tx) => tx.objectStore('drafts').put(d, draftKey(d))]));
    await this.mirror.saveDraft(d);
  }

  async loadDraft(profileId: string, scenarioId?: string): Promise<Draft | undefined> {
    const fresh = await this.run('read the draft', (db) => this.read(db, 'drafts', { profileId }));
    return fresh ? latestDraft(fresh, scenarioId) : this.mirror.loadDraft(profileId, scenarioId);
  }

  async clearDraft(profileId: string, scenarioId?: string, startedAt?: number): Promise<void> {
    // Looked at and removed in one transaction: another tab's newer draft is never taken with it.
    const clear: Write<'drafts'> = async (tx) => {
      let cursor = await tx.objectStore('drafts').index('by-profile').openCursor(profileId);
      while (cursor) {
        const draft = checkDraft(cursor.value);
        if (draft.ok && isDraftToClear(draft.record, scenarioId, startedAt)) await cursor.delete();
        cursor = await cursor.continue();
      }
    };
    await this.run('clear the draft', (db) => writeAtomically(db, ['drafts'], [clear]));
    await this.mirror.clearDraft(profileId, scenarioId, startedAt);
  }

  async importAll(
    profiles: readonly Profile[],
    attempts: readonly AttemptRecord[],
    options: { readonly dropIfEmpty?: string } = {},
  ): Promise<void> {
    const ps = profiles.map(requireProfile);
    const as: AttemptRecord[] = [];
    await inSlices(attempts, (a) => void as.push(requireAttempt(a)), this.pause);
    const writes: ImportWrite[] = [
      ...ps.map((p) => (tx: ImportTx) => tx.objectStore('profiles').put(p)),
      ...as.map((a) => (tx: ImportTx) => tx.objectStore('attempts').put(a)),
    ];
    const drop = options.dropIfEmpty;
    let dropped = false;
    if (drop !== undefined && !ps.some((p) => p.id === drop)) {
      // Counted after the puts, in the same transaction: nothing can land for it in between.
      writes.push(async (tx) => {
        const held =
          (await tx.objectStore('attempts').index('by-profile').count(drop)) +
          (await tx.objectStore('drafts').index('by-profile').count(drop));
        if (held === 0) await tx.objectStore('profiles').delete(drop);
        dropped = held === 0;
      });
    }
    const stored = await this.run('import the progress', async (db) => {
      await writeAtomically<'profiles' | 'attempts' | 'drafts'>(db, ['profiles', 'attempts', 'drafts'], writes, 'strict');
      return true;
    });
    if (stored) {
      await this.mirror.importAll(ps, []);
      if (dropped && drop !== undefined) this.mirror.forgetProfile(drop);
    } else await this.mirror.importAll(ps, as, options);
  }

  problems(): SetAside[] {
    return this.mirror.problems();
  }

  /** Closes the connection (tests, or a page that is going away). The store reopens if used again. */
  close(): void {
    this.link?.close();
  }

  private async read<S extends 'profiles' | 'attempts' | 'drafts'>(db: ProgressDatabase, store: S, query: Query = {}) {
    const { records, problems } = await readValid(db, store, query, Date.now(), this.pause);
    for (const p of problems) this.mirror.noteProblem(p);
    return records;
  }

  /**
   * Reads back every attempt IndexedDB holds, once, on a connection of its own: after a full disk
   * reading still works, so the learner's history stays on screen. Where even that fails (a newer
   * game took the database over), the attempts stay in the database, safe for the next visit.
   */
  private async salvage(): Promise<void> {
    const held = await this.link?.readOnce((db) => this.read(db, 'attempts'));
    if (!held) return;
    await this.mirror.importAll([], held);
    this.historyRead = true;
  }

  private run<T>(what: string, op: (db: ProgressDatabase) => Promise<T>): Promise<T | undefined> {
    return this.link && !this.fallen ? this.link.run(what, op) : Promise.resolve(undefined);
  }

  private fallBack({ kind, why, detail }: GiveUp): void {
    if (this.fallen) return;
    this.fallen = true;
    this.salvaged = this.salvage();
    try {
      this.options.onFallback?.({
        kind,
        ...(detail === undefined ? {} : { detail }),
        message: `Progress is kept in memory for this visit only: ${why}.`,
      });
    } catch {
      // A failing listener must not stop the game.
    }
  }
}

/**
 * Opens the progress store on `options.indexedDB` (default: the browser's). Never rejects: when
 * IndexedDB is missing, throws, stays blocked by another tab past `openTimeoutMs`, never answers,
 * or fails to read, the store comes back with kind `memory` and `onFallback` has been told why.
 */
export async function openProgressStore(options: ProgressStoreOptions = {}): Promise<IdbProgressStore> {
  let factory: IDBFactory | undefined;
  try {
    factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  } catch {
    // Some browsers throw on merely reading indexedDB when storage is blocked.
  }
  const store = new IdbProgressStore(factory, options);
  await store.start();
  return store;
}
