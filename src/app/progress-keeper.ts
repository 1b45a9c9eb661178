/**
 * Keeps the learner's progress: the current profile, every finished attempt, and the unfinished
 * conversation (so a reload or a closed tab can continue). The store loads after the first screen;
 * nothing here blocks play, and a store that falls back to memory is reported, never fatal.
 */
import type { Action, ConversationResult, Language, Runner, Scenario } from '../engine/index.ts';
import type {
  AttemptRecord,
  AttemptReporter,
  Draft,
  MergePlan,
  Profile,
  ProgressStore,
  StorageFallback,
} from '../engine/progress/index.ts';

export type { AttemptReporter } from '../engine/progress/index.ts';
import type { KeyValueStore } from '../engine/index.ts';
import { progressCode } from './lazy-code.ts';

/** Where the keeper notes the learner it made up on a fresh device, until it is named or replaced. */
const PLACEHOLDER = 'profile-placeholder';

export interface KeeperDeps {
  readonly open: (onFallback: (reason: StorageFallback) => void) => Promise<ProgressStore>;
  readonly kv: KeyValueStore;
  readonly newId: () => string;
  readonly now: () => number;
  readonly defaultName: string;
  /** Told when progress cannot be kept on this device (memory only from now on). */
  readonly onFallback: (reason: StorageFallback) => void;
  /** Told after each attempt is stored. */
  readonly onRecorded?: () => void;
  /**
   * Told when a finished attempt could not be stored (it is kept in memory, counted in
   * `unsavedAttempts`, listed by `listAttempts` and so in every export) or a draft not saved.
   */
  readonly onUnsaved?: (what: 'attempt' | 'draft', error: unknown) => void;
  /** Told after each draft is saved, with the number of replies it holds. */
  readonly onDraftSaved?: (replies: number) => void;
}

export class ProgressKeeper {
  private ready: Promise<{ store: ProgressStore; profile: Profile }> | undefined;
  private unsaved = 0;
  /** Writes of finished conversations not ended yet: leaving now could cut them short. */
  private readonly writing = new Set<Promise<void>>();
  private readonly reporters: AttemptReporter[] = [];
  /** Finished conversations the store did not take: kept here until a later try succeeds. */
  private held: { result: ConversationResult; lang: Language; attempt?: AttemptRecord }[] = [];

  constructor(private readonly deps: KeeperDeps) {}

  /** Opens the store and settles the profile (creating a first one named `defaultName`). */
  start(): Promise<{ store: ProgressStore; profile: Profile }> {
    this.ready ??= (async () => {
      const store = await this.deps.open((reason) => this.deps.onFallback(reason));
      const profiles = await store.listProfiles();
      const wanted = this.deps.kv.get('profile');
      const profile = profiles.find((p) => p.id === wanted) ?? profiles[0] ?? (await this.madeUp(store));
      this.deps.kv.set('profile', profile.id);
      return { store, profile };
    })();
    return this.ready;
  }

  /** A fresh device's first learner, noted as made up so a restored backup can replace it. */
  private async madeUp(store: ProgressStore): Promise<Profile> {
    const candidate = { id: this.deps.newId(), name: this.deps.defaultName, createdAt: this.deps.now() };
    const first = await store.firstProfile(candidate);
    // Another tab may have made it first; that tab noted it.
    if (first.id === candidate.id) this.deps.kv.set(PLACEHOLDER, first.id);
    return first;
  }

  /** The learner the game made up by itself, while nobody has named it. */
  get placeholder(): string | undefined {
    return this.deps.kv.get(PLACEHOLDER) || undefined;
  }

