/**
 * How a learner stands on each principle: the time series of their ratios and a mastery level.
 * Only attempts that could score a principle (best > 0) say anything about it.
 */
import { PRINCIPLES, type Principle } from '../scenario/vocabulary.ts';
import { byEndedAt, principleRatio } from './attempt.ts';
import type { AttemptRecord } from './records.ts';

/** A principle is mastered when each of the last MASTERY_WINDOW attempts that could score it… */
export const MASTERY_WINDOW = 3;
/** …reached at least this share of the best that attempt's scenario allowed. */
export const MASTERY_THRESHOLD = 0.8;

/**
 * `new`: no attempt could score it yet; `started`: fewer than MASTERY_WINDOW such attempts;
 * `practising`: enough attempts, but not all of the last ones reached the threshold;
 * `mastered`: the last MASTERY_WINDOW all did.
 */
export type MasteryLevel = 'new' | 'started' | 'practising' | 'mastered';

export interface SeriesPoint {
  /** The attempt's endedAt (epoch ms). */
  readonly at: number;
  /** score / best for this principle. */
  readonly ratio: number;
  readonly attemptId: string;
  readonly scenarioId: string;
}

export interface PrincipleMastery {
  readonly principle: Principle;
  readonly level: MasteryLevel;
  /** How many attempts could score this principle. */
  readonly attempts: number;
  /** The ratios of the last (up to) MASTERY_WINDOW of them, oldest first. */
  readonly recent: readonly number[];
  /** Their mean, or null when there are none. */
  readonly recentMean: number | null;
}

/** Per principle, the ratio of every attempt that could score it, in chronological order. Pure. */
export function principleSeries(attempts: readonly AttemptRecord[]): Record<Principle, SeriesPoint[]> {
  const sorted = [...attempts].sort(byEndedAt);
  const series = {} as Record<Principle, SeriesPoint[]>;
  for (const p of PRINCIPLES) {
    series[p] = sorted.flatMap((a) => {
      const ratio = principleRatio(a, p);
      return ratio === undefined ? [] : [{ at: a.endedAt, ratio, attemptId: a.id, scenarioId: a.scenarioId }];
    });
  }
  return series;
}

/** The mastery level of one principle from its chronological series (see `MasteryLevel`). Pure. */
export function masteryOf(principle: Principle, series: readonly SeriesPoint[]): PrincipleMastery {
  const recent = series.slice(-MASTERY_WINDOW).map((s) => s.ratio);
  const level: MasteryLevel =
    series.length === 0 ? 'new' : series.length < MASTERY_WINDOW ? 'started' : recent.every((r) => r >= MASTERY_THRESHOLD) ? 'mastered' : 'practising';
  const recentMean = recent.length ? recent.reduce((s, r) => s + r, 0) / recent.length : null;
  return { principle, level, attempts: series.length, recent, recentMean };
}

/**
 * The principle to work on next: among those not mastered (all four when every one is), the one
 * with the lowest recent mean, a principle never scored counting lowest of all; ties go to the
 * first in PRINCIPLES order. Pure and deterministic.
 */
export function weakestPrinciple(mastery: Readonly<Record<Principle, PrincipleMastery>>): Principle {
  const open = PRINCIPLES.filter((p) => mastery[p].level !== 'mastered');
  const pool = open.length ? open : [...PRINCIPLES];
  let weakest = pool[0]!;
  for (const p of pool.slice(1)) if ((mastery[p].recentMean ?? -Infinity) < (mastery[weakest].recentMean ?? -Infinity)) weakest = p;
  return weakest;
}
