/**
 * The score an LMS receives: the learner's total against the best path's total (the debrief's
 * measure), and one objective per principle, each judged against the game's own mastery share.
 */
import type { Scores } from '../scenario/model.ts';
import { PRINCIPLES, type Principle } from '../scenario/vocabulary.ts';
import { totalScore } from '../scoring/rules.ts';

/**
 * Passed at this share of the best path's total: the progress screen's MASTERY_THRESHOLD (a test
 * keeps the two equal; not imported, so an LMS session does not load the progress reports).
 */
export const LMS_MASTERY = 0.8;

export interface LmsScore {
  /** The share as 0–1, to four decimals (SCORM 2004 `score.scaled`, xAPI `score.scaled`). */
  readonly scaled: number;
  /** The share as 0–100, to two decimals; `min` 0 and `max` 100. */
  readonly raw: number;
  readonly min: 0;
  readonly max: 100;
  /** `scaled` reached the mastery share. */
  readonly passed: boolean;
}

export interface ObjectiveScore {
  readonly principle: Principle;
  /** Undefined when no path through the scenario scores this principle: it says nothing about it. */
  readonly score?: LmsScore;
}

/**
 * `value` against `best` as an LmsScore, judged against `mastery` (0–1). The share is clamped to
 * 0–1 (a learner cannot go below nothing, and a best path is the most a path allows); a best of 0
 * or less counts as met when `value` reaches it. `passed` is decided on the rounded `scaled`, so
 * an LMS judging `scaled` against the same mastery agrees. Pure.
 */
export function shareScore(value: number, best: number, mastery: number = LMS_MASTERY): LmsScore {
  const share = best > 0 ? value / best : value >= best ? 1 : 0;
  const scaled = Math.round(Math.min(1, Math.max(0, share)) * 10000) / 10000;
  return { scaled, raw: Math.round(scaled * 10000) / 100, min: 0, max: 100, passed: scaled >= mastery };
}

/** The total against the best path's total (see `shareScore`). Pure. */
export function lmsScore(result: { readonly scores: Scores; readonly best: Scores }, mastery: number = LMS_MASTERY): LmsScore {
  return shareScore(totalScore(result.scores), totalScore(result.best), mastery);
}

/** One objective per principle, in the contract's order, each against the best path's score for it. Pure. */
export function objectiveScores(
  result: { readonly scores: Scores; readonly best: Scores },
  mastery: number = LMS_MASTERY,
): ObjectiveScore[] {
  return PRINCIPLES.map((principle) =>
    result.best[principle] > 0
      ? { principle, score: shareScore(result.scores[principle], result.best[principle], mastery) }
      : { principle },
  );
}
