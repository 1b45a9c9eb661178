/**
 * Progress: what the game keeps about learners and their attempts, and the reports built on it.
 * Pure, like the rest of the engine; storage is a port (`ProgressStore`) with adapters outside.
 */
export * from './records.ts';
export { attemptFromResult, byEndedAt, principleRatio, principleShare, shareOf, totalRatio, totalShare, type Share } from './attempt.ts';
export { ATTEMPT_MIGRATIONS, checkDraft, checkProfile, migrateAttempt, type MigratedAttempt } from './migrate.ts';
export type { AttemptRecordV1, AttemptStepV1 } from './legacy-v1.ts';
export {
  MASTERY_THRESHOLD,
  MASTERY_WINDOW,
  masteryOf,
  principleSeries,
  RECENT_PLAYS,
  weakestPrinciple,
  type MasteryLevel,
  type PrincipleMastery,
  type SeriesPoint,
} from './mastery.ts';
export { summarise, type Outcome, type ProgressSummary, type ScenarioBest } from './summary.ts';
export { recommend, type Recommendation, type ScenarioInfo } from './recommend.ts';
export { BADGES, badgesOf, HARD, STEADY_PLAYS, type Badge, type BadgeId } from './badges.ts';
export { againstBestPath, type BestOf } from './yardstick.ts';
export { planImport, type MergePlan } from './merge.ts';
export {
  DEFAULT_MAX_IMPORT_BYTES,
  exportProgress,
  parseImport,
  parseImportInSlices,
  PROGRESS_FILE_VERSION,
  PROGRESS_FORMAT,
  type ImportLimits,
  type ImportResult,
  type ProgressDocument,
} from './transfer.ts';
export { FORBIDDEN_KEYS, parseSafeJson, type SafeJson } from './safe-json.ts';
export { formatBytes, refusalSentence, type ImportRefusal } from './refusal.ts';
export { csvCell, toCsv } from './csv.ts';
export { HOT_SEAT_NAMESPACE, uuidV5 } from './uuid.ts';
export { scenarioFingerprint } from './fingerprint.ts';
export { ext, isAbsoluteIri, isoDuration, toXapi } from './xapi.ts';
export * from './xapi-types.ts';
export { cohort, type CohortFile, type CohortLearner, type CohortReport, type PracticeRow, type PrincipleStats } from './cohort.ts';
export { answersOf, sortDecisions, type DecisionStats, type ReplyStats } from './answers.ts';
export type { ProgressStore, SetAside, StorageFallback } from './store.ts';
export { ATTEMPTS_PAGE, evenlySpaced, inSlices, newestAttempts, noPause, SLICE_SIZE, type Page, type Pause } from './slices.ts';
export type { AttemptReporter } from './reporter.ts';
