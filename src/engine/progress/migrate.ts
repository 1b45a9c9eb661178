/**
 * Reading stored records of any known version. Each migration takes a validated record of one
 * version to the next; they run in order, so a record from version 1 passes through every step up
 * to `ATTEMPT_VERSION`. Malformed records are reported as a problem, never thrown.
 */
import type { z } from 'zod';
import { attemptV1Schema, attemptV1ToV2, type AttemptRecordV1 } from './legacy-v1.ts';
import { ATTEMPT_VERSION, DRAFT_VERSION, type AttemptRecord, type Checked, type Draft, type Profile } from './records.ts';
import { attemptSchema, describeIssues, draftSchema, draftV1Schema, profileSchema } from './schemas.ts';

interface Migration {
  /** The version this step reads; it produces version `from + 1`. */
  readonly from: number;
  readonly schema: z.ZodType;
  readonly up: (record: never) => unknown;
}

/** Ordered: index i migrates version i + 1. Add a step here (and a legacy file) for each new version. */
export const ATTEMPT_MIGRATIONS: readonly Migration[] = [
  { from: 1, schema: attemptV1Schema, up: (r: AttemptRecordV1) => attemptV1ToV2(r) },
];

export type MigratedAttempt =
  { readonly ok: true; readonly record: AttemptRecord; readonly migratedFrom?: number } | { readonly ok: false; readonly problem: string };

/**
 * Reads an attempt record of any known version and returns it at the current version, with
 * `migratedFrom` set when it was older. Refuses (ok: false, with a sentence saying why) anything
 * that is not an object, has no integer `v`, is of an unknown or newer version, or does not
 * validate at its own version or after migration. Pure; never throws.
 */
export function migrateAttempt(raw: unknown): MigratedAttempt {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problem: 'not a record (expected an object)' };
    const v = (raw as { v?: unknown }).v;
    if (typeof v !== 'number' || !Number.isInteger(v)) return { ok: false, problem: "has no version number 'v'" };
    if (v > ATTEMPT_VERSION)
      return {
        ok: false,
        problem: `was written by a newer version of Hot Seat (record version ${v}; this game reads up to ${ATTEMPT_VERSION})`,
      };
    if (v < 1) return { ok: false, problem: `has an unknown record version ${v}` };
    let record: unknown = raw;
    for (const m of ATTEMPT_MIGRATIONS) {
      if (m.from < v) continue;
      const parsed = m.schema.safeParse(record);
      if (!parsed.success) return { ok: false, problem: `version ${m.from}: ${describeIssues(parsed.error)}` };
      record = m.up(parsed.data as never);
    }
    const current = attemptSchema.safeParse(record);
    if (!current.success) return { ok: false, problem: describeIssues(current.error) };
    return v < ATTEMPT_VERSION ? { ok: true, record: current.data, migratedFrom: v } : { ok: true, record: current.data };
  } catch (e) {
    // A bug in a migration must not take the game down: the record is set aside instead.
    return { ok: false, problem: `could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** Validates a profile. Pure; never throws. */
export function checkProfile(raw: unknown): Checked<Profile> {
  const parsed = profileSchema.safeParse(raw);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, problem: describeIssues(parsed.error) };
}

/**
 * Validates a draft (its action log is checked for shape, not replayed). A draft saved before
 * drafts were versioned comes back at the current version with an unknown (`null`) fingerprint.
 * Pure; never throws.
 */
export function checkDraft(raw: unknown): Checked<Draft> {
  if (typeof raw === 'object' && raw !== null && !('v' in raw)) {
    const old = draftV1Schema.safeParse(raw);
    return old.success
      ? { ok: true, record: { v: DRAFT_VERSION, fingerprint: null, ...old.data } }
      : { ok: false, problem: describeIssues(old.error) };
  }
  const parsed = draftSchema.safeParse(raw);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, problem: describeIssues(parsed.error) };
}
