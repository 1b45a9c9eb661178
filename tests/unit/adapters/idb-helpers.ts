/**
 * Raw IndexedDB for adapter tests: building databases as older versions of the game left them,
 * reading what is really on disk, and a factory that hands out its connections so a test can
 * close them the way a browser would.
 */
import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import type { SetAside } from '../../../src/engine/progress/index.ts';

export { IDBFactory };

/** A set-aside record as one line, `attempts "abc": why`, to compare with expected text. */
export function problemLine(p: SetAside): string {
  return `${p.store} ${JSON.stringify(p.key)}: ${p.reason}`;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Opens `name` at `version` with the raw API, running `upgrade` if the database is older. */
export function rawOpen(
  factory: IDBFactory,
  name: string,
  version: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void,
): Promise<IDBDatabase> {
  const r = factory.open(name, version);
  r.onupgradeneeded = () => upgrade?.(r.result, r.transaction!);
  return request(r);
}

/** Every value in a store, read on a fresh connection at `version` (default: the game's, 3). */
export async function rawAll(factory: IDBFactory, name: string, store: string, version = 3): Promise<unknown[]> {
  const db = await rawOpen(factory, name, version);
  try {
    return await request(db.transaction(store).objectStore(store).getAll());
  } finally {
    db.close();
  }
}

/** `factory`, handing each open request it makes to `seen` before the caller can listen to it. */
function eachOpen(factory: IDBFactory, seen: (request: IDBOpenDBRequest) => void): IDBFactory {
  const wrapped = Object.create(factory) as IDBFactory;
  wrapped.open = (name: string, version?: number) => {
    const r = factory.open(name, version);
    seen(r);
    return r;
  };
  return wrapped;
}

/** A factory that records every connection it opens. */
export function recordingFactory(): { factory: IDBFactory; connections: IDBDatabase[] } {
  const connections: IDBDatabase[] = [];
  const factory = eachOpen(new IDBFactory(), (r) => r.addEventListener('success', () => connections.push(r.result)));
  return { factory, connections };
}

/**
 * Opens `name` at `version`, or says 'blocked' when the browser would hold the open back because
 * another connection stays open through the version change.
 */
export function openUnlessBlocked(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase | 'blocked'> {
  const r = factory.open(name, version);
  return new Promise((resolve, reject) => {
    r.onblocked = () => resolve('blocked');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/**
 * Closes a connection the way a browser does for a background tab: the `close` event fires (at
 * once, or once the connection's transactions finish). Resolves when it has fired.
 */
export function closeLikeBrowser(db: IDBDatabase): Promise<void> {
  const closed = new Promise<void>((resolve) => db.addEventListener('close', () => resolve(), { once: true }));
  // fake-indexeddb types the parameter as the class, but it takes a connection.
  forceCloseDatabase(db as never);
  return closed;
}

/**
 * `factory`, and a promise kept once an open through it is blocked by another tab. This listener
 * comes before the store's, and fake-indexeddb calls them in one go: when the promise's waiter
 * runs, the store has heard the event too.
 */
export function watchingBlocks(factory: IDBFactory): { factory: IDBFactory; blocked: Promise<void> } {
  let heard = (): void => undefined;
  const blocked = new Promise<void>((resolve) => (heard = resolve));
  return { factory: eachOpen(factory, (r) => r.addEventListener('blocked', () => heard(), { once: true })), blocked };
}

/**
 * `factory`, with the `success` of each open held back from the store's listener: `succeeded` is
 * kept once an open has succeeded, with the call that lets the store hear it.
 */
export function holdingSuccess(factory: IDBFactory): { factory: IDBFactory; succeeded: Promise<() => void> } {
  let held = (_letThrough: () => void): void => undefined;
  const succeeded = new Promise<() => void>((resolve) => (held = resolve));
  const holding = eachOpen(factory, (r) => {
    const add = r.addEventListener.bind(r);
    r.addEventListener = ((type: string, listener: (e: Event) => void, options?: AddEventListenerOptions) =>
      add(type, type === 'success' ? (e: Event) => held(() => listener(e)) : listener, options)) as typeof r.addEventListener;
  });
  return { factory: holding, succeeded };
}
