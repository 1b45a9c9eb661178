/**
 * Asking the browser to keep the site's storage: without it, progress in IndexedDB may be
 * evicted when the disk runs low.
 */

export type PersistenceOutcome = 'persisted' | 'denied' | 'unsupported';

/**
 * Asks for persistent storage (`navigator.storage.persist()`, default: the browser's
 * StorageManager). `persisted` when granted now or before, `denied` when the browser says no,
 * `unsupported` when there is no StorageManager or asking fails. Never rejects.
 */
export async function requestPersistence(storage?: StorageManager): Promise<PersistenceOutcome> {
  let manager: StorageManager | undefined = storage;
  try {
    manager ??= (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
  } catch {
    // Reading navigator.storage can throw in locked-down contexts.
  }
  if (!manager || typeof manager.persist !== 'function') return 'unsupported';
  try {
    // Already granted: no need to ask (some browsers prompt on every call).
    if (typeof manager.persisted === 'function' && (await manager.persisted())) return 'persisted';
    return (await manager.persist()) ? 'persisted' : 'denied';
  } catch {
    return 'unsupported';
  }
}
