/**
 * Checks shared by the progress stores: what may be written, and the order lists come back in.
 * A store never writes a record it could not read back.
 */
import {
  byEndedAt,
  checkDraft,
  checkProfile,
  migrateAttempt,
  type AttemptRecord,
  type Draft,
  type Profile,
  type SetAside,
} from '../engine/progress/index.ts';

/** The attempt as validated (a fresh copy); throws TypeError when it is not a current-version record. */
export function requireAttempt(raw: AttemptRecord): AttemptRecord {
  const r = migrateAttempt(raw);
  if (!r.ok) throw new TypeError(`not a valid attempt record: ${r.problem}`);
  if (r.migratedFrom !== undefined) throw new TypeError(`attempt '${r.record.id}' is version ${r.migratedFrom}: migrate it before writing`);
  return r.record;
}

/** The profile as validated (a fresh copy); throws TypeError otherwise. */
export function requireProfile(raw: Profile): Profile {
  const r = checkProfile(raw);
  if (!r.ok) throw new TypeError(`not a valid profile: ${r.problem}`);
  return r.record;
}

/** The draft as validated (a fresh copy); throws TypeError otherwise. */
export function requireDraft(raw: Draft): Draft {
  const r = checkDraft(raw);
  if (!r.ok) throw new TypeError(`not a valid draft: ${r.problem}`);
  return r.record;
}

/** Profiles in creation order, then by id. */
export function sortProfiles(profiles: Profile[]): Profile[] {
  return profiles.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Attempts in the order they ended, then by id. */
export function sortAttempts(attempts: AttemptRecord[]): AttemptRecord[] {
  return attempts.sort(byEndedAt);
}

/** A record set aside, for problems(); a key that is not a string is written as JSON. */
export function setAside(store: SetAside['store'], key: unknown, reason: string): SetAside {
  return { store, key: typeof key === 'string' ? key : (JSON.stringify(key) ?? String(key)), reason };
}

/** The draft of `scenarioId` among a profile's drafts or, without it, the one saved last. */
export function latestDraft(drafts: readonly Draft[], scenarioId?: string): Draft | undefined {
  const mine = drafts.filter((d) => scenarioId === undefined || d.scenarioId === scenarioId);
  return mine.sort((a, b) => b.savedAt - a.savedAt)[0];
}

/** Whether `clearDraft(profile, scenarioId, startedAt)` removes this draft of that profile. */
export function isDraftToClear(d: Draft, scenarioId?: string, startedAt?: number): boolean {
  if (scenarioId !== undefined && d.scenarioId !== scenarioId) return false;
  const start = d.actions[0];
  return startedAt === undefined || (start?.type === 'start' && start.at === startedAt);
}
