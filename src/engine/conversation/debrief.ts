/**
 * What a debrief says about a finished conversation, worked out from the runner's result so that
 * the screen only draws: a verdict per principle against the best path, the totals, and the
 * customer's mood reply by reply with every interruption, hold and late reply on it.
 */
import type { Scores } from '../scenario/model.ts';
import { PRINCIPLES, type Principle } from '../scenario/vocabulary.ts';
import { totalScore } from '../scoring/rules.ts';
import type { ConversationResult } from './events.ts';

/**
 * How a principle's score reads against the best path's: `beyond` above it (a learner may beat
 * the best path on one principle), `top` level with it, `good` at least half of a positive best,
 * `mixed` above zero but under half, `poor` zero or below (below the best).
 */
export type Verdict = 'beyond' | 'top' | 'good' | 'mixed' | 'poor';

/** The verdict for a score against the best path's score for that principle (see `Verdict`). Pure. */
export function verdictOf(score: number, best: number): Verdict {
  if (score > best) return 'beyond';
  if (score === best) return 'top';
  if (score > 0 && score >= best / 2) return 'good';
  if (score > 0) return 'mixed';
  return 'poor';
}

export interface PrincipleRow {
  readonly principle: Principle;
  readonly score: number;
  readonly best: number;
  readonly verdict: Verdict;
}

/** One reply on the mood chart. */
export interface MoodMark {
  /** 0-based index of the reply. */
  readonly step: number;
  /** The mood when the reply was given, and after it. */
  readonly before: number;
  readonly after: number;
  /** after − before: what the reply itself did to the mood. */
  readonly change: number;
  /**
   * How far the mood moved between the previous reply (or the start) and this reply being given:
   * non-zero when waiting cost something (a reply timer that ran out).
   */
  readonly waited: number;
  readonly interrupted: boolean;
  readonly late: boolean;
  readonly hold: boolean;
  /** The reply was the best reply from that line and mood. */
  readonly wasBest: boolean;
}

export interface DebriefFacts {
  readonly rows: readonly PrincipleRow[];
  readonly total: number;
  readonly bestTotal: number;
  /** Principles scored at or above the best path's level. */
  readonly atBest: number;
  readonly replies: number;
  /** Replies that were the best reply from their line and mood. */
  readonly bestReplies: number;
  readonly startMood: number;
  readonly finalMood: number;
  readonly marks: readonly MoodMark[];
  readonly interruptions: number;
  readonly late: number;
  readonly holds: number;
}

/**
 * The debrief's facts for a result. Every number comes from the result as the runner made it;
 * nothing is re-scored. Pure.
 */
export function debriefFacts(result: ConversationResult): DebriefFacts {
  const rows = PRINCIPLES.map((p) => ({
    principle: p,
    score: result.scores[p],
    best: result.best[p],
    verdict: verdictOf(result.scores[p], result.best[p]),
  }));
  let previous = result.startMood;
  const marks = result.steps.map((s, i): MoodMark => {
    const mark = {
      step: i,
      before: s.moodBefore,
      after: s.moodAfter,
      change: s.moodAfter - s.moodBefore,
      waited: s.moodBefore - previous,
      interrupted: s.interrupted,
      late: s.late,
      hold: s.hold,
      wasBest: result.bestReplies[i] === s.choiceId,
    };
    previous = s.moodAfter;
    return mark;
  });
  return {
    rows,
    total: totalScore(result.scores),
    bestTotal: totalScore(result.best),
    atBest: rows.filter((r) => r.score >= r.best).length,
    replies: marks.length,
    bestReplies: marks.filter((m) => m.wasBest).length,
    startMood: result.startMood,
    finalMood: result.finalMood,
    marks,
    interruptions: marks.filter((m) => m.interrupted).length,
    late: marks.filter((m) => m.late).length,
    holds: marks.filter((m) => m.hold).length,
  };
}

/** The points of one step's score that are not zero, in PRINCIPLES order, for "Listen +2, Honesty −1". */
export function pointsOf(score: Scores): readonly { readonly principle: Principle; readonly points: number }[] {
  return PRINCIPLES.filter((p) => score[p] !== 0).map((p) => ({ principle: p, points: score[p] }));
}
