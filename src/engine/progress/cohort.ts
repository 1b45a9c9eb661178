/**
 * A trainer's view over several learners' exports: who practised what, how the group stands on
 * each principle, and the decisions the group most often gets wrong.
 */
import { PRINCIPLES, type Principle } from '../scenario/vocabulary.ts';
import { principleRatio, totalRatio } from './attempt.ts';
import type { AttemptRecord } from './records.ts';

export interface PracticeRow {
  readonly learner: string;
  readonly scenarioId: string;
  readonly attempts: number;
  /** Best total / best total of that scenario, null when no attempt had a positive best. */
  readonly bestRatio: number | null;
}

export interface PrincipleStats {
  /** How many attempts could score the principle. */
  readonly n: number;
  /** Mean and population standard deviation of their score / best ratios; null when n is 0. */
  readonly mean: number | null;
  readonly sd: number | null;
}

export interface Mistake {
  readonly scenarioId: string;
  readonly nodeId: string;
  /** Replies at this decision whose best reply is known. */
  readonly reached: number;
  /** Of those, replies other than the best. */
  readonly wrong: number;
  /** Learners who got it wrong at least once. */
  readonly learners: number;
  /** The most common wrong reply (ties: the smallest id) and how often it was given. */
  readonly commonWrongChoiceId: string;
  readonly commonWrongCount: number;
}

export interface CohortReport {
  /** Sorted. */
  readonly learners: readonly string[];
  /** By learner, then scenario id. */
  readonly practice: readonly PracticeRow[];
  readonly principles: Readonly<Record<Principle, PrincipleStats>>;
  /** Most wrong first, then the higher wrong share, then scenario and node id. */
  readonly mistakes: readonly Mistake[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The cohort report for these exports. Exports of the same learner (same `learner` string) are
 * merged, and an attempt appearing twice for a learner (the same file loaded twice) counts once.
 * Replies whose best reply is unknown (migrated version-1 records) are left out of `mistakes`.
 * Pure and deterministic.
 */
export function cohort(exports: readonly { readonly learner: string; readonly attempts: readonly AttemptRecord[] }[]): CohortReport {
  const byLearner = new Map<string, Map<string, AttemptRecord>>();
  for (const e of exports) {
    const seen = byLearner.get(e.learner) ?? new Map<string, AttemptRecord>();
    for (const a of e.attempts) seen.set(a.id, a);
    byLearner.set(e.learner, seen);
  }
  const learners = [...byLearner.keys()].sort(cmp);
  const all = learners.flatMap((l) => [...byLearner.get(l)!.values()].map((attempt) => ({ learner: l, attempt })));
  return { learners, practice: practice(all), principles: principleStats(all.map((x) => x.attempt)), mistakes: mistakes(all) };
}

type Owned = { readonly learner: string; readonly attempt: AttemptRecord };

function practice(all: readonly Owned[]): PracticeRow[] {
  const rows = new Map<string, { learner: string; scenarioId: string; attempts: number; bestRatio: number | null }>();
  for (const { learner, attempt } of all) {
    const key = JSON.stringify([learner, attempt.scenarioId]);
    const row = rows.get(key) ?? { learner, scenarioId: attempt.scenarioId, attempts: 0, bestRatio: null };
    const r = totalRatio(attempt);
    row.attempts++;
    if (r !== undefined && (row.bestRatio === null || r > row.bestRatio)) row.bestRatio = r;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => cmp(a.learner, b.learner) || cmp(a.scenarioId, b.scenarioId));
}

function principleStats(attempts: readonly AttemptRecord[]): Record<Principle, PrincipleStats> {
  const out = {} as Record<Principle, PrincipleStats>;
  for (const p of PRINCIPLES) {
    const xs = attempts.map((a) => principleRatio(a, p)).filter((r): r is number => r !== undefined);
    const mean = xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null;
    const sd = mean === null ? null : Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    out[p] = { n: xs.length, mean, sd };
  }
  return out;
}

function mistakes(all: readonly Owned[]): Mistake[] {
  const nodes = new Map<string, { scenarioId: string; nodeId: string; reached: number; wrong: number; learners: Set<string>; choices: Map<string, number> }>();
  for (const { learner, attempt } of all) {
    for (const s of attempt.steps) {
      if (s.bestChoiceId === null) continue;
      const key = JSON.stringify([attempt.scenarioId, s.nodeId]);
      const n = nodes.get(key) ?? { scenarioId: attempt.scenarioId, nodeId: s.nodeId, reached: 0, wrong: 0, learners: new Set<string>(), choices: new Map<string, number>() };
      n.reached++;
      if (s.choiceId !== s.bestChoiceId) {
        n.wrong++;
        n.learners.add(learner);
        n.choices.set(s.choiceId, (n.choices.get(s.choiceId) ?? 0) + 1);
      }
      nodes.set(key, n);
    }
  }
  return [...nodes.values()]
    .filter((n) => n.wrong > 0)
    .map((n) => {
      const [choiceId, count] = [...n.choices.entries()].sort(([a, x], [b, y]) => y - x || cmp(a, b))[0]!;
      return { scenarioId: n.scenarioId, nodeId: n.nodeId, reached: n.reached, wrong: n.wrong, learners: n.learners.size, commonWrongChoiceId: choiceId, commonWrongCount: count };
    })
    .sort((a, b) => b.wrong - a.wrong || b.wrong / b.reached - a.wrong / a.reached || cmp(a.scenarioId, b.scenarioId) || cmp(a.nodeId, b.nodeId));
}
