/**
 * Badges: goals with stated criteria a learner can work towards. Each is earned once, by the first
 * attempt that meets its criterion, and is never taken away; until then it shows how far along
 * the learner is ("3 of 5").
 */
import { CHANNELS, PRINCIPLES, type Channel, type Principle } from '../scenario/vocabulary.ts';
import { totalScore } from '../scoring/rules.ts';
import { byEndedAt, principleShare } from './attempt.ts';
import { MASTERY_THRESHOLD, MASTERY_WINDOW } from './mastery.ts';
import type { ScenarioInfo } from './recommend.ts';
import type { AttemptRecord } from './records.ts';

/**
 * `first-resolved`: a conversation ends resolved. `best-path`: a play scores its scenario's best
 * path total. `steady-hand`: STEADY_PLAYS plays in a row without an interruption.
 * `every-channel`: a play on every channel the catalogue offers. `calm-under-fire`: on a
 * difficulty-3 scenario, calm at or above the best path's calm. `hard-won`: a difficulty-3
 * scenario resolved. `principle-mastered`: some principle at MASTERY_THRESHOLD of the best path in
 * each of MASTERY_WINDOW plays in a row that scored it.
 */
export const BADGES = [
  'first-resolved',
  'best-path',
  'steady-hand',
  'every-channel',
  'calm-under-fire',
  'hard-won',
  'principle-mastered',
] as const;
export type BadgeId = (typeof BADGES)[number];

/** Plays in a row without an interruption that earn `steady-hand`. */
export const STEADY_PLAYS = 5;
/** The difficulty of the scenarios `calm-under-fire` and `hard-won` ask for. */
export const HARD = 3;

export interface Badge {
  readonly id: BadgeId;
  readonly unlocked: boolean;
  /** When it was earned: the endedAt of the attempt that met the criterion; null while locked. */
  readonly at: number | null;
  /** How far along: `have` of `need` (have = need once unlocked). */
  readonly have: number;
  readonly need: number;
  /** For `principle-mastered`: the principle that earned it, or the one closest while locked. */
  readonly principle?: Principle;
}

type Check = (
  attempts: readonly AttemptRecord[],
  info: (id: string) => ScenarioInfo | undefined,
  channels: readonly Channel[],
) => Omit<Badge, 'id'>;

const once = (attempts: readonly AttemptRecord[], met: (a: AttemptRecord) => boolean): Omit<Badge, 'id'> => {
  const hit = attempts.find(met);
  return hit ? { unlocked: true, at: hit.endedAt, have: 1, need: 1 } : { unlocked: false, at: null, have: 0, need: 1 };
};

const hard = (info: (id: string) => ScenarioInfo | undefined, a: AttemptRecord) => info(a.scenarioId)?.difficulty === HARD;

const CHECKS: Record<BadgeId, Check> = {
  'first-resolved': (attempts) => once(attempts, (a) => a.ending === 'resolved'),
  'best-path': (attempts) => once(attempts, (a) => totalScore(a.best) > 0 && totalScore(a.scores) >= totalScore(a.best)),
  'steady-hand': (attempts) => {
    let run = 0;
    for (const a of attempts) {
      run = a.interruptions === 0 ? run + 1 : 0;
      if (run === STEADY_PLAYS) return { unlocked: true, at: a.endedAt, have: STEADY_PLAYS, need: STEADY_PLAYS };
    }
    return { unlocked: false, at: null, have: run, need: STEADY_PLAYS };
  },
  'every-channel': (attempts, info, channels) => {
    const seen = new Set<Channel>();
    for (const a of attempts) {
      const c = info(a.scenarioId)?.channel;
      if (c && channels.includes(c)) seen.add(c);
      if (channels.length && seen.size === channels.length)
        return { unlocked: true, at: a.endedAt, have: seen.size, need: channels.length };
    }
    return { unlocked: false, at: null, have: seen.size, need: Math.max(1, channels.length) };
  },
  'calm-under-fire': (attempts, info) => once(attempts, (a) => hard(info, a) && a.best.calm > 0 && a.scores.calm >= a.best.calm),
  'hard-won': (attempts, info) => once(attempts, (a) => hard(info, a) && a.ending === 'resolved'),
  'principle-mastered': (attempts) => {
    const run = Object.fromEntries(PRINCIPLES.map((p) => [p, 0])) as Record<Principle, number>;
    for (const a of attempts) {
      for (const p of PRINCIPLES) {
        const s = principleShare(a, p);
        if (s === undefined) continue;
        run[p] = s.share >= MASTERY_THRESHOLD ? run[p] + 1 : 0;
        if (run[p] === MASTERY_WINDOW) return { unlocked: true, at: a.endedAt, have: MASTERY_WINDOW, need: MASTERY_WINDOW, principle: p };
      }
    }
    const closest = PRINCIPLES.reduce((b, p) => (run[p] > run[b] ? p : b));
    return { unlocked: false, at: null, have: run[closest], need: MASTERY_WINDOW, principle: closest };
  },
};

/**
 * Every badge, in BADGES order, for these attempts (measured against the current best paths, see
 * yardstick.ts) and this catalogue, which says each scenario's channel and difficulty; attempts on
 * scenarios not in it count only for the badges that need neither. Pure and deterministic: the
 * attempts may come in any order.
 */
export function badgesOf(attempts: readonly AttemptRecord[], scenarios: readonly ScenarioInfo[]): Badge[] {
  const sorted = [...attempts].sort(byEndedAt);
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const channels = CHANNELS.filter((c) => scenarios.some((s) => s.channel === c));
  return BADGES.map((id) => ({ id, ...CHECKS[id](sorted, (x) => byId.get(x), channels) }));
}
