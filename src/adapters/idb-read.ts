/**
 * Reading records from the progress database without believing them: every value is validated,
 * and one that is unreadable or invalid is set aside in the quarantine store, with the reason,
 * while every other record still loads.
 */
import {
  checkDraft,
  checkProfile,
  inSlices,
  migrateAttempt,
  noPause,
  type AttemptRecord,
  type Checked,
  type Draft,
  type Pause,
  type Profile,
  type SetAside,
} from '../engine/progress/index.ts';
import { setAside } from './record-guards.ts';
import type { IDBPTransaction } from 'idb';
import type { ProgressDatabase, ProgressDB } from './idb-schema.ts';

type Store = SetAside['store'];
type ReadStore = ReturnType<IDBPTransaction<ProgressDB, [Store], 'readonly'>['objectStore']>;
type Records = { profiles: Profile; attempts: AttemptRecord; drafts: Draft };
type Check<T> = (raw: unknown) => Checked<T> & { readonly migratedFrom?: number };

const CHECKS: { readonly [S in Store]: Check<Records[S]> } = { profiles: checkProfile, attempts: migrateAttempt, drafts: checkDraft };

/** A value the browser could not give back (the read itself failed). */
class Unreadable {
  constructor(readonly why: string) {}
}

/** Errors that mean the connection, not a record, is at fault: the caller reopens and retries. */
export function isConnectionError(e: unknown): boolean {
  const name = errorName(e);
  return name === 'InvalidStateError' || name === 'TransactionInactiveError' || name === 'AbortError' || name === 'TimeoutError';
}

/** The name of a DOMException or Error (`QuotaExceededError`, `VersionError`, …), if any. */
export function errorName(e: unknown): unknown {
  return (e as { name?: unknown } | null)?.name;
}

/** "Name: message" for any thrown value. */
export function describeError(e: unknown): string {
  return e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e);
}

export interface Query {
  /** Only this profile's records (attempts and drafts: through their by-profile index; profiles: by key). */
  readonly profileId?: string;
}

/**
 * The valid records of `store` (all, or one profile's), current version, in key order; and a
 * problem line for each record set aside, checked a slice at a time with `pause` between.
 * Rejects only when the connection fails.
 */
export async function readValid<S extends Store>(
  db: ProgressDatabase,
  store: S,
  query: Query,
  now: number,
  pause: Pause = noPause,
): Promise<{ records: Records[S][]; problems: SetAside[] }> {
  const records: Records[S][] = [];
  const fixes: Records[S][] = [];
  const bad: { key: IDBValidKey; raw: unknown; reason: string }[] = [];
  // Checked a slice at a time (the read itself is over): thousands of attempts never hold the page long.
  const check = ([key, raw]: [IDBValidKey, unknown]) => {
    const r = raw instanceof Unreadable ? ({ ok: false, problem: `could not be read (${raw.why})` } as const) : CHECKS[store](raw);
    if (!r.ok) bad.push({ key, raw, reason: r.problem });
    else {
      records.push(r.record);
      if (r.migratedFrom !== undefined) fixes.push(r.record);
    }
  };
  await inSlices(await readEntries(db, store, query), check, pause);
  if (bad.length || fixes.length) await repair(db, store, fixes, bad, now);
  return { records, problems: bad.map((b) => setAside(store, b.key, b.reason)) };
}

async function readEntries(db: ProgressDatabase, store: Store, query: Query): Promise<[IDBValidKey, unknown][]> {
  const tx = db.transaction(store);
  tx.done.catch(() => undefined); // a failed read is handled below, not as an unhandled rejection
  const source = store !== 'profiles' && query.profileId !== undefined ? tx.objectStore(store).index('by-profile') : tx.objectStore(store);
  const range = query.profileId;
  try {
    return await readInPages(tx.objectStore(store), await source.getAllKeys(range));
  } catch (e) {
    if (isConnectionError(e)) throw e;
  }
  // One unreadable record fails a whole batch read: read one by one to find it.
  const all = await db.transaction(store).objectStore(store).getAllKeys();
  const keys = store === 'profiles' && query.profileId !== undefined ? all.filter((k) => k === query.profileId) : all;
  const entries: [IDBValidKey, unknown][] = [];
  for (const key of keys) {
    try {
      entries.push([key, await db.get(store, key)]);
    } catch (e) {
      if (isConnectionError(e)) throw e;
      entries.push([key, new Unreadable(describeError(e))]);
    }
  }
  if (store === 'profiles' || query.profileId === undefined) return entries;
  // The index is no help here: keep the attempts that say they are this profile's, and the unreadable.
  return entries.filter(([, v]) => v instanceof Unreadable || (v as { profileId?: unknown } | null)?.profileId === query.profileId);
}

/** Records read back per request: the browser rebuilds stored values when they are read, in one task per request. */
const READ_PAGE = 1000;

/**
 * The records under `wanted` (primary keys, in key order), a page of neighbouring keys per
 * request, each landing in a task of its own so thousands of records never hold the page at once.
 */
async function readInPages(store: ReadStore, wanted: readonly IDBValidKey[]): Promise<[IDBValidKey, unknown][]> {
  const entries: [IDBValidKey, unknown][] = [];
  for (let i = 0; i < wanted.length; i += READ_PAGE) {
    const page = wanted.slice(i, i + READ_PAGE);
    const span = IDBKeyRange.bound(page[0], page[page.length - 1]);
    const [keys, values] = await Promise.all([store.getAllKeys(span), store.getAll(span)]);
    // The span may hold other learners' records between this one's: keep only those asked for.
    const asked = new Set(page.map((k) => JSON.stringify(k)));
    keys.forEach((k, j) => asked.has(JSON.stringify(k)) && entries.push([k, values[j]]));
  }
  return entries;
}

/**
 * Moves bad records to the quarantine and writes migrated ones back, in one transaction. Best
 * effort: if it fails, the records stay where they are and are set aside again on the next read.
 */
async function repair(
  db: ProgressDatabase,
  store: Store,
  fixes: readonly unknown[],
  bad: readonly { key: IDBValidKey; raw: unknown; reason: string }[],
  now: number,
): Promise<void> {
  try {
    const tx = db.transaction([store, 'quarantine'], 'readwrite');
    tx.done.catch(() => undefined); // awaited below when all goes well
    const s = tx.objectStore(store);
    for (const b of bad) {
      // Another tab may have replaced the record since it was read: look again under the lock.
      if (!(b.raw instanceof Unreadable) && CHECKS[store](await s.get(b.key as string)).ok) continue;
      await tx
        .objectStore('quarantine')
        .add({ store, key: b.key, reason: b.reason, raw: b.raw instanceof Unreadable ? null : b.raw, at: now });
      await s.delete(b.key as string);
    }
    for (const f of fixes) await s.put(f);
    await tx.done;
  } catch {
    // Reported through problems() all the same.
  }
}
