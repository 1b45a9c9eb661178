/**
 * The IndexedDB database behind progress, and how each schema version is reached from the one
 * before. Upgrade steps run in order inside the browser's versionchange transaction, so a
 * database at version 1 gets step 2 only, and a failed step leaves it untouched at its old version.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

/**
 * A draft's key: its learner, scenario and the time its conversation started. Whatever is stored
 * gets a key (a malformed value is set aside when read, under this key).
 */
export function draftKey(value: unknown): [string, string, number] {
  const d = (value ?? {}) as { profileId?: unknown; scenarioId?: unknown; actions?: unknown };
  const start = Array.isArray(d.actions) ? (d.actions[0] as { at?: unknown } | undefined)?.at : undefined;
  return [String(d.profileId), String(d.scenarioId), typeof start === 'number' && Number.isFinite(start) ? start : 0];
}

export const DEFAULT_DB_NAME = 'hot-seat-progress';
export const DB_VERSION = 3;

/** A record set aside because it could not be read or did not validate. */
export interface QuarantineEntry {
  /** The object store it came from, and its key there. */
  readonly store: 'profiles' | 'attempts' | 'drafts';
  readonly key: IDBValidKey;
  readonly reason: string;
  /** The value as it was found (null when it could not be read at all). */
  readonly raw: unknown;
  /** Epoch ms. */
  readonly at: number;
}

/** Values are `unknown`: whatever is on disk is validated before it is believed. */
export interface ProgressDB extends DBSchema {
  profiles: { key: string; value: unknown };
  attempts: { key: string; value: unknown; indexes: { 'by-profile': string } };
  /** Keyed by `draftKey` (version 3; by profileId before). */
  drafts: { key: IDBValidKey; value: unknown; indexes: { 'by-profile': string } };
  quarantine: { key: number; value: QuarantineEntry };
}

export type ProgressDatabase = IDBPDatabase<ProgressDB>;
type UpgradeTx = IDBPTransaction<ProgressDB, StoreNames<ProgressDB>[], 'versionchange'>;
type UpgradeStep = (db: ProgressDatabase, tx: UpgradeTx, now: number) => Promise<void>;

/** Index i brings the database from version i to version i + 1. Never edit a shipped step: add one. */
const UPGRADES: readonly UpgradeStep[] = [
  // Version 1: profiles and attempts, keyed by id.
  async (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('attempts', { keyPath: 'id' });
  },
  // Version 2: attempts by profile, drafts, the quarantine. Records themselves are migrated in one
  // place, when read (idb-read.ts, through engine/progress/migrate.ts), as records from an export
  // file are: the database's version changes its stores only.
  async (db, tx) => {
    tx.objectStore('attempts').createIndex('by-profile', 'profileId');
    db.createObjectStore('drafts', { keyPath: 'profileId' });
    db.createObjectStore('quarantine', { autoIncrement: true });
  },
  // Version 3: one draft per conversation (learner, scenario, start), so a conversation in one
  // tab never wipes another tab's.
  async (db, tx) => {
    const kept = await tx.objectStore('drafts').getAll();
    db.deleteObjectStore('drafts');
    const drafts = db.createObjectStore('drafts');
    drafts.createIndex('by-profile', 'profileId');
    for (const d of kept) await drafts.put(d, draftKey(d));
  },
];

/**
 * Runs the upgrade steps from `oldVersion` up to `newVersion` in order. Rejects when a step fails;
 * the caller aborts the transaction, so the database stays as it was.
 */
export async function upgradeDatabase(
  db: ProgressDatabase,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
  now: number,
): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) {
    const step = UPGRADES[v];
    if (!step) throw new Error(`no upgrade step from database version ${v}`);
    await step(db, tx, now);
  }
}
