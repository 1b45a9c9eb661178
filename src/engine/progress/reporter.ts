/**
 * Someone outside the game told of each conversation and attempt (an LMS, a learning record
 * store): the port the progress keeper calls and the LMS code implements.
 */
import type { Runner } from '../conversation/runner.ts';
import type { Language } from '../scenario/vocabulary.ts';
import type { AttemptRecord, Profile } from './records.ts';

export interface AttemptReporter {
  /** Follows a conversation as it is played; returns how to stop. */
  follow?(runner: Runner, lang: Language): () => void;
  /** Told of each attempt once it is stored. */
  recorded?(attempt: AttemptRecord, profile: Profile): void;
}
