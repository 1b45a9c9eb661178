/**
 * One learner's progress at a glance: the series and mastery per principle (`mastery.ts`), the
 * best result per scenario, and the scenario to play next.
 */
import { PRINCIPLES, type Ending, type Principle } from '../scenario/vocabulary.ts';
import { byEndedAt, principleRatio, totalRatio } from './attempt.ts';
import { MASTERY_THRESHOLD, masteryOf, principleSeries, weakestPrinciple, type PrincipleMastery, type SeriesPoint } from './mastery.ts';
import type { AttemptRecord } from './records.ts';

/** What the summary needs to know about a scenario in the catalogue. */
export interface ScenarioInfo {
  readonly id: string;
  readonly title?: string;
  /** The principles this scenario trains; the recommendation aims by them. */
  readonly focus?: readonly Principle[];
  readonly difficulty: number;
}

export interface ScenarioBest {
  readonly scenarioId: string;
  readonly title?: string;
  readonly attempts: number;
  /** The best total score / best total of any attempt, null when the scenario's best total is not positive. */
  readonly bestRatio: number | null;
  /** The attempt with that ratio (the earliest of equals), and how it ended. */
  readonly attemptId: string;
  readonly ending: Ending;
  readonly lastPlayedAt: number;
}

export interface Recommendation {
  readonly scenarioId: string;
  readonly title?: string;
  /** The principle it aims at: the weakest. */
  readonly principle: Principle;
  /** `unplayed`: never played; `not-mastered`: played, never ≥ threshold on that principle; `replay`: everything is done. */
  readonly reason: 'unplayed' | 'not-mastered' | 'replay';
}

export interface ProgressSummary {
  readonly attempts: number;
  readonly series: Readonly<Record<Principle, readonly SeriesPoint[]>>;
  readonly mastery: Readonly<Record<Principle, PrincipleMastery>>;
  /** Played scenarios only, by id. */
  readonly scenarios: readonly ScenarioBest[];
  readonly weakest: Principle;
  /** Undefined only when the catalogue is empty. */
  readonly next?: Recommendation;
}

/**
 * Summarises one learner's attempts against the scenario catalogue (see `ProgressSummary`; the
 * mastery and recommendation rules are in `mastery.ts` and `recommend`). Pure and deterministic:
 * the same attempts in any order give the same summary.
 */
export function summarise(attempts: readonly AttemptRecord[], scenarios: readonly ScenarioInfo[]): ProgressSummary {
  const series = principleSeries(attempts);
  const mastery = Object.fromEntries(PRINCIPLES.map((p) => [p, masteryOf(p, series[p])])) as Record<Principle, PrincipleMastery>;
  const weakest = weakestPrinciple(mastery);
  const next = recommend(weakest, attempts, scenarios);
  return { attempts: attempts.length, series, mastery, scenarios: bestPerScenario(attempts, scenarios), weakest, ...(next ? { next } : {}) };
}

function bestPerScenario(attempts: readonly AttemptRecord[], scenarios: readonly ScenarioInfo[]): ScenarioBest[] {
  const groups = new Map<string, AttemptRecord[]>();
  for (const a of [...attempts].sort(byEndedAt)) groups.set(a.scenarioId, [...(groups.get(a.scenarioId) ?? []), a]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([scenarioId, list]) => {
      // Strictly greater keeps the earliest of equal results.
      const best = list.reduce((b, a) => ((totalRatio(a) ?? -Infinity) > (totalRatio(b) ?? -Infinity) ? a : b));
      const title = scenarios.find((s) => s.id === scenarioId)?.title;
      return { scenarioId, ...(title === undefined ? {} : { title }), attempts: list.length, bestRatio: totalRatio(best) ?? null, attemptId: best.id, ending: best.ending, lastPlayedAt: list[list.length - 1]!.endedAt };
    });
}

/**
 * The scenario to play next for `principle`. Candidates are the scenarios whose focus includes it
 * (every scenario when none does). They rank: not done before done — done meaning some attempt
 * reached MASTERY_THRESHOLD on that principle — then lower difficulty, then unplayed before
 * played, then lower best ratio on the principle, then id. Pure; undefined for an empty catalogue.
 */
export function recommend(principle: Principle, attempts: readonly AttemptRecord[], scenarios: readonly ScenarioInfo[]): Recommendation | undefined {
  const focused = scenarios.filter((s) => s.focus?.includes(principle));
  const ranked = (focused.length ? focused : scenarios).map((s) => {
    const ratios = attempts.filter((a) => a.scenarioId === s.id).map((a) => principleRatio(a, principle) ?? -Infinity);
    const best = ratios.length ? Math.max(...ratios) : -Infinity;
    const reason: Recommendation['reason'] = !ratios.length ? 'unplayed' : best < MASTERY_THRESHOLD ? 'not-mastered' : 'replay';
    return { s, reason, played: ratios.length > 0, best };
  });
  ranked.sort(
    (a, b) =>
      Number(a.reason === 'replay') - Number(b.reason === 'replay') ||
      a.s.difficulty - b.s.difficulty ||
      Number(a.played) - Number(b.played) ||
      (a.best === b.best ? 0 : a.best < b.best ? -1 : 1) ||
      (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0),
  );
  const top = ranked[0];
  if (!top) return undefined;
  return { scenarioId: top.s.id, ...(top.s.title === undefined ? {} : { title: top.s.title }), principle, reason: top.reason };
}
