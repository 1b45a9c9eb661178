/**
 * Turning a finished conversation into the record progress keeps, and the ratios every report
 * is built from.
 */
import type { ConversationResult } from '../conversation/events.ts';
import type { Scores } from '../scenario/model.ts';
import { PRINCIPLES, type Language, type Principle } from '../scenario/vocabulary.ts';
import { totalScore } from '../scoring/rules.ts';
import { ATTEMPT_VERSION, type AttemptRecord } from './records.ts';

/**
 * The record of a finished conversation. `meta.id` must be unique (a UUID); the step at index i
 * gets `result.bestReplies[i]` as its best reply (null if the result lacks one). Copies every
 * value, so the record shares nothing with the result. Pure.
 */
export function attemptFromResult(
  result: ConversationResult,
  meta: { readonly id: string; readonly profileId: string; readonly lang: Language },
): AttemptRecord {
  const steps = result.steps.map((s, i) => ({
    nodeId: s.nodeId,
    choiceId: s.choiceId,
    bestChoiceId: result.bestReplies[i] ?? null,
    score: copyScores(s.score),
    moodBefore: s.moodBefore,
    moodAfter: s.moodAfter,
    interrupted: s.interrupted,
    late: s.late,
    hold: s.hold,
    elapsedMs: s.elapsedMs,
    at: s.at,
  }));
  return {
    v: ATTEMPT_VERSION,
    id: meta.id,
    profileId: meta.profileId,
    scenarioId: result.scenarioId,
    lang: meta.lang,
    startedAt: result.startedAt,
    endedAt: result.endedAt,
    durationMs: Math.max(0, result.endedAt - result.startedAt),
    ending: result.ending,
    endedBy: result.endedBy,
    scores: copyScores(result.scores),
    best: copyScores(result.best),
    steps,
    interruptions: steps.filter((s) => s.interrupted).length,
    lateReplies: steps.filter((s) => s.late).length,
    holds: steps.filter((s) => s.hold).length,
  };
}

function copyScores(s: Scores): Scores {
  return Object.fromEntries(PRINCIPLES.map((p) => [p, s[p]])) as Record<Principle, number>;
}

/**
 * score / best for one principle of an attempt, or undefined when the scenario could not score
 * that principle (best ≤ 0), so it tells nothing about it. May be negative or above 1: this is the
 * raw figure data exports carry. Reports show `principleShare` instead.
 */
export function principleRatio(attempt: Pick<AttemptRecord, 'scores' | 'best'>, p: Principle): number | undefined {
  const best = attempt.best[p];
  return best > 0 ? attempt.scores[p] / best : undefined;
}

/** Total score / best total, or undefined when the best total is not positive (raw, as above). */
export function totalRatio(attempt: Pick<AttemptRecord, 'scores' | 'best'>): number | undefined {
  const best = totalScore(attempt.best);
  return best > 0 ? totalScore(attempt.scores) / best : undefined;
}

/**
 * How every report shows a score against the best path's: as a share of the best path's points
 * that is never below 0, with the points below zero said separately. "−78 %" tells a learner
 * nothing; "0 %, 7 points lost" does. A share may pass 1 where a learner beat the best path on
 * one principle; it is shown as it is.
 */
export interface Share {
  /** max(0, score) / best, with best > 0. */
  readonly share: number;
  /** Points below zero (−score when the score is negative, else 0). */
  readonly lost: number;
  readonly score: number;
  readonly best: number;
}

/** The share of `best` that `score` reached (see `Share`), or undefined when best ≤ 0. Pure. */
export function shareOf(score: number, best: number): Share | undefined {
  return best > 0 ? { share: Math.max(0, score) / best, lost: Math.max(0, -score), score, best } : undefined;
}

/** One principle of an attempt as a `Share`, undefined when the scenario could not score it. */
export function principleShare(attempt: Pick<AttemptRecord, 'scores' | 'best'>, p: Principle): Share | undefined {
  return shareOf(attempt.scores[p], attempt.best[p]);
}

/** The total of an attempt as a `Share`, undefined when the best total is not positive. */
export function totalShare(attempt: Pick<AttemptRecord, 'scores' | 'best'>): Share | undefined {
  return shareOf(totalScore(attempt.scores), totalScore(attempt.best));
}

/** Chronological order (endedAt, then id), so every report is deterministic. */
export function byEndedAt(a: Pick<AttemptRecord, 'endedAt' | 'id'>, b: Pick<AttemptRecord, 'endedAt' | 'id'>): number {
  return a.endedAt - b.endedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
