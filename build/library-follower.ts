/**
 * Follows a scenario folder being edited: turns the watcher's events into library updates that
 * always end on what is on disk.
 *
 * Why not re-check on each event: an editor that saves in place truncates the file, then writes
 * it. A check run between the two reads an empty file, and the watcher drops the event of the
 * write when it comes within 50 ms of the last one, so the game would keep "the file is not a set
 * of fields" until the next save. Each burst of events is therefore checked once it has settled,
 * then once more a little later; an update is sent only when the list differs from the last sent.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/**
 * Whether a changed path can change the library: a scenario file directly in one of `folders`
 * (the reader does not look below them), or anything under `publicDir`, where the voice files
 * scenarios name live (one appearing can clear an error).
 */
export function affectsLibrary(file: string, folders: readonly string[], publicDir: string): boolean {
  const full = resolve(file);
  const fromPublic = relative(resolve(publicDir), full);
  if (fromPublic !== '' && !fromPublic.startsWith('..') && !isAbsolute(fromPublic)) return true;
  return /\.ya?ml$/i.test(full) && folders.some((f) => resolve(f) === dirname(full));
}

export interface FollowerOptions<T> {
  /** Checks the folder as it is on disk now. */
  read(): T;
  /** Whether two checks found the same library (nothing to send). */
  same(a: T, b: T): boolean;
  /** Called with each new state of the library, never with one the same as the last. */
  changed(value: T): void;
  /** Quiet time after the last event before checking (ms). */
  settleMs?: number;
  /** When to check again after that, to catch a write whose event was dropped (ms). */
  confirmMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface LibraryFollower {
  /** A watcher event: the library is checked once the burst settles, then once more. */
  touched(): void;
  /**
   * Checks now, for a page that asks for the library: a save followed at once by a reload gets
   * the saved file, even before the watcher has told of it. Cheap: unchanged files are not parsed.
   */
  catchUp(): void;
}

/** A follower starting from `initial` (already sent to the game). */
export function followLibrary<T>(initial: T, options: FollowerOptions<T>): LibraryFollower {
  const settleMs = options.settleMs ?? 40;
  const confirmMs = options.confirmMs ?? 400;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let sent = initial;
  let settle: unknown;
  let confirm: unknown;
  const check = () => {
    const value = options.read();
    if (options.same(sent, value)) return;
    // Counted as sent only once sent: if sending throws, the next check tries again.
    options.changed(value);
    sent = value;
  };
  const settled = () => {
    settle = undefined;
    check();
    confirm = setTimer(() => {
      confirm = undefined;
      check();
    }, confirmMs);
  };
  return {
    touched() {
      if (settle !== undefined) clearTimer(settle);
      if (confirm !== undefined) clearTimer(confirm);
      confirm = undefined;
      settle = setTimer(settled, settleMs);
    },
    catchUp() {
      // A burst still settling is checked now; its confirming check still follows.
      if (settle === undefined) return check();
      clearTimer(settle);
      settled();
    },
  };
}

/**
 * The watcher events that can change the library. Folders count too: a folder made and filled
 * at once (voice files copied in) can lose its files' own events, since the watcher lists a new
 * folder before it starts watching it. The folder's event starts a settle and confirm check,
 * which find the files whether or not their events came.
 */
export const LIBRARY_EVENTS = ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const;

/** Sends `follower` each watcher event on a path that can change the library. */
export function followWatcher(
  watcher: { on(event: (typeof LIBRARY_EVENTS)[number], listener: (path: string) => void): unknown },
  follower: LibraryFollower,
  folders: readonly string[],
  publicDir: string,
): void {
  const onEvent = (path: string) => {
    if (affectsLibrary(path, folders, publicDir)) follower.touched();
  };
  for (const event of LIBRARY_EVENTS) watcher.on(event, onEvent);
}
