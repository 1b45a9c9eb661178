/**
 * What progress keeps: learner profiles, finished attempts (one per conversation) and drafts of
 * unfinished ones. Records are plain JSON-safe data, so they survive IndexedDB, export files and
 * the wire unchanged; every attempt carries its format version `v` (see `migrate.ts`).
 */
import type { Action } from '../conversation/state.ts';
import type { Scores } from '../scenario/model.ts';
import type { Ending, Language } from '../scenario/vocabulary.ts';

/** The version of `AttemptRecord` this engine writes. Older records are migrated on read. */
export const ATTEMPT_VERSION = 2;

/** One reply of an attempt, as the debrief and the reports need it. */
export interface AttemptStep {
  readonly nodeId: string;
  readonly choiceId: string;
  /**
   * The reply that would have led to the best total from that line and mood; `null` when it is
   * not known (records migrated from version 1 never stored it, and it cannot be recomputed
   * without the scenario as it was then).
   */
  readonly bestChoiceId: string | null;
  /** What the reply actually scored, interruption penalty included. */
  readonly score: Scores;
  readonly moodBefore: number;
  readonly moodAfter: number;
  readonly interrupted: boolean;
  readonly late: boolean;
  readonly hold: boolean;
  /** Time from the line appearing to the reply (ms). */
  readonly elapsedMs: number;
  /** Time of the reply (epoch ms). */
  readonly at: number;
}

/** One finished conversation. Immutable once written; `id` is unique across devices (a UUID). */
export interface AttemptRecord {
  readonly v: typeof ATTEMPT_VERSION;
  readonly id: string;
  readonly profileId: string;
  readonly scenarioId: string;
  /** The language the learner played in. */
  readonly lang: Language;
  /** Epoch ms. */
  readonly startedAt: number;
  readonly endedAt: number;
  /** endedAt − startedAt, never negative (a clock set back gives 0). */
  readonly durationMs: number;
  readonly ending: Ending;
  readonly endedBy: 'node' | 'mood';
  readonly scores: Scores;
  /** For each principle, the best any path through the scenario allowed. */
  readonly best: Scores;
  readonly steps: readonly AttemptStep[];
  readonly interruptions: number;
  readonly lateReplies: number;
  readonly holds: number;
}

/** A learner on this device. */
export interface Profile {
  readonly id: string;
  readonly name: string;
  /** Epoch ms. */
  readonly createdAt: number;
}

/** The version of `Draft` this engine writes; a draft without `v` is read as one (see `checkDraft`). */
export const DRAFT_VERSION = 2;

/** An unfinished conversation, kept so it can be resumed with `resumeRunner(scenario, actions)`. */
export interface Draft {
  readonly v: typeof DRAFT_VERSION;
  /**
   * The `scenarioFingerprint` of the scenario it was played on: only a different fingerprint
   * means the scenario changed. `null` for a draft saved before drafts carried one.
   */
  readonly fingerprint: string | null;
  readonly profileId: string;
  readonly scenarioId: string;
  readonly lang: Language;
  readonly actions: readonly Action[];
  /** Epoch ms. */
  readonly savedAt: number;
}

/** The outcome of reading a record that may be malformed: never an exception. */
export type Checked<T> = { readonly ok: true; readonly record: T } | { readonly ok: false; readonly problem: string };
