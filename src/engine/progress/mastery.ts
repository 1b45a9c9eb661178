/**
 * How a learner stands on each principle: the time series of their shares of the best path's
 * score, and a mastery level. Only attempts that could score a principle (best > 0) say anything
 * about it. Shares are never below 0 (see `Share` in attempt.ts).
 */
import { PRINCIPLES, type Principle } from '../scenario/vocabulary.ts';
import { byEndedAt, principleShare } from './attempt.ts';
import type { AttemptRecord } from './records.ts';

/** A principle is mastered when each of the last MASTERY_WINDOW attempts that could score it… */
export const MASTERY_WINDOW = 3;
/** …reached at least this share of the best path's score for it. */
export const MASTERY_THRESHOLD = 0.8;
/** "Your lowest over the last five plays": how many recent plays the weakest principle is judged on. */
export const RECENT_PLAYS = 5;

/**
 * `new`: no attempt could score it yet; `started`: fewer than MASTERY_WINDOW such attempts;
 * `practising`: enough attempts, but not all of the last ones reached the threshold;
 * `mastered`: the last MASTERY_WINDOW all did.
 */
export type MasteryLevel = 'new' | 'started' | 'practising' | 'mastered';

export interface SeriesPoint {
  /** The attempt's endedAt (epoch ms). */
  readonly at: number;
  /** Which of the learner's attempts this is, counting from 1 in chronological order. */
  readonly attempt: number;
  /** max(0, score) / best for this principle. */
  readonly share: number;
  /** Points below zero on it. */
  readonly lost: number;
  readonly score: number;
  readonly best: number;
  readonly attemptId: string;
  readonly scenarioId: string;
}

export interface PrincipleMastery {
  readonly principle: Principle;
  readonly level: MasteryLevel;
  /** How many attempts could score this principle. */
  readonly attempts: number;
  /** The shares of the last (up to) MASTERY_WINDOW of them, oldest first. */
  readonly recent: readonly number[];
  /** Their mean, or null when there are none. */
  readonly recentMean: number | null;
  /** The last (up to) RECENT_PLAYS of them: how many, and their mean share (null when none). */
  readonly lately: { readonly plays: number; readonly mean: number | null };
}

/** Per principle, the share of every attempt that could score it, in chronological order. Pure. */
export function principleSeries(attempts: readonly AttemptRecord[]): Record<Principle, SeriesPoint[]> {
  const sorted = [...attempts].sort(byEndedAt);
  const series = {} as Record<Principle, SeriesPoint[]>;
  for (const p of PRINCIPLES) {
    series[p] = sorted.flatMap((a, i) => {
      const s = principleShare(a, p);
      return s === undefined
        ? []
        : [
            {
              at: a.endedAt,
              attempt: i + 1,
              share: s.share,
              lost: s.lost,
              score: s.score,
              best: s.best,
              attemptId: a.id,
              scenarioId: a.scenarioId,
            },
          ];
    });
  }
  return series;
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/** The mastery level of one principle from its chronological series (see `MasteryLevel`). Pure. */
export function masteryOf(principle: Principle, series: readonly SeriesPoint[]): PrincipleMastery {
  const recent = series.slice(-MASTERY_WINDOW).map((s) => s.share);
  const lately = series.slice(-RECENT_PLAYS).map((s) => s.share);
  const level: MasteryLevel =
    series.length === 0
      ? 'new'
      : series.length < MASTERY_WINDOW
        ? 'started'
        : recent.every((r) => r >= MASTERY_THRESHOLD)
          ? 'mastered'
          : 'practising';
  return {
    principle,
    level,
    attempts: series.length,
    recent,
    recentMean: mean(recent),
    lately: { plays: lately.length, mean: mean(lately) },
  };
}

/**
 * The principle to work on next: among those not mastered (all four when every one is), the one
 * with the lowest mean share over its last RECENT_PLAYS plays, a principle never scored counting
 * lowest of all; ties go to the first in PRINCIPLES order. Pure and deterministic.
 */
export function weakestPrinciple(mastery: Readonly<Record<Principle, PrincipleMastery>>): Principle {
  const open = PRINCIPLES.filter((p) => mastery[p].level !== 'mastered');
  const pool = open.length ? open : [...PRINCIPLES];
  let weakest = pool[0]!;
  for (const p of pool.slice(1)) if ((mastery[p].lately.mean ?? -Infinity) < (mastery[weakest].lately.mean ?? -Infinity)) weakest = p;
  return weakest;
}
