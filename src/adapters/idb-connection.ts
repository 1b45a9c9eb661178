/**
 * One tab's link to the progress database: opens it lazily, reopens after the browser closes it,
 * retries a failed operation once on a fresh connection, and gives up (falls back) on a full disk
 * or a second failure. Writes go through `writeAtomically`, which never leaves half a write behind.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { openDatabase, OpenTimeout } from './idb-open.ts';
import { describeError, errorName } from './idb-read.ts';
import type { Scheduler } from '../engine/index.ts';
import type { StorageFallback } from '../engine/progress/index.ts';
import type { ProgressDatabase, ProgressDB } from './idb-schema.ts';

/** Why the link gave up: a kind the game can translate, and the English words for it. */
export interface GiveUp {
  readonly kind: StorageFallback['kind'];
  readonly why: string;
  readonly detail?: string;
}

export interface LinkOptions {
  readonly name: string;
  readonly openTimeoutMs: number;
  /** How long an open nobody blocks may go unanswered (default ANSWER_TIMEOUT_MS). */
  readonly answerTimeoutMs?: number;
  /** Runs the open's give-up timers. */
  readonly after: Scheduler['after'];
  /** Called once when the link gives up; from then on `run` resolves undefined at once. */
  readonly onGiveUp: (reason: GiveUp) => void;
}

export class IdbConnection {
  private conn: Promise<ProgressDatabase> | undefined;
  private gaveUp = false;

  constructor(
    private readonly factory: IDBFactory,
    private readonly options: LinkOptions,
  ) {}

  get usable(): boolean {
    return !this.gaveUp;
  }

  /** Opens now (to fail early at start-up): rejects when the database cannot be opened. */
  async open(): Promise<void> {
    await this.connection();
  }

  /**
   * Runs `op` on the database; on failure, once more on a fresh connection (the browser may have
   * closed the old one). A full disk, or a second failure, gives up. Resolves with the result, or
   * undefined when the link has given up.
   */
  async run<T>(what: string, op: (db: ProgressDatabase) => Promise<T>): Promise<T | undefined> {
    for (let tries = 0; !this.gaveUp; tries++) {
      try {
        return await op(await this.connection());
      } catch (e) {
        this.close();
        const detail = describeError(e);
        if (isQuotaError(e)) this.giveUp({ kind: 'full', why: `the browser's storage for this site is full (${detail})`, detail });
        else if (tries >= 1)
          this.giveUp({
            kind: openFailureKind(e) ?? 'failed',
            why: `could not ${what}, even on a fresh connection (${detail})`,
            detail,
          });
      }
    }
    return undefined;
  }

  /**
   * Runs a read `op` once on a connection of its own, even after giving up (a full disk still
   * reads). Resolves undefined, never rejects, when the database cannot be opened or read.
   */
  async readOnce<T>(op: (db: ProgressDatabase) => Promise<T>): Promise<T | undefined> {
    let db: ProgressDatabase | undefined;
    try {
      db = await openDatabase(this.factory, this.options.name, {
        ...this.timeouts(),
        now: Date.now,
        onGone: () => undefined,
      });
      return await op(db);
    } catch {
      return undefined;
    } finally {
      db?.close();
    }
  }

  /** Gives up for good (the store runs from memory from now on). */
  giveUp(reason: GiveUp): void {
    if (this.gaveUp) return;
    this.gaveUp = true;
    this.close();
    this.options.onGiveUp(reason);
  }

  /** Closes the current connection, if any; the next `run` opens a new one. */
  close(): void {
    const conn = this.conn;
    this.conn = undefined;
    conn?.then(
      (db) => db.close(),
      () => undefined,
    );
  }

  private timeouts() {
    const { openTimeoutMs, answerTimeoutMs, after } = this.options;
    return { timeoutMs: openTimeoutMs, after, ...(answerTimeoutMs === undefined ? {} : { answerTimeoutMs }) };
  }

  private connection(): Promise<ProgressDatabase> {
    if (this.conn) return this.conn;
    const opening: Promise<ProgressDatabase> = openDatabase(this.factory, this.options.name, {
      ...this.timeouts(),
      now: Date.now,
      onGone: () => {
        if (this.conn === opening) this.conn = undefined;
      },
    });
    return (this.conn = opening);
  }
}

/** Requests issued at once by `writeAtomically`; the next batch waits for this one to land. */
const WRITE_BATCH = 500;

/** One request of an atomic write. */
export type Write<S extends StoreNames<ProgressDB>> = (tx: IDBPTransaction<ProgressDB, S[], 'readwrite'>) => Promise<unknown>;

/**
 * Makes `writes` in one readwrite transaction and resolves once it has committed. Any failure,
 * including a request that throws at once (DataError, DataCloneError), aborts the transaction,
 * so either every write lands or none does.
 */
export async function writeAtomically<S extends StoreNames<ProgressDB>>(
  db: ProgressDatabase,
  stores: S[],
  writes: readonly Write<S>[],
  durability: IDBTransactionDurability = 'default',
): Promise<void> {
  const tx = db.transaction(stores, 'readwrite', { durability });
  // Every promise is observed, so an abort does not also surface as unhandled rejections.
  tx.done.catch(() => undefined);
  const pending: Promise<unknown>[] = [];
  try {
    for (const [i, write] of writes.entries()) {
      const p = write(tx);
      p.catch(() => undefined);
      pending.push(p);
      // A batch at a time, each once the one before has landed: request events are tasks, so the
      // page paints and answers input in between, and the transaction stays one (all or nothing).
      if ((i + 1) % WRITE_BATCH === 0) await p;
    }
    await Promise.all(pending);
    await tx.done;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already aborted or finished: nothing to undo.
    }
    throw e;
  }
}

/**
 * What an error that stopped the database opening means for the learner: another tab holds it,
 * the browser never answered, or a newer game upgraded it; undefined for anything else.
 */
export function openFailureKind(e: unknown): 'blocked' | 'no-answer' | 'newer-game' | undefined {
  if (e instanceof OpenTimeout) return e.blocked ? 'blocked' : 'no-answer';
  return errorName(e) === 'VersionError' ? 'newer-game' : undefined;
}

function isQuotaError(e: unknown): boolean {
  const name = errorName(e);
  // Firefox once used its own name for the same thing.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
