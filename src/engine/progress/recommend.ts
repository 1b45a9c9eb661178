/**
 * The scenario to play next, and why: aimed at the learner's weakest principle, with the facts
 * behind the choice so the game can say them ("Honesty is your lowest over your last 5 plays").
 */
import type { Channel, Principle } from '../scenario/vocabulary.ts';
import type { Scores } from '../scenario/model.ts';
import { principleShare } from './attempt.ts';
import { MASTERY_THRESHOLD, type PrincipleMastery } from './mastery.ts';
import type { AttemptRecord } from './records.ts';

/** What the reports need to know about a scenario in the catalogue. */
export interface ScenarioInfo {
  readonly id: string;
  readonly title?: string;
  /** The principles this scenario trains; the recommendation aims by them. */
  readonly focus?: readonly Principle[];
  readonly difficulty: number;
  readonly channel?: Channel;
  /** Its best path's score per principle, as the scenario is now (see yardstick.ts). */
  readonly best?: Scores;
}

export interface Recommendation {
  readonly scenarioId: string;
  readonly title?: string;
  /** The principle it aims at: the weakest. */
  readonly principle: Principle;
  /**
   * Why that principle: `start`, nothing played yet; `unpractised`, no play has scored it yet;
   * `lowest`, the lowest mean share over its last plays; `keep-sharp`, every principle is
   * mastered and this one is the lowest of them.
   */
  readonly why: 'start' | 'unpractised' | 'lowest' | 'keep-sharp';
  /** The plays that mean is over (up to RECENT_PLAYS), and the mean share; 0 and null when none. */
  readonly plays: number;
  readonly mean: number | null;
  /** `unplayed`: never played; `not-mastered`: played, never ≥ threshold on that principle; `replay`: done. */
  readonly reason: 'unplayed' | 'not-mastered' | 'replay';
  /** The learner's best share on the principle in that scenario; null when unplayed or unscored. */
  readonly bestThere: number | null;
}

/**
 * The scenario to play next for `principle`. Candidates are the scenarios whose focus includes it
 * (every scenario when none does). They rank: not done before done — done meaning some attempt
 * reached MASTERY_THRESHOLD on that principle — then lower difficulty, then unplayed before
 * played, then lower best share on the principle, then id. `mastery` says why this principle
 * (see `Recommendation.why`). Pure; undefined for an empty catalogue.
 */
export function recommend(
  principle: Principle,
  attempts: readonly AttemptRecord[],
  scenarios: readonly ScenarioInfo[],
  mastery?: Readonly<Record<Principle, PrincipleMastery>>,
): Recommendation | undefined {
  const focused = scenarios.filter((s) => s.focus?.includes(principle));
  const ranked = (focused.length ? focused : scenarios).map((s) => {
    const played = attempts.filter((a) => a.scenarioId === s.id);
    const shares = played.map((a) => principleShare(a, principle)?.share).filter((x): x is number => x !== undefined);
    const best = shares.length ? Math.max(...shares) : -Infinity;
    const reason: Recommendation['reason'] = !played.length ? 'unplayed' : best < MASTERY_THRESHOLD ? 'not-mastered' : 'replay';
    return { s, reason, played: played.length > 0, best };
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
  const m = mastery?.[principle];
  const allMastered = mastery !== undefined && Object.values(mastery).every((x) => x.level === 'mastered');
  const why: Recommendation['why'] =
    attempts.length === 0 ? 'start' : !m || m.attempts === 0 ? 'unpractised' : allMastered ? 'keep-sharp' : 'lowest';
  return {
    scenarioId: top.s.id,
    ...(top.s.title === undefined ? {} : { title: top.s.title }),
    principle,
    why,
    plays: m?.lately.plays ?? 0,
    mean: m?.lately.mean ?? null,
    reason: top.reason,
    bestThere: Number.isFinite(top.best) ? top.best : null,
  };
}
