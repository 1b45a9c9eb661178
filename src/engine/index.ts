/**
 * The engine's runtime surface: what the game needs to play a checked scenario. Presenters and
 * adapters import from here. Reading and checking YAML lives in `authoring.ts`, so the YAML parser
 * and the validator stay out of the learner's download.
 */
export * from './errors.ts';
export * from './ports.ts';
export * from './settings.ts';
export * from './scenario/vocabulary.ts';
export * from './scenario/model.ts';
export * from './scenario/diagnostics.ts';
export * from './scenario/catalog.ts';
export type { MessageSource } from './scenario/messages/template.ts';
export type { MessageKey, MessageParams } from './scenario/messages/catalog.ts';
export { buildScenario, getNode } from './scenario/build.ts';
export {
  bestPath,
  bestPathFrom,
  ENDING_RANK,
  principleMaxima,
  reachableEndings,
  type BestPath,
  type Objective,
  type PathFilter,
  type PathStep,
  type PrincipleMaxima,
} from './scenario/analysis.ts';
export { moodOnArrival, startingAt, topological } from './scenario/play-from.ts';
export { localize, scenarioTexts, translationGaps, type LocalText } from './scenario/text.ts';
export { splitLanguages, withWords, type Words } from './scenario/languages.ts';
export {
  bandOf,
  challengeToShow,
  CHALLENGE_BANDS,
  designReport,
  type DesignReport,
  type DifficultyEstimate,
  type MistakePays,
} from './scenario/design.ts';
export type { PlayerOutcome, RandomOutcome } from './scenario/players.ts';
export * from './scoring/rules.ts';
export * from './conversation/state.ts';
export * from './conversation/events.ts';
export { initialState, reduce, type Rules } from './conversation/reduce.ts';
export { analyse, createRunner, resumeRunner, retryFrom, Runner, type RunnerOptions } from './conversation/runner.ts';
export type { Unsubscribe } from './conversation/emitter.ts';
export { transcript } from './conversation/transcript.ts';
export {
  debriefFacts,
  pointsOf,
  verdictOf,
  type DebriefFacts,
  type MoodMark,
  type PrincipleRow,
  type Verdict,
} from './conversation/debrief.ts';
