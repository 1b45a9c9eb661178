/**
 * The port through which the game keeps progress. The browser adapter stores it in IndexedDB
 * (src/adapters/idb-progress-store.ts) and falls back to memory when it must; tests use the
 * memory store. Every method resolves; none rejects except for invalid arguments (a bug).
 */
import type { AttemptRecord, Draft, Profile } from './records.ts';

/**
 * Why progress fell back to memory, as data: the game says it in the learner's language, and
 * `message` says it in English for logs and tools.
 */
export interface StorageFallback {
  /**
   * `no-indexeddb`: the browser offers none (private browsing, storage disabled); `open-failed`:
   * it would not open; `blocked`: another tab held it past the time limit; `no-answer`: the
   * browser never answered the open (nor said another tab held it); `full`: the site's
   * storage is full; `newer-game`: a newer version of the game upgraded the database; `failed`:
   * an operation failed twice, the second time on a fresh connection.
   */
  readonly kind: 'no-indexeddb' | 'open-failed' | 'blocked' | 'no-answer' | 'full' | 'newer-game' | 'failed';
  /** The browser's own words (error name and message), when it gave any. */
  readonly detail?: string;
  /** One English sentence: "Progress is kept in memory for this visit only: …". */
  readonly message: string;
}

export interface ProgressStore {
  /** Where progress lives right now: `memory` after a fallback means it is lost on reload. */
  readonly kind: 'indexeddb' | 'memory';
  /**
   * True when progress fell back to memory and the attempts the storage held before could not be
   * read back (not yet, or not at all): lists, and so exports, hold this visit's attempts only.
   */
  readonly historyMissing?: boolean;
  /** Every profile, by createdAt then id. */
  listProfiles(): Promise<Profile[]>;
  /** Adds or replaces a profile (by id). Rejects a profile that does not validate. */
  saveProfile(profile: Profile): Promise<void>;
  /** Every attempt, or one profile's, by endedAt then id. Records that do not validate are set aside. */
  listAttempts(profileId?: string): Promise<AttemptRecord[]>;
  /**
   * Keeps a finished attempt, durably before resolving when the storage allows. Writing the same
   * id again replaces it, so a retried write is harmless. Rejects a record that does not validate.
   */
  addAttempt(attempt: AttemptRecord): Promise<void>;
  /**
   * Keeps an unfinished conversation: one draft per conversation (profile, scenario and the time
   * it started), replacing only that conversation's earlier draft. Another tab's is untouched.
   */
  saveDraft(draft: Draft): Promise<void>;
  /**
   * The profile's draft of `scenarioId` saved last or, without it, the profile's draft saved last;
   * undefined when there is none (also when it was malformed: it is set aside).
   */
  loadDraft(profileId: string, scenarioId?: string): Promise<Draft | undefined>;
  /**
   * Removes the profile's drafts of `scenarioId` (every draft of the profile without it). With
   * `startedAt`, only the conversation that began then: a conversation that ends never removes
   * another tab's, even of the same scenario.
   */
  clearDraft(profileId: string, scenarioId?: string, startedAt?: number): Promise<void>;
  /**
   * Adds or replaces these profiles and attempts (by id) in one transaction: all of them are kept
   * or none. Rejects, writing nothing, when any record does not validate. With `dropIfEmpty`, the
   * same transaction removes that profile when, after the import, it has no attempt and no draft
   * and is not among `profiles` (a fresh device's made-up learner, replaced by a backup's).
   */
  importAll(profiles: readonly Profile[], attempts: readonly AttemptRecord[], options?: { readonly dropIfEmpty?: string }): Promise<void>;
  /**
   * The earliest profile there is or, when there is none, `candidate`, saved. Atomic across tabs:
   * two tabs opened at once on a new device agree on one learner instead of making one each.
   */
  firstProfile(candidate: Profile): Promise<Profile>;
  /** Records set aside as unreadable, each with where it was and why. */
  problems(): SetAside[];
}

/** A record set aside as unreadable: its store, its key there, and why (technical English). */
export interface SetAside {
  readonly store: 'profiles' | 'attempts' | 'drafts';
  readonly key: string;
  readonly reason: string;
}