  /**
   * Restores a backup (a learner's export or a whole device's): adds every learner and attempt
   * this device does not hold yet, drops the made-up learner if it is still empty, and switches to
   * the learner the plan names (see `planImport`). Writes nothing when the plan has conflicts.
   * `durable` is false when the records are kept in memory only (the store fell back): they then
   * count as unsaved, so leaving the page asks first. Rejects when storage refuses the records.
   */
  async restore(file: {
    readonly profiles: readonly Profile[];
    readonly attempts: readonly AttemptRecord[];
  }): Promise<{ plan: MergePlan; durable: boolean }> {
    const { store, profile } = await this.start();
    const { planImport } = await progressCode();
    const [profiles, attempts] = await Promise.all([store.listProfiles(), store.listAttempts()]);
    const placeholder = this.placeholder;
    const plan = planImport({ profiles, attempts }, file, { current: profile.id, ...(placeholder ? { placeholder } : {}) });
    if (plan.conflicts.length) return { plan, durable: true };
    await store.importAll(plan.profiles, plan.attempts, plan.dropIfEmpty ? { dropIfEmpty: plan.dropIfEmpty } : {});
    if (plan.dropIfEmpty && !(await store.listProfiles()).some((p) => p.id === plan.dropIfEmpty)) this.deps.kv.set(PLACEHOLDER, '');
    if (plan.switchTo && plan.switchTo.id !== profile.id) await this.switchTo(plan.switchTo);
    // Checked after the write: a write that failed on a fresh connection has fallen back to memory.
    const durable = store.kind === 'indexeddb';
    if (!durable) this.unsaved += plan.attempts.length;
    return { plan, durable };
  }

  async profile(): Promise<Profile> {
    return (await this.start()).profile;
  }

  async store(): Promise<ProgressStore> {
    return (await this.start()).store;
  }

  /** Switches to another profile, or creates one with `name`. */
  async switchTo(profile: Profile | { name: string }): Promise<Profile> {
    const { store } = await this.start();
    const next =
      'id' in profile
        ? profile
        : { id: this.deps.newId(), name: profile.name.trim().slice(0, 60) || this.deps.defaultName, createdAt: this.deps.now() };
    if (!('id' in profile)) await store.saveProfile(next);
    this.deps.kv.set('profile', next.id);
    this.ready = Promise.resolve({ store, profile: next });
    return next;
  }

  async rename(name: string): Promise<Profile> {
    const { store, profile } = await this.start();
    const next = { ...profile, name: name.trim().slice(0, 60) || profile.name };
    await store.saveProfile(next);
    // Named by the learner: no longer one the game made up.
    if (this.placeholder === profile.id) this.deps.kv.set(PLACEHOLDER, '');
    this.ready = Promise.resolve({ store, profile: next });
    return next;
  }

  /**
   * Makes ready what the first save of a conversation on `scenario` needs (the progress code and
   * the scenario's fingerprint, tens of milliseconds for a large file), so it is not made mid-play.
   */
  prepare(scenario: Scenario): void {
    progressCode().then(
      (m) => m.scenarioFingerprint(scenario),
      () => undefined, // A failed load is met, and reported, by the save that needs it.
    );
  }

  /** Tells `reporter` of every conversation followed and every attempt recorded from now on. */
  addReporter(reporter: AttemptReporter): void {
    this.reporters.push(reporter);
  }

  /** Keeps `draft` as the learner's unfinished conversation (one an LMS kept for a relaunch). */
  async restoreDraft(draft: Omit<Draft, 'profileId' | 'savedAt' | 'v' | 'fingerprint'>): Promise<void> {
    const [{ store, profile }, { DRAFT_VERSION }] = await Promise.all([this.start(), progressCode()]);
    // The LMS keeps only the moves: the fingerprint is unknown, so resuming replays them to check.
    await store.saveDraft({ ...draft, v: DRAFT_VERSION, fingerprint: null, profileId: profile.id, savedAt: this.deps.now() });
  }

