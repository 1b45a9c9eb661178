/**
 * What progress keeps: learner profiles, finished attempts (one per conversation) and drafts of
 * unfinished ones. Records are plain JSON-safe data, so they survive IndexedDB, export files and
 * the wire unchanged; every attempt carries its format version `v` (see `migrate.ts`). The types
 * are inferred from the zod schemas (`schemas.ts`), the one place their shape is written.
 */
import type { z } from 'zod';
import type { Action } from '../conversation/state.ts';
import type { attemptSchema, draftSchema, profileSchema, stepSchema } from './schemas.ts';

/** The version of `AttemptRecord` this engine writes. Older records are migrated on read. */
export const ATTEMPT_VERSION = 2;

/** One reply of an attempt, as the debrief and the reports need it (fields: `stepSchema`). */
export type AttemptStep = Readonly<z.infer<typeof stepSchema>>;

/**
 * One finished conversation (fields: `attemptSchema`). Immutable once written; `id` is unique
 * across devices (a UUID); `best` is, per principle, the best any path through the scenario allowed.
 */
export type AttemptRecord = Readonly<Omit<z.infer<typeof attemptSchema>, 'steps'>> & { readonly steps: readonly AttemptStep[] };

/** A learner on this device. */
export type Profile = Readonly<z.infer<typeof profileSchema>>;

/** The version of `Draft` this engine writes; a draft without `v` is read as one (see `checkDraft`). */
export const DRAFT_VERSION = 2;

/** An unfinished conversation, kept so it can be resumed with `resumeRunner(scenario, actions)` (fields: `draftSchema`). */
export type Draft = Readonly<Omit<z.infer<typeof draftSchema>, 'actions'>> & { readonly actions: readonly Action[] };

/** The outcome of reading a record that may be malformed: never an exception. */
export type Checked<T> = { readonly ok: true; readonly record: T } | { readonly ok: false; readonly problem: string };
