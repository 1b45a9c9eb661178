/**
 * Scenario files a trainer opened from disk, kept on the device until the trainer removes them,
 * so a reload or a later visit finds them again (the deployed game has no other place to keep
 * them). The browser adapter stores them in IndexedDB; the memory shelf stands in without it.
 */
export interface KeptFile {
  /** The file's name as opened ("my-refund (1).yaml"); one kept file per name. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** When it was opened last, on the game's clock. */
  readonly savedAt: number;
}

export interface FileShelf {
  list(): Promise<KeptFile[]>;
  get(name: string): Promise<KeptFile | undefined>;
  put(file: KeptFile): Promise<void>;
  remove(name: string): Promise<void>;
}

/** A shelf opened on first use (the storage code loads only when a trainer needs it). */
export function lazyShelf(open: () => Promise<FileShelf>): FileShelf {
  let shelf: Promise<FileShelf> | undefined;
  const use = () => (shelf ??= open().catch(() => memoryShelf()));
  return {
    list: async () => (await use()).list(),
    get: async (name) => (await use()).get(name),
    put: async (file) => (await use()).put(file),
    remove: async (name) => (await use()).remove(name),
  };
}

/** A shelf that lasts as long as the page: for tests, and where IndexedDB cannot be opened. */
export function memoryShelf(): FileShelf {
  const files = new Map<string, KeptFile>();
  return {
    list: () => Promise.resolve([...files.values()].sort((a, b) => a.name.localeCompare(b.name))),
    get: (name) => Promise.resolve(files.get(name)),
    put: (file) => Promise.resolve(void files.set(file.name, file)),
    remove: (name) => Promise.resolve(void files.delete(name)),
  };
}