  /**
   * Follows one conversation: saves it once after every action (start, a delivered line, a reply,
   * a reply too late), records it when it ends.
   */
  follow(runner: Runner, lang: Language): () => void {
    const save = async () => {
      const [{ store, profile }, { DRAFT_VERSION, scenarioFingerprint }] = await Promise.all([this.start(), progressCode()]);
      if (runner.state.phase === 'ended') return;
      const fingerprint = scenarioFingerprint(runner.scenario);
      const actions = [...runner.actions] as Action[];
      await store.saveDraft({
        v: DRAFT_VERSION,
        fingerprint,
        profileId: profile.id,
        scenarioId: runner.scenario.id,
        lang,
        actions,
        savedAt: this.deps.now(),
      });
      this.deps.onDraftSaved?.(actions.filter((a) => a.type === 'choose').length);
    };
    let saved = -1;
    const stops = this.reporters.map((r) => r.follow?.(runner, lang));
    const stop = runner.subscribe((e) => {
      if (e.type === 'ended') return this.keep(e.result, lang);
      // One write per action: a reply also brings a mood change and the next line.
      if (runner.actions.length === saved) return;
      saved = runner.actions.length;
      save().catch((error: unknown) => this.deps.onUnsaved?.('draft', error));
    });
    return () => {
      stop();
      for (const s of stops) s?.();
    };
  }

  /**
   * Records a finished conversation; when that fails it is held in memory (and said through
   * `onUnsaved`) and tried again before the next list or export, so it is never lost while the
   * page stays open.
   */
  private keep(result: ConversationResult, lang: Language): void {
    const held: (typeof this.held)[number] = { result, lang };
    // Kept until it ends (it never rejects): a list waits for it, and leaving is asked about.
    const write: Promise<void> = this.record(result, lang, held)
      .then(
        () => {},
        (error: unknown) => {
          this.held.push(held);
          this.deps.onUnsaved?.('attempt', error);
        },
      )
      .finally(() => this.writing.delete(write));
    this.writing.add(write);
  }

  /** Tries again to store the attempts held in memory; those that still fail stay held. */
  async retryHeld(): Promise<void> {
    const held = this.held;
    this.held = [];
    for (const h of held) await this.record(h.result, h.lang, h).catch(() => this.held.push(h));
  }

  /**
   * Every stored attempt (or one profile's) and those held in memory because the store did not
   * take them: what the progress screen shows and every export writes.
   */
  async listAttempts(profileId?: string): Promise<AttemptRecord[]> {
    // An attempt finished a moment ago is listed (and exported) too.
    await Promise.all(this.writing);
    await this.retryHeld();
    const stored = await (await this.store()).listAttempts(profileId);
    const held = this.held.flatMap((h) => (h.attempt && (profileId === undefined || h.attempt.profileId === profileId) ? [h.attempt] : []));
    return [...stored, ...held];
  }

  /** Records a finished conversation and clears the draft. */
  async record(result: ConversationResult, lang: Language, held: { attempt?: AttemptRecord } = {}): Promise<AttemptRecord> {
    const { store, profile } = await this.start();
    const { attemptFromResult } = await progressCode();
    // Built once: a retry stores the same attempt (same id), never a second one.
    const attempt = (held.attempt ??= attemptFromResult(result, { id: this.deps.newId(), profileId: profile.id, lang }));
    await store.addAttempt(attempt);
    if (store.kind === 'memory') this.unsaved++;
    // Only this conversation's draft: another tab may be in the middle of the same scenario.
    await store.clearDraft(profile.id, result.scenarioId, result.startedAt);
    this.deps.onRecorded?.();
    for (const r of this.reporters) r.recorded?.(attempt, profile);
    return attempt;
  }

  /** The learner's unfinished conversation of `scenarioId` or, without it, the one saved last. */
  async draft(scenarioId?: string): Promise<Draft | undefined> {
    const { store, profile } = await this.start();
    return store.loadDraft(profile.id, scenarioId);
  }

  /** Lets this unfinished conversation go (no other). */
  async discardDraft(draft: Draft): Promise<void> {
    const { store, profile } = await this.start();
    const start = draft.actions[0];
    await store.clearDraft(profile.id, draft.scenarioId, start?.type === 'start' ? start.at : undefined);
  }

  /**
   * Attempts that leaving now would lose: kept only in memory (since the store fell back, or
   * held after a rejected write) or still being written.
   */
  get unsavedAttempts(): number {
    return this.unsaved + this.held.length + this.writing.size;
  }
}
