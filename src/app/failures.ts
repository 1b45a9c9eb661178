/**
 * Where every failure that no screen handles ends up: logged through the `Logger` port and said
 * on screen, with what the learner can do about it. A part of the game that could not be fetched
 * (a dropped connection, a redeploy) is offered again with Retry, which reloads the page when the
 * browser keeps the failure (fresh-import.ts); anything else is reported as unexpected. Nothing
 * is swallowed.
 */
import type { Logger } from '../engine/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { FailureNotice } from '../ui/failure-notice.ts';
import { KeptFailureError } from './fresh-import.ts';

/**
 * Whether `error` is the browser failing to fetch a module (a code-split chunk), in the words
 * Chromium, Firefox and Safari use, or Vite's own preload error.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to fetch/i.test(message);
}

/**
 * The sentence for a part of the game that did not load: one only a reload can fetch again
 * (`KeptFailureError`), or one that may come once the connection is back; undefined for any
 * other error.
 */
export function chunkFailureText(error: unknown, i18n: I18n): string | undefined {
  if (error instanceof KeptFailureError) return i18n.t('failure.chunkKept');
  return isChunkLoadError(error) ? i18n.t('failure.chunk') : undefined;
}

/** The English words of an error, for the notice's "why" and for support. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failure whose message is already the sentence for the learner (translated): shown as it is. */
export class SaidError extends Error {
  override readonly name = 'SaidError';
}

export interface FailureDeps {
  readonly logger: Logger;
  readonly i18n: I18n;
  readonly show: (notice: FailureNotice) => void;
  /** Reloads the page: the one way past a chunk the browser keeps failed (`KeptFailureError`). */
  readonly reload: () => void;
}

export class Failures {
  constructor(private readonly deps: FailureDeps) {}

  /**
   * Runs `task` (something the learner asked for); if it rejects, logs it and says so, offering to
   * run it again when the cause was a part of the game that did not load.
   */
  run(task: () => Promise<unknown>, what = 'finish an action'): void {
    task().catch((e: unknown) => this.failed(e, what, () => this.run(task, what)));
  }

  /** Reports `error` from `what`; `retry` is offered when the cause was a chunk that did not load. */
  failed(error: unknown, what: string, retry?: () => void): void {
    this.deps.logger.error(`Could not ${what}.`, error);
    const t = this.deps.i18n.t.bind(this.deps.i18n);
    const chunk = chunkFailureText(error, this.deps.i18n);
    // Running the task again cannot get past a kept failure: only the reload can.
    if (chunk)
      this.deps.show({ text: chunk, ...(error instanceof KeptFailureError ? { retry: this.deps.reload } : retry ? { retry } : {}) });
    else if (error instanceof SaidError) this.deps.show({ text: error.message, ...(retry ? { retry } : {}) });
    else this.deps.show({ text: t('failure.unexpected', { why: reasonOf(error) }) });
  }

  /** A promise rejected with nobody to handle it (`unhandledrejection`): a bug, said plainly. */
  unhandled(reason: unknown): void {
    this.failed(reason, 'finish something in the background');
  }
}
