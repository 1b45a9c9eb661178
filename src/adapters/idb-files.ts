/**
 * The trainer's kept scenario files in IndexedDB (a database of their own, apart from progress),
 * falling back to memory when the browser refuses storage (private modes, storage turned off).
 */
import { openDB } from 'idb';
import { memoryShelf, type FileShelf, type KeptFile } from './file-shelf.ts';

const DB = 'hot-seat-files';
const STORE = 'files';

/** Opens the shelf; never rejects (a refused database gives the memory shelf). */
export async function openFileShelf(): Promise<FileShelf> {
  if (!(globalThis as { indexedDB?: IDBFactory }).indexedDB) return memoryShelf();
  try {
    const db = await openDB(DB, 1, {
      upgrade(d) {
        d.createObjectStore(STORE, { keyPath: 'name' });
      },
    });
    return {
      list: async () => ((await db.getAll(STORE)) as KeptFile[]).sort((a, b) => a.name.localeCompare(b.name)),
      get: async (name) => (await db.get(STORE, name)) as KeptFile | undefined,
      put: async (file) => void (await db.put(STORE, file)),
      remove: (name) => db.delete(STORE, name),
    };
  } catch {
    return memoryShelf();
  }
}
