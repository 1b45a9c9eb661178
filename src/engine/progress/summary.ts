/**
 * One learner's progress at a glance: the series and mastery per principle (`mastery.ts`), each
 * scenario's best, first and latest result, the badges (`badges.ts`) and the scenario to play next
 * (`recommend.ts`). Every attempt is measured against its scenario's current best path
 * (`yardstick.ts`), and shares are never below 0 (`Share`, attempt.ts).
 */
import { PRINCIPLES, type Ending, type Principle } from '../scenario/vocabulary.ts';
import { byEndedAt, totalShare, type Share } from './attempt.ts';
import { badgesOf, type Badge } from './badges.ts';
import { masteryOf, principleSeries, weakestPrinciple, type PrincipleMastery, type SeriesPoint } from './mastery.ts';
import { recommend, type Recommendation, type ScenarioInfo } from './recommend.ts';
import type { AttemptRecord } from './records.ts';
import { againstBestPath } from './yardstick.ts';

/** One attempt's result on its scenario as a whole. */
export interface Outcome {
  readonly attemptId: string;
  readonly at: number;
  readonly ending: Ending;
  /** The total against the best path's total; null when that total is not positive. */
  readonly share: Share | null;
}

export interface ScenarioBest {
  readonly scenarioId: string;
  readonly title?: string;
  readonly attempts: number;
  /** The attempt with the highest total share (the earliest of equals). */
  readonly best: Outcome;
  /** The first and the latest attempt: how far the learner came on this scenario. */
  readonly first: Outcome;
  readonly latest: Outcome;
}

export interface ProgressSummary {
  readonly attempts: number;
  readonly series: Readonly<Record<Principle, readonly SeriesPoint[]>>;
  readonly mastery: Readonly<Record<Principle, PrincipleMastery>>;
  /** Played scenarios only, by id. */
  readonly scenarios: readonly ScenarioBest[];
  readonly badges: readonly Badge[];
  readonly weakest: Principle;
  /** Undefined only when the catalogue is empty. */
  readonly next?: Recommendation;
}

/**
 * Summarises one learner's attempts against the scenario catalogue (see `ProgressSummary`).
 * Pure and deterministic: the same attempts in any order give the same summary.
 */
export function summarise(attempts: readonly AttemptRecord[], scenarios: readonly ScenarioInfo[]): ProgressSummary {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const measured = againstBestPath(attempts, (id) => byId.get(id)?.best);
  const series = principleSeries(measured);
  const mastery = Object.fromEntries(PRINCIPLES.map((p) => [p, masteryOf(p, series[p])])) as Record<Principle, PrincipleMastery>;
  const weakest = weakestPrinciple(mastery);
  const next = recommend(weakest, measured, scenarios, mastery);
  return {
    attempts: measured.length,
    series,
    mastery,
    scenarios: perScenario(measured, byId),
    badges: badgesOf(measured, scenarios),
    weakest,
    ...(next ? { next } : {}),
  };
}

const outcome = (a: AttemptRecord): Outcome => ({ attemptId: a.id, at: a.endedAt, ending: a.ending, share: totalShare(a) ?? null });
/** Higher total first; below zero, fewer points lost first. */
const rank = (o: Outcome): number => (o.share === null ? -Infinity : o.share.score / o.share.best);

function perScenario(attempts: readonly AttemptRecord[], byId: ReadonlyMap<string, ScenarioInfo>): ScenarioBest[] {
  const groups = new Map<string, AttemptRecord[]>();
  for (const a of [...attempts].sort(byEndedAt)) {
    const group = groups.get(a.scenarioId);
    if (group) group.push(a);
    else groups.set(a.scenarioId, [a]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([scenarioId, list]) => {
      const outcomes = list.map(outcome);
      // Strictly greater keeps the earliest of equal results.
      const best = outcomes.reduce((b, o) => (rank(o) > rank(b) ? o : b));
      const title = byId.get(scenarioId)?.title;
      return {
        scenarioId,
        ...(title === undefined ? {} : { title }),
        attempts: list.length,
        best,
        first: outcomes[0]!,
        latest: outcomes[outcomes.length - 1]!,
      };
    });
}
