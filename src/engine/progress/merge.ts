/**
 * How an imported progress file joins what a device already holds. A backup of the whole device
 * and a single learner's export import the same way: every learner and attempt not here yet is
 * added, nothing already here is duplicated or overwritten, and the empty learner a fresh device
 * starts with is not left behind beside the learners the file brings. An attempt whose id is here
 * with other content is a conflict: attempts never change once written, so such a file is refused
 * as a whole (the caller writes nothing) rather than either record being lost.
 */
import type { AttemptRecord, Profile } from './records.ts';

export interface MergePlan {
  /** Profiles and attempts to add: those whose id this device does not hold yet. */
  readonly profiles: readonly Profile[];
  readonly attempts: readonly AttemptRecord[];
  /** Records in the file this device already holds (same id), left as they are here. */
  readonly knownProfiles: number;
  readonly knownAttempts: number;
  /** Ids of attempts in the file that this device holds with other content: the file must be refused. */
  readonly conflicts: readonly string[];
  /**
   * The learner the game made up on its own (a fresh device's "Learner") to remove in the same
   * write, provided it still has no attempt and no unfinished conversation then.
   */
  readonly dropIfEmpty?: string;
  /** Who is learning after the import: the current learner if the file has them, else its first. */
  readonly switchTo?: Profile;
}

/**
 * The plan for importing `file` into a device holding `device`. `current` is the learner playing
 * now; `placeholder` the profile the game created by itself, if it still stands as such. Ids
 * decide sameness: an attempt id is a UUID made once, and a profile already here keeps its name
 * here (the device may have renamed it since the file was made). The placeholder is dropped only
 * when the file brings at least one learner, is not itself in the file and has no attempt here.
 * An attempt here with the same id is a duplicate when its content is the same (key order aside)
 * and a conflict otherwise. Pure.
 */
export function planImport(
  device: { readonly profiles: readonly Profile[]; readonly attempts: readonly AttemptRecord[] },
  file: { readonly profiles: readonly Profile[]; readonly attempts: readonly AttemptRecord[] },
  who: { readonly current?: string; readonly placeholder?: string } = {},
): MergePlan {
  const haveProfile = new Set(device.profiles.map((p) => p.id));
  const haveAttempt = new Map(device.attempts.map((a) => [a.id, a]));
  const profiles = file.profiles.filter((p) => !haveProfile.has(p.id));
  const attempts = file.attempts.filter((a) => !haveAttempt.has(a.id));
  const conflicts = file.attempts.filter((a) => {
    const here = haveAttempt.get(a.id);
    return here !== undefined && canonical(here) !== canonical(a);
  });
  const inFile = new Set(file.profiles.map((p) => p.id));
  const { current, placeholder } = who;
  const drop =
    placeholder !== undefined &&
    file.profiles.length > 0 &&
    !inFile.has(placeholder) &&
    haveProfile.has(placeholder) &&
    !device.attempts.some((a) => a.profileId === placeholder);
  const target = current !== undefined && inFile.has(current) ? current : file.profiles[0]?.id;
  const switchTo =
    target === undefined ? undefined : (device.profiles.find((p) => p.id === target) ?? file.profiles.find((p) => p.id === target));
  return {
    profiles,
    attempts,
    knownProfiles: file.profiles.length - profiles.length,
    knownAttempts: file.attempts.length - attempts.length - conflicts.length,
    conflicts: conflicts.map((a) => a.id),
    ...(drop ? { dropIfEmpty: placeholder } : {}),
    ...(switchTo ? { switchTo } : {}),
  };
}

/** JSON with every object's keys sorted: equal for records equal in content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
