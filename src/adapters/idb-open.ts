/**
 * Opening the progress database on any IDBFactory (the browser's, or a fake in tests), with the
 * events the store must react to: the browser closing the connection (`close`, e.g. a background
 * tab or storage cleared) and another tab asking to upgrade (`versionchange`).
 */
import { wrap } from 'idb';
import { DB_VERSION, upgradeDatabase, type ProgressDatabase } from './idb-schema.ts';

export interface OpenOptions {
  /** Give up after this long: an open blocked by another tab, or a browser that never answers. */
  readonly timeoutMs: number;
  readonly now: () => number;
  /** The connection is gone (closed by the browser, or closed by us for another tab's upgrade). */
  readonly onGone: () => void;
}

/**
 * Opens (creating or upgrading) the database `name` at DB_VERSION. Rejects when `open` throws,
 * fails, an upgrade step fails, or nothing happens within `timeoutMs`; a connection that arrives
 * after the timeout is closed at once, so it never blocks anyone.
 */
export function openDatabase(factory: IDBFactory, name: string, options: OpenOptions): Promise<ProgressDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let upgradeError: unknown;
    const request = factory.open(name, DB_VERSION);
    const timer = setTimeout(() => {
      settled = true;
      reject(new DOMException(`the database did not open within ${options.timeoutMs} ms (another tab may be holding it)`, 'TimeoutError'));
    }, options.timeoutMs);
    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction!;
      const wrapped = wrap(tx);
      // A failed upgrade is reported by the open request; its transaction's own promise is not needed.
      wrapped.done.catch(() => undefined);
      upgradeDatabase(wrap(request.result) as ProgressDatabase, event.oldVersion, event.newVersion ?? DB_VERSION, wrapped as never, options.now()).catch((e: unknown) => {
        upgradeError = e;
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: the open request reports the failure.
        }
      });
    });
    request.addEventListener('success', () => {
      const raw = request.result;
      if (settled) return raw.close();
      settled = true;
      clearTimeout(timer);
      raw.addEventListener('close', () => options.onGone());
      raw.addEventListener('versionchange', () => {
        // Let the other tab upgrade; this one reopens on its next read or write.
        raw.close();
        options.onGone();
      });
      resolve(wrap(raw) as ProgressDatabase);
    });
    request.addEventListener('error', (event) => {
      // Handled here: without this the error would also surface as an uncaught event.
      event.preventDefault();
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(upgradeError ?? request.error ?? new DOMException('the database could not be opened', 'UnknownError'));
    });
  });
}
