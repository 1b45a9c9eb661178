/**
 * The progress screens' data and actions: a learner's attempts summarised against the catalogue,
 * exports (the whole device's backup, one learner's file, CSV, xAPI), restoring a backup, and a
 * trainer's cohort from several files. Loaded only when one of these is used.
 */
import type { Language, Scenario } from '../engine/index.ts';
import {
  againstBestPath,
  cohort,
  exportProgress,
  parseImportInSlices,
  summarise,
  toCsv,
  toXapi,
  DEFAULT_MAX_IMPORT_BYTES,
  type CohortFile,
  type CohortReport,
  type MergePlan,
} from '../engine/progress/index.ts';
import type { ProgressData } from '../ui/progress/progress-screen.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { download } from '../ui/download.ts';
import { refusalText, type BackupRefusal } from '../ui/progress/refusal-text.ts';
import { transferStatus, type ExportKind } from '../ui/progress/transfer-panel.ts';
import type { Catalog } from './catalog.ts';
import { scenarioInfos } from './menu-summary.ts';
import { browserPause } from './ports.ts';
import type { ProgressKeeper } from './progress-keeper.ts';

export type { ExportKind };

const bestOf = (catalog: Catalog) => (id: string) => catalog.entries.find((e) => e.id === id)?.best;

export async function progressData(keeper: ProgressKeeper, catalog: Catalog, lang: Language): Promise<ProgressData> {
  const store = await keeper.store();
  const profile = await keeper.profile();
  const [profiles, attempts] = await Promise.all([store.listProfiles(), keeper.listAttempts(profile.id)]);
  // The list shows each attempt against the same best path as the summary (see yardstick.ts).
  const measured = againstBestPath(attempts, bestOf(catalog));
  return {
    profile,
    profiles,
    attempts: measured,
    summary: summarise(measured, scenarioInfos(catalog, lang)),
    storage: store.kind,
    problems: store.problems(),
  };
}

/** An export's file, and what it holds: how many attempts, and whether earlier ones are missing. */
export interface ExportedFile {
  readonly name: string;
  readonly mime: string;
  readonly text: string;
  readonly attempts: number;
  /** Storage fell back and the attempts it held before could not be read: this visit's only. */
  readonly partial: boolean;
}

/** The export file's name and text: the whole device (every learner), or the current learner. */
export async function exportFile(keeper: ProgressKeeper, kind: ExportKind, now: number, base: string): Promise<ExportedFile> {
  const store = await keeper.store();
  const stamp = new Date(now).toISOString().slice(0, 10);
  const file = (name: string, mime: string, text: string, attempts: readonly unknown[]): ExportedFile => {
    // Read after the list: a history read back meanwhile is in it.
    const partial = store.historyMissing === true;
    // The file's own name says it, wherever it is kept.
    const named = partial ? name.replace(/(\.[a-z.]+)$/, '-this-visit-only$1') : name;
    return { name: named, mime, text, attempts: attempts.length, partial };
  };
  if (kind === 'device') {
    const [profiles, attempts] = await Promise.all([store.listProfiles(), keeper.listAttempts()]);
    // The learner the game made up, never played, is nobody's progress.
    const kept = profiles.filter((p) => p.id !== keeper.placeholder || attempts.some((a) => a.profileId === p.id));
    return file(`hot-seat-backup-${stamp}.json`, 'application/json', exportProgress(kept, attempts, now), attempts);
  }
  const profile = await keeper.profile();
  const attempts = await keeper.listAttempts(profile.id);
  const slug =
    profile.name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'learner';
  if (kind === 'csv') return file(`hot-seat-${slug}-${stamp}.csv`, 'text/csv', toCsv(attempts), attempts);
  if (kind === 'xapi')
    return file(
      `hot-seat-${slug}-${stamp}.xapi.json`,
      'application/json',
      JSON.stringify(toXapi(attempts, { name: profile.name }, base), null, 2),
      attempts,
    );
  return file(`hot-seat-${slug}-${stamp}.json`, 'application/json', exportProgress([profile], attempts, now), attempts);
}

/** Downloads an export; resolves with what it held. */
export async function saveExport(
  keeper: ProgressKeeper,
  kind: ExportKind,
  deps: { clock: { now(): number }; xapiBase: string },
): Promise<ExportedFile> {
  const file = await exportFile(keeper, kind, deps.clock.now(), deps.xapiBase);
  download(file.name, file.mime, file.text);
  return file;
}

