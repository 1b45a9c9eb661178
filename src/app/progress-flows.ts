/**
 * The progress screens' data and actions: summarising a learner's attempts against the catalog,
 * exports in three formats, import of a backup, and a trainer's cohort from several exports. The
 * progress model (and its validators) loads only when one of these is used.
 */
import type { Language, Scenario } from '../engine/index.ts';
import type { CohortReport, ProgressSummary, ScenarioInfo } from '../engine/progress/index.ts';
import type { ProgressData } from '../ui/progress/progress-screen.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { download } from '../ui/download.ts';
import { refusalText, type BackupRefusal } from '../ui/progress/refusal-text.ts';
import { transferStatus } from '../ui/progress/transfer-panel.ts';
import { entryTitle, type Catalog } from './catalog.ts';
import type { ProgressKeeper } from './progress-keeper.ts';

const progressModel = () => import('../engine/progress/index.ts');

function scenarioInfos(catalog: Catalog, lang: Language): ScenarioInfo[] {
  return catalog.entries.filter((e) => e.playable).map((e) => ({ id: e.id, title: entryTitle(e, lang), focus: e.focus ?? [], difficulty: e.difficulty ?? 1 }));
}

export async function progressData(keeper: ProgressKeeper, catalog: Catalog, lang: Language): Promise<ProgressData> {
  const { summarise } = await progressModel();
  const store = await keeper.store();
  const profile = await keeper.profile();
  const [profiles, attempts] = await Promise.all([store.listProfiles(), store.listAttempts(profile.id)]);
  return { profile, profiles, attempts, summary: summarise(attempts, scenarioInfos(catalog, lang)), storage: store.kind, problems: store.problems() };
}

/** The current learner's summary for the menu's cards; undefined if progress cannot be read. */
export async function menuSummary(keeper: ProgressKeeper, catalog: Catalog, lang: Language): Promise<ProgressSummary | undefined> {
  try {
    const [{ summarise }, store, profile] = await Promise.all([progressModel(), keeper.store(), keeper.profile()]);
    return summarise(await store.listAttempts(profile.id), scenarioInfos(catalog, lang));
  } catch {
    // The menu works without it; the progress screen says what went wrong.
    return undefined;
  }
}

/** The export file's name and text for one learner. */
export async function exportFile(keeper: ProgressKeeper, kind: 'json' | 'csv' | 'xapi', now: number, base: string): Promise<{ name: string; mime: string; text: string }> {
  const { exportProgress, toCsv, toXapi } = await progressModel();
  const store = await keeper.store();
  const profile = await keeper.profile();
  const attempts = await store.listAttempts(profile.id);
  const stamp = new Date(now).toISOString().slice(0, 10);
  const slug = profile.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'learner';
  if (kind === 'csv') return { name: `hot-seat-${slug}-${stamp}.csv`, mime: 'text/csv', text: toCsv(attempts) };
  if (kind === 'xapi') return { name: `hot-seat-${slug}-${stamp}.xapi.json`, mime: 'application/json', text: JSON.stringify(toXapi(attempts, { name: profile.name }, base), null, 2) };
  return { name: `hot-seat-${slug}-${stamp}.json`, mime: 'application/json', text: exportProgress([profile], attempts, now) };
}

/** Downloads an export of the current learner. */
export async function saveExport(keeper: ProgressKeeper, kind: 'json' | 'csv' | 'xapi', deps: { clock: { now(): number }; xapiBase: string }): Promise<void> {
  const file = await exportFile(keeper, kind, deps.clock.now(), deps.xapiBase);
  download(file.name, file.mime, file.text);
}

/** Imports a backup, shows the progress screen again, and says what came in or why nothing did. */
export async function importAndReport(keeper: ProgressKeeper, file: File, deps: { i18n: I18n; ui: HTMLElement }, reopen: () => Promise<void>): Promise<void> {
  const t = deps.i18n.t.bind(deps.i18n);
  const result = await importBackup(keeper, file);
  if (result.ok) {
    await reopen();
    transferStatus(deps.ui, t('progress.imported', { attempts: result.attempts, profiles: result.profiles }), true);
  } else transferStatus(deps.ui, t('progress.importRefused', { problem: refusalText(deps.i18n, result.refusal) }), false);
}

/** Imports a backup: all of it or, with the reason, nothing. */
export async function importBackup(keeper: ProgressKeeper, file: File): Promise<{ ok: true; attempts: number; profiles: number } | { ok: false; refusal: BackupRefusal }> {
  // Restoring a backup brings its learner back: switch to them, so they see their progress.
  const { parseImport, DEFAULT_MAX_IMPORT_BYTES } = await progressModel();
  // Refused before reading it into memory at all.
  if (file.size > DEFAULT_MAX_IMPORT_BYTES) return { ok: false, refusal: { kind: 'too-large', limitBytes: DEFAULT_MAX_IMPORT_BYTES } };
  const parsed = parseImport(await file.text());
  if (!parsed.ok) return parsed;
  try {
    await (await keeper.store()).importAll(parsed.profiles, parsed.attempts);
  } catch (e) {
    return { ok: false, refusal: { kind: 'not-stored', details: e instanceof Error ? e.message : String(e) } };
  }
  const first = parsed.profiles[0];
  if (first) await keeper.switchTo(first);
  return { ok: true, attempts: parsed.attempts.length, profiles: parsed.profiles.length };
}

/** A file a cohort could not use, and why. */
export interface Refused {
  readonly file: string;
  readonly refusal: BackupRefusal;
}

/** A cohort report from several learners' exports; files that are not usable are named with why. */
export async function cohortFrom(files: readonly File[], catalog: Catalog): Promise<{ report?: CohortReport; refused: Refused[]; scenarios: Map<string, Scenario> }> {
  const { parseImport, cohort } = await progressModel();
  const refused: Refused[] = [];
  const learners: { learner: string; attempts: import('../engine/progress/index.ts').AttemptRecord[] }[] = [];
  for (const f of files) {
    const parsed = parseImport(await f.text());
    if (!parsed.ok) refused.push({ file: f.name, refusal: parsed.refusal });
    else learners.push({ learner: parsed.profiles[0]?.name ?? f.name, attempts: parsed.attempts });
  }
  const ids = new Set(learners.flatMap((l) => l.attempts.map((a) => a.scenarioId)));
  const scenarios = new Map<string, Scenario>();
  for (const id of ids) if (catalog.entries.some((e) => e.id === id && e.playable)) scenarios.set(id, await catalog.load(id));
  return { ...(learners.length ? { report: cohort(learners) } : {}), refused, scenarios };
}
