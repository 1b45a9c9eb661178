/**
 * The engine's public surface. Presenters and adapters import from here only.
 */
export * from './errors';
export * from './ports';
export * from './scenario/vocabulary';
export * from './scenario/model';
export * from './scenario/diagnostics';
export { loadScenario, loadScenarioBytes, MAX_FILE_BYTES, type LoadOptions, type LoadResult } from './scenario/load';
export { buildScenario, getNode } from './scenario/build';
export { bestPath, bestPathFrom, bestScores, reachableEndings, type BestPath, type Objective, type PathStep } from './scenario/analysis';
export { localize, type LocalText } from './scenario/text';
export { scenarioJsonSchema } from './scenario/schema';
export { loadLibrary, idFromFileName, type LibraryEntry, type SourceFile } from './scenario/library';
export * from './scoring/rules';
export * from './conversation/state';
export * from './conversation/events';
export { initialState, reduce, type Rules } from './conversation/reduce';
export { createRunner, resumeRunner, Runner, type RunnerOptions } from './conversation/runner';
export type { Unsubscribe } from './conversation/emitter';
