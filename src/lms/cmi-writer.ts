/**
 * The SCORM writes on their way to the LMS: sent in order, each `SetValue` then a `Commit` when
 * asked. A general failure of the LMS (which the standard lets a SCO try again) waits and tries
 * again with growing pauses, up to five times; anything else the LMS refuses is told to the
 * learner in the LMS's own words and left, so the writes after it still go. Nothing is dropped
 * without the learner being told.
 */
import type { CmiWrite } from '../engine/lms/scorm-data.ts';
import type { Notices } from './notice.ts';
import type { LmsError, ScormApi } from './scorm-api.ts';

/** Error codes that say the LMS failed for now (general failures), not that the write was wrong. */
const RETRYABLE = new Set([101, 351, 391]);
const MAX_TRIES = 5;

export interface WriterDeps {
  readonly after: (ms: number, fn: () => void) => void;
  readonly notices: Notices;
}

export class CmiWriter {
  private readonly queue: { write: CmiWrite; tries: number }[] = [];
  private commitWanted = false;
  private flushing = false;
  private commitTries = 0;

  /** `interactionDropped` is told when an interaction's index is free again (see `dropInteraction`). */
  constructor(
    private readonly api: ScormApi,
    private readonly deps: WriterDeps,
    private readonly interactionDropped: () => void,
  ) {}

  /** Queues `writes` (and a commit after them, when `commit`) and sends what it can now. */
  write(writes: readonly CmiWrite[], commit = false): void {
    for (const write of writes) this.queue.push({ write, tries: 0 });
    this.commitWanted ||= commit;
    this.flush();
  }

  /** Sends what is queued, in order; on a general failure waits and tries again (not when leaving). */
  flush(leaving = false): void {
    if (this.flushing && !leaving) return;
    while (this.queue.length) {
      const next = this.queue[0]!;
      if (this.api.set(next.write[0], next.write[1])) {
        this.queue.shift();
        continue;
      }
      const error = this.api.lastError();
      if (RETRYABLE.has(error.code) && ++next.tries < MAX_TRIES && !leaving) return this.retryLater(error, next.tries);
      this.queue.shift();
      this.deps.notices.tell(RETRYABLE.has(error.code) ? 'notSaved' : 'refused', `${next.write[0]}: ${describe(error)}`);
      this.dropInteraction(next.write[0]);
    }
    if (!this.commitWanted) return;
    if (this.api.commit()) {
      this.commitWanted = false;
      this.commitTries = 0;
      return;
    }
    const error = this.api.lastError();
    this.commitTries++;
    if (RETRYABLE.has(error.code) && this.commitTries < MAX_TRIES && !leaving) return this.retryLater(error, this.commitTries);
    this.commitWanted = false;
    this.deps.notices.tell('notSaved', describe(error));
  }

  /**
   * An interaction whose id the LMS would not take does not exist there: its other writes are
   * dropped (they were told as part of it) and the ones after it move down one place, since an
   * LMS takes interactions only at the next free index.
   */
  private dropInteraction(element: string): void {
    const gone = /^cmi\.interactions\.(\d+)\.id$/.exec(element);
    if (!gone) return;
    const n = Number(gone[1]);
    const kept = this.queue.filter((q) => !q.write[0].startsWith(`cmi.interactions.${n}.`));
    this.queue.length = 0;
    for (const q of kept) {
      const later = /^cmi\.interactions\.(\d+)\.(.*)$/.exec(q.write[0]);
      this.queue.push(
        later && Number(later[1]) > n ? { ...q, write: [`cmi.interactions.${Number(later[1]) - 1}.${later[2]}`, q.write[1]] } : q,
      );
    }
    this.interactionDropped();
  }

  private retryLater(error: LmsError, tries: number): void {
    this.flushing = true;
    this.deps.notices.tell('notSaved', describe(error));
    this.deps.after(500 * 2 ** (tries - 1), () => {
      this.flushing = false;
      this.flush();
    });
  }
}

/** "error 101: General exception (the LMS's diagnostic)", in the LMS's own words. */
export function describe(e: LmsError): string {
  return `error ${e.code}${e.text ? `: ${e.text}` : ''}${e.diagnostic && e.diagnostic !== e.text ? ` (${e.diagnostic})` : ''}`;
}
