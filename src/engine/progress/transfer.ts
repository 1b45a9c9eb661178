/**
 * Export and import of a learner's progress as one JSON file. Import is all or nothing: a single
 * record that does not validate refuses the whole file, so nothing already stored is touched by a
 * half-understood import.
 */
import { migrateAttempt } from './migrate.ts';
import type { AttemptRecord, Profile } from './records.ts';
import { describeIssues, profileSchema } from './schemas.ts';
import { parseSafeJson } from './safe-json.ts';
import { refused, type ImportRefusal } from './refusal.ts';
import { inSlices, type Pause } from './slices.ts';

export const PROGRESS_FORMAT = 'hot-seat-progress';
/** The file version this game writes. Version 1 files (version-1 attempt records) are still read. */
export const PROGRESS_FILE_VERSION = 2;
export const DEFAULT_MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Problems listed in a refusal before "and N more". */
const SHOWN_PROBLEMS = 5;

export interface ProgressDocument {
  readonly format: typeof PROGRESS_FORMAT;
  readonly version: typeof PROGRESS_FILE_VERSION;
  /** ISO 8601. */
  readonly exportedAt: string;
  readonly profiles: readonly Profile[];
  readonly attempts: readonly AttemptRecord[];
}

export interface ImportLimits {
  /** Largest accepted file in UTF-8 bytes, checked before parsing. Default 10 MB. */
  readonly maxBytes?: number;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly profiles: Profile[];
      readonly attempts: AttemptRecord[];
      readonly migrated: number;
      readonly exportedAt: string;
    }
  | { readonly ok: false; readonly problem: string; readonly refusal: ImportRefusal };

/**
 * The progress file for these profiles and attempts, as JSON text (two-space indented).
 * `exportedAt` is epoch ms. Lossless: `parseImport` of the result gives back equal records. Pure.
 */
export function exportProgress(profiles: readonly Profile[], attempts: readonly AttemptRecord[], exportedAt: number): string {
  const doc: ProgressDocument = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_FILE_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    profiles,
    attempts,
  };
  return JSON.stringify(doc, null, 2);
}

/**
 * Reads a progress file. Refuses, with one sentence for the learner: a file over the size limit
 * (before parsing), text that is not JSON, keys such as `__proto__` anywhere, a file that is not
 * a Hot Seat progress file, a newer file version, a malformed document, any profile or attempt
 * that does not validate (naming each, up to five), duplicate ids, and attempts whose profile is
 * not in the file. Older attempts are migrated (`migrated` counts them). A refusal comes as data
 * (`refusal`, for the game to say in the learner's language) and as an English `problem`. Pure;
 * never throws.
 */
export function parseImport(text: string, limits: ImportLimits = {}): ImportResult {
  const doc = readDocument(text, limits);
  if (!doc.ok) return doc;
  const records = new Records();
  doc.profiles.forEach((raw, i) => records.profile(raw, i));
  doc.attempts.forEach((raw, i) => records.attempt(raw, i));
  return records.result(doc.exportedAt);
}

/**
 * `parseImport`, with the records checked a slice at a time and `pause` awaited between slices,
 * so tens of thousands of attempts never hold the page for long. Same result; never rejects
 * unless `pause` does.
 */
export async function parseImportInSlices(text: string, pause: Pause, limits: ImportLimits = {}): Promise<ImportResult> {
  const doc = readDocument(text, limits);
  if (!doc.ok) return doc;
  const records = new Records();
  await inSlices(doc.profiles, (raw, i) => records.profile(raw, i), pause);
  await pause();
  await inSlices(doc.attempts, (raw, i) => records.attempt(raw, i), pause);
  return records.result(doc.exportedAt);
}

type Document = { ok: true; profiles: unknown[]; attempts: unknown[]; exportedAt: string };

function readDocument(text: string, limits: ImportLimits): Document | Extract<ImportResult, { ok: false }> {
  if (typeof text !== 'string') return refused({ kind: 'not-json', details: 'nothing to read' });
  const json = parseSafeJson(text, limits.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES);
  if (!json.ok) return json;
  const doc = json.value as Record<string, unknown> | null;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || doc.format !== PROGRESS_FORMAT)
    return refused({ kind: 'not-progress-file' });
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refused({ kind: 'no-version' });
  if (version > PROGRESS_FILE_VERSION) return refused({ kind: 'newer-version', version, supported: PROGRESS_FILE_VERSION });
  const extra = Object.keys(doc).filter((k) => !['format', 'version', 'exportedAt', 'profiles', 'attempts'].includes(k));
  if (extra.length) return refused({ kind: 'unexpected-fields', fields: extra });
  if (typeof doc.exportedAt !== 'string' || !Array.isArray(doc.profiles) || !Array.isArray(doc.attempts))
    return refused({ kind: 'incomplete' });
  return { ok: true, profiles: doc.profiles, attempts: doc.attempts, exportedAt: doc.exportedAt };
}

/** The records of one file, checked one by one, and the problems found. */
class Records {
  private readonly problems: string[] = [];
  private readonly profiles: Profile[] = [];
  private readonly attempts: AttemptRecord[] = [];
  private migrated = 0;

  profile(raw: unknown, i: number): void {
    const p = profileSchema.safeParse(raw);
    if (p.success) this.profiles.push(p.data);
    else this.problems.push(`profile ${i + 1}${idOf(raw)}: ${describeIssues(p.error)}`);
  }

  attempt(raw: unknown, i: number): void {
    const a = migrateAttempt(raw);
    if (!a.ok) return void this.problems.push(`attempt ${i + 1}${idOf(raw)}: ${a.problem}`);
    this.attempts.push(a.record);
    if (a.migratedFrom !== undefined) this.migrated++;
  }

  result(exportedAt: string): ImportResult {
    const { problems, profiles, attempts } = this;
    if (!problems.length) problems.push(...consistency(profiles, attempts));
    if (problems.length) {
      return refused({
        kind: 'invalid-records',
        count: problems.length,
        details: problems.slice(0, SHOWN_PROBLEMS),
        more: Math.max(0, problems.length - SHOWN_PROBLEMS),
      });
    }
    return { ok: true, profiles, attempts, migrated: this.migrated, exportedAt };
  }
}

/** Ids are keys in storage: two records with one id would silently overwrite each other. */
function consistency(profiles: readonly Profile[], attempts: readonly AttemptRecord[]): string[] {
  const problems: string[] = [];
  const profileIds = new Set<string>();
  for (const p of profiles) {
    if (profileIds.has(p.id)) problems.push(`profile '${p.id}' appears twice`);
    profileIds.add(p.id);
  }
  const attemptIds = new Set<string>();
  for (const a of attempts) {
    if (attemptIds.has(a.id)) problems.push(`attempt '${a.id}' appears twice`);
    attemptIds.add(a.id);
    if (!profileIds.has(a.profileId)) problems.push(`attempt '${a.id}' belongs to profile '${a.profileId}', which is not in the file`);
  }
  return problems;
}

function idOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? ` ('${id.slice(0, 60)}')` : '';
}
