/**
 * Progress kept in memory: for tests, for browsers without IndexedDB, and as the IndexedDB
 * store's mirror and fallback. Lost on reload. Records are copied in and out, so a caller that
 * mutates what it passed or got back never changes what is stored.
 */
import type { AttemptRecord, Draft, Profile, ProgressStore, SetAside } from '../engine/progress/index.ts';
import { draftKey } from './idb-schema.ts';
import { isDraftToClear, latestDraft, requireAttempt, requireDraft, requireProfile, sortAttempts, sortProfiles } from './record-guards.ts';

export interface MemoryContents {
  readonly profiles?: readonly Profile[];
  readonly attempts?: readonly AttemptRecord[];
  readonly drafts?: readonly Draft[];
  readonly problems?: readonly SetAside[];
}

export class MemoryProgressStore implements ProgressStore {
  readonly kind = 'memory' as const;
  private readonly profiles = new Map<string, Profile>();
  private readonly attempts = new Map<string, AttemptRecord>();
  private readonly drafts = new Map<string, Draft>();
  private readonly setAside: SetAside[] = [];

  /** Starts with these contents (validated; a bad record throws TypeError). */
  constructor(contents: MemoryContents = {}) {
    this.putAll(contents.profiles ?? [], contents.attempts ?? []);
    for (const d of contents.drafts ?? []) this.drafts.set(keyOf(d), requireDraft(d));
    this.setAside.push(...(contents.problems ?? []));
  }

  async listProfiles(): Promise<Profile[]> {
    return sortProfiles([...this.profiles.values()].map((p) => structuredClone(p)));
  }

  async firstProfile(candidate: Profile): Promise<Profile> {
    const [first] = await this.listProfiles();
    if (first) return first;
    await this.saveProfile(candidate);
    return candidate;
  }

  async saveProfile(profile: Profile): Promise<void> {
    const p = requireProfile(profile);
    this.profiles.set(p.id, p);
  }

  async listAttempts(profileId?: string): Promise<AttemptRecord[]> {
    const all = [...this.attempts.values()].filter((a) => profileId === undefined || a.profileId === profileId);
    return sortAttempts(all.map((a) => structuredClone(a)));
  }

  async addAttempt(attempt: AttemptRecord): Promise<void> {
    const a = requireAttempt(attempt);
    this.attempts.set(a.id, a);
  }

  async saveDraft(draft: Draft): Promise<void> {
    const d = requireDraft(draft);
    this.drafts.set(keyOf(d), d);
  }

  async loadDraft(profileId: string, scenarioId?: string): Promise<Draft | undefined> {
    const d = latestDraft(this.draftsOf(profileId), scenarioId);
    return d && structuredClone(d);
  }

  async clearDraft(profileId: string, scenarioId?: string, startedAt?: number): Promise<void> {
    for (const d of this.draftsOf(profileId)) if (isDraftToClear(d, scenarioId, startedAt)) this.drafts.delete(keyOf(d));
  }

  private draftsOf(profileId: string): Draft[] {
    return [...this.drafts.values()].filter((d) => d.profileId === profileId);
  }

  async importAll(
    profiles: readonly Profile[],
    attempts: readonly AttemptRecord[],
    options: { readonly dropIfEmpty?: string } = {},
  ): Promise<void> {
    this.putAll(profiles, attempts);
    const drop = options.dropIfEmpty;
    const held = (id: string) => this.draftsOf(id).length > 0 || [...this.attempts.values()].some((a) => a.profileId === id);
    if (drop !== undefined && !profiles.some((p) => p.id === drop) && !held(drop)) this.forgetProfile(drop);
  }

  /** Removes a profile and its draft (the IndexedDB store keeps its mirror in step after an import). */
  forgetProfile(profileId: string): void {
    this.profiles.delete(profileId);
    for (const d of this.draftsOf(profileId)) this.drafts.delete(keyOf(d));
  }

  problems(): SetAside[] {
    return [...this.setAside];
  }

  /** Records a record set aside elsewhere (the IndexedDB store reports through its mirror). */
  noteProblem(p: SetAside): void {
    if (!this.setAside.some((q) => q.store === p.store && q.key === p.key && q.reason === p.reason)) this.setAside.push(p);
  }

  /** Every record is validated before any is kept: all or nothing. */
  private putAll(profiles: readonly Profile[], attempts: readonly AttemptRecord[]): void {
    const ps = profiles.map(requireProfile);
    const as = attempts.map(requireAttempt);
    for (const p of ps) this.profiles.set(p.id, p);
    for (const a of as) this.attempts.set(a.id, a);
  }
}

/** One draft per conversation, as in IndexedDB. */
const keyOf = (d: Draft) => JSON.stringify(draftKey(d));
