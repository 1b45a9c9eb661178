/**
 * Opening the progress database on any IDBFactory (the browser's, or a fake in tests), with the
 * events the store must react to: the browser closing the connection (`close`, e.g. a background
 * tab or storage cleared) and another tab asking to upgrade (`versionchange`).
 *
 * Why not idb's `openDB`: the open request itself is needed. Only its `blocked` event says another
 * tab holds the database (so the learner is told that, not that the browser never answered), a connection that succeeds after we gave up must be closed at once, a failed
 * asynchronous upgrade step must abort the versionchange transaction and be reported as itself
 * (the request would only say AbortError), and the request's `error` must be handled so it does
 * not also surface as an uncaught event. `openDB` hides the request; `wrap` (used below) does not.
 */
import { wrap } from 'idb';
import type { Scheduler } from '../engine/index.ts';
import { DB_VERSION, upgradeDatabase, type ProgressDatabase } from './idb-schema.ts';

/**
 * How long an open that nobody blocks may take before it is given up: a browser that never
 * answers. Long enough for a busy machine or another tab creating the database; short enough
 * that the learner hears within seconds that progress is not being kept.
 */
export const ANSWER_TIMEOUT_MS = 5000;

/** The runtime's own timers: the progress store's default when its caller passes none. */
export const realTimers: Scheduler['after'] = (ms, fn) => {
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
};

/** An open given up: `blocked` when another tab held the database (its `blocked` event), else it never answered. */
export class OpenTimeout extends Error {
  override readonly name = 'TimeoutError';
  constructor(
    message: string,
    readonly blocked: boolean,
  ) {
    super(message);
  }
}

export interface OpenOptions {
  /**
   * Give up this long after another tab is found blocking the open (the request's `blocked`
   * event); that event replaces the answer timer.
   */
  readonly timeoutMs: number;
  /** Give up an open that neither answers nor is blocked after this long (default ANSWER_TIMEOUT_MS). */
  readonly answerTimeoutMs?: number;
  /** Runs the give-up timers. */
  readonly after: Scheduler['after'];
  readonly now: () => number;
  /** The connection is gone (closed by the browser, or closed by us for another tab's upgrade). */
  readonly onGone: () => void;
}

/**
 * Opens (creating or upgrading) the database `name` at DB_VERSION. Rejects when `open` throws,
 * fails or an upgrade step fails; with an OpenTimeout (`blocked`) when another tab blocks it for
 * `timeoutMs`, or (not `blocked`) when nothing happens within `answerTimeoutMs`. A connection
 * that arrives after giving up is closed at once, so it never blocks anyone.
 */
export function openDatabase(factory: IDBFactory, name: string, options: OpenOptions): Promise<ProgressDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let upgradeError: unknown;
    const request = factory.open(name, DB_VERSION);
    let cancel = (): void => undefined;
    const giveUpAfter = (ms: number, blocked: boolean, why: string) => {
      cancel();
      cancel = options.after(ms, () => {
        if (settled) return;
        settled = true;
        reject(new OpenTimeout(why, blocked));
      });
    };
    const answerMs = options.answerTimeoutMs ?? ANSWER_TIMEOUT_MS;
    giveUpAfter(answerMs, false, `the database did not answer within ${answerMs} ms`);
    // Two tabs creating the database at once queue, without this event: only a real block counts.
    request.addEventListener(
      'blocked',
      () => giveUpAfter(options.timeoutMs, true, `the database did not open within ${options.timeoutMs} ms (another tab is holding it)`),
      { once: true },
    );
    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction!;
      const wrapped = wrap(tx);
      // A failed upgrade is reported by the open request; its transaction's own promise is not needed.
      wrapped.done.catch(() => undefined);
      upgradeDatabase(
        wrap(request.result) as ProgressDatabase,
        event.oldVersion,
        event.newVersion ?? DB_VERSION,
        wrapped as never,
        options.now(),
      ).catch((e: unknown) => {
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
      cancel();
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
      cancel();
      reject(upgradeError ?? request.error ?? new DOMException('the database could not be opened', 'UnknownError'));
    });
  });
}