/** "Saved hot-seat-backup-….json with 3 attempts.", saying plainly when earlier attempts are missing. */
export function exportedText(i18n: I18n, file: Pick<ExportedFile, 'name' | 'attempts' | 'partial'>): string {
  const attempts = i18n.t('progress.attemptCount', { count: file.attempts });
  const words = { file: file.name, attempts };
  return file.partial ? i18n.t('progress.exportedPartial', words) : i18n.t('progress.exported', words);
}

/** Restores a backup, shows the progress screen again, and says what came in or why nothing did. */
export async function importAndReport(
  keeper: ProgressKeeper,
  file: File,
  deps: { i18n: I18n; ui: HTMLElement },
  reopen: () => Promise<void>,
): Promise<void> {
  const t = deps.i18n.t.bind(deps.i18n);
  // Said at once: a large file takes seconds to check and store, a slice at a time.
  transferStatus(deps.ui, t('progress.importing', { file: file.name }), true, true);
  const result = await importBackup(keeper, file);
  if (!result.ok) return transferStatus(deps.ui, t('progress.importRefused', { problem: refusalText(deps.i18n, result.refusal) }), false);
  await reopen();
  if (!result.durable) return transferStatus(deps.ui, importedText(deps.i18n, result.plan, false), false);
  transferStatus(deps.ui, importedText(deps.i18n, result.plan), true);
}

/** "Imported 2 learners and 5 attempts. 3 attempts were already on this device." */
export function importedText(i18n: I18n, plan: Pick<MergePlan, 'profiles' | 'attempts' | 'knownAttempts'>, durable = true): string {
  const t = i18n.t.bind(i18n);
  if (!plan.profiles.length && !plan.attempts.length && durable) return t('progress.importedNothing');
  const learners = t('progress.learnerCount', { count: plan.profiles.length });
  const attempts = t('progress.attemptCount', { count: plan.attempts.length });
  const known = plan.knownAttempts ? ` ${t('progress.alreadyHere', { count: plan.knownAttempts })}` : '';
  return (durable ? t('progress.imported', { learners, attempts }) : t('progress.importNotSaved', { learners, attempts })) + known;
}

/**
 * Restores a backup: all of it or, with the reason, nothing. `durable` says whether it reached
 * the device's storage or is held in memory for this visit only.
 */
export async function importBackup(
  keeper: ProgressKeeper,
  file: File,
): Promise<{ ok: true; plan: MergePlan; durable: boolean } | { ok: false; refusal: BackupRefusal }> {
  // Refused before reading it into memory at all.
  if (file.size > DEFAULT_MAX_IMPORT_BYTES) return { ok: false, refusal: { kind: 'too-large', limitBytes: DEFAULT_MAX_IMPORT_BYTES } };
  const parsed = await parseImportInSlices(await file.text(), browserPause);
  if (!parsed.ok) return parsed;
  try {
    const { plan, durable } = await keeper.restore(parsed);
    if (plan.conflicts.length)
      return {
        ok: false,
        refusal: { kind: 'conflicting-records', ids: plan.conflicts.slice(0, 5), more: Math.max(0, plan.conflicts.length - 5) },
      };
    return { ok: true, plan, durable };
  } catch (e) {
    return { ok: false, refusal: { kind: 'not-stored', details: e instanceof Error ? e.message : String(e) } };
  }
}

/** A file a cohort could not use, and why. */
export interface Refused {
  readonly file: string;
  readonly refusal: BackupRefusal;
}

/** A cohort report from several progress files; files that are not usable are named with why. */
export async function cohortFrom(
  files: readonly File[],
  catalog: Catalog,
): Promise<{ report?: CohortReport; refused: Refused[]; scenarios: Map<string, Scenario> }> {
  const refused: Refused[] = [];
  const loaded: CohortFile[] = [];
  for (const f of files) {
    const parsed = await parseImportInSlices(await f.text(), browserPause);
    if (!parsed.ok) refused.push({ file: f.name, refusal: parsed.refusal });
    else loaded.push(parsed);
  }
  const ids = new Set(loaded.flatMap((l) => l.attempts.map((a) => a.scenarioId)));
  const scenarios = new Map<string, Scenario>();
  for (const id of ids) if (catalog.entries.some((e) => e.id === id && e.playable)) scenarios.set(id, await catalog.load(id));
  return { ...(loaded.length ? { report: cohort(loaded, bestOf(catalog)) } : {}), refused, scenarios };
}
