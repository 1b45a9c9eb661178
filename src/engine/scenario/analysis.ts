/**
 * Best-path analysis over every path a scenario allows. Mood is part of the state, because a
 * path whose mood reaches 100 ends there as `lost` and scores nothing after. Memoised on
 * (node, mood), so it is linear in nodes × 101 moods × choices, whatever the number of paths.
 * Assumes an acyclic graph (the checks guarantee it for playable scenarios). Interruptions are
 * never part of a best path: waiting is always possible.
 */
import { clampMood, isBoilingOver, totalScore } from '../scoring/rules.ts';
import { getNode } from './build.ts';
import { ZERO_SCORES, type Choice, type Scenario, type Scores } from './model.ts';
import type { Ending, Principle } from './vocabulary.ts';

/** What to maximise: one principle, or the sum of all four. */
export type Objective = Principle | 'total';

export interface PathStep {
  readonly nodeId: string;
  readonly choiceId: string;
}

export interface BestPath {
  readonly steps: readonly PathStep[];
  readonly ending: Ending;
  readonly scores: Scores;
  readonly value: number;
}

const ENDING_RANK: Record<Ending, number> = { resolved: 3, ended: 2, escalated: 1, lost: 0 };

function measure(s: Scores, objective: Objective): number {
  return objective === 'total' ? totalScore(s) : s[objective];
}

/**
 * The best path from `nodeId` at `mood` for an objective; ties go to the better ending, then to
 * the higher total, then to the earlier choice in the file, so the answer is deterministic.
 */
export function bestPathFrom(scenario: Scenario, nodeId: string, mood: number, objective: Objective): BestPath {
  const memo = new Map<string, BestPath>();
  const solve = (id: string, m: number): BestPath => {
    const key = `${id}|${m}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const node = getNode(scenario, id);
    let result: BestPath = { steps: [], ending: 'lost', scores: ZERO_SCORES, value: 0 };
    if (node?.kind === 'ending') result = { steps: [], ending: node.ending, scores: ZERO_SCORES, value: 0 };
    else if (node) {
      let best: BestPath | undefined;
      for (const c of node.choices) {
        const candidate = extend(id, c, m);
        if (!best || better(candidate, best, objective)) best = candidate;
      }
      if (best) result = best;
    }
    memo.set(key, result);
    return result;
  };
  const extend = (id: string, c: Choice, m: number): BestPath => {
    const after = clampMood(m + c.mood);
    const rest = isBoilingOver(after) ? { steps: [], ending: 'lost' as const, scores: ZERO_SCORES, value: 0 } : solve(c.next, after);
    const scores = {
      listen: c.score.listen + rest.scores.listen,
      empathy: c.score.empathy + rest.scores.empathy,
      honesty: c.score.honesty + rest.scores.honesty,
      calm: c.score.calm + rest.scores.calm,
    };
    return { steps: [{ nodeId: id, choiceId: c.id }, ...rest.steps], ending: rest.ending, scores, value: measure(scores, objective) };
  };
  return solve(nodeId, clampMood(mood));
}

function better(a: BestPath, b: BestPath, objective: Objective): boolean {
  if (a.value !== b.value) return a.value > b.value;
  if (ENDING_RANK[a.ending] !== ENDING_RANK[b.ending]) return ENDING_RANK[a.ending] > ENDING_RANK[b.ending];
  if (objective !== 'total' && totalScore(a.scores) !== totalScore(b.scores)) return totalScore(a.scores) > totalScore(b.scores);
  return false;
}

/** The best path from the start for an objective. */
export function bestPath(scenario: Scenario, objective: Objective = 'total'): BestPath {
  return bestPathFrom(scenario, scenario.start, scenario.customer.mood, objective);
}

// The best value per principle, without paths: a faster walk with the same numbers.
export { bestScores } from './best-scores.ts';

/** Every ending some path can reach, counting `lost` by mood 100. */
export function reachableEndings(scenario: Scenario): Set<Ending> {
  const found = new Set<Ending>();
  const seen = new Set<string>();
  const walk = (id: string, m: number): void => {
    const key = `${id}|${m}`;
    if (seen.has(key)) return;
    seen.add(key);
    const node = getNode(scenario, id);
    if (!node) return;
    if (node.kind === 'ending') {
      found.add(node.ending);
      return;
    }
    for (const c of node.choices) {
      const after = clampMood(m + c.mood);
      if (isBoilingOver(after)) found.add('lost');
      else walk(c.next, after);
    }
  };
  walk(scenario.start, clampMood(scenario.customer.mood));
  return found;
}
