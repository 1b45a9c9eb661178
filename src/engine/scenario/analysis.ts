/**
 * Path analysis over every path a scenario allows. Mood is part of the state, because a path whose
 * mood reaches 100 ends there as `lost` and scores nothing after. Memoised on (node, mood), so it
 * is linear in nodes × 101 moods × choices, whatever the number of paths. Assumes an acyclic graph
 * (the checks guarantee it for playable scenarios). Interruptions and late replies are never part
 * of a best path: waiting and answering in time are always possible.
 */
import { addScores, clampMood, isBoilingOver, isMistake, totalScore } from '../scoring/rules.ts';
import { getNode } from './build.ts';
import { ZERO_SCORES, type Choice, type Scenario, type Scores } from './model.ts';
import type { Ending, Principle } from './vocabulary.ts';

/** What to maximise: one principle, or the sum of all four (the contract's best path). */
export type Objective = Principle | 'total';

export interface PathStep {
  readonly nodeId: string;
  readonly choiceId: string;
}

export interface BestPath {
  readonly steps: readonly PathStep[];
  readonly ending: Ending;
  readonly scores: Scores;
  /** The objective's value: the total, or the one principle's score. */
  readonly value: number;
}

/** How endings rank when totals tie: resolved > ended > escalated > lost. */
export const ENDING_RANK: Readonly<Record<Ending, number>> = { resolved: 3, ended: 2, escalated: 1, lost: 0 };

/** Which paths count: every path, or only those through a reply scored below 0 on some principle. */
export type PathFilter = 'any' | 'through-mistake';

const measure = (s: Scores, objective: Objective): number => (objective === 'total' ? totalScore(s) : s[objective]);
const END = (ending: Ending): BestPath => ({ steps: [], ending, scores: ZERO_SCORES, value: 0 });

/**
 * The best path from `nodeId` at `mood` for an objective. Ties go, in order, to the higher total
 * (for a one-principle objective), the better ending, fewer decisions, then the earlier choice in
 * file order, so the answer is deterministic. With `filter: 'through-mistake'` only paths through
 * at least one mistake count; undefined when there is none.
 */
export function bestPathFrom(scenario: Scenario, nodeId: string, mood: number, objective: Objective, filter: PathFilter = 'any'): BestPath | undefined {
  const memo = new Map<string, BestPath | null>();
  const solve = (id: string, m: number, owed: boolean): BestPath | undefined => {
    const key = `${id}|${m}|${owed ? 1 : 0}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const node = getNode(scenario, id);
    let result: BestPath | undefined;
    if (node?.kind === 'ending') result = owed ? undefined : END(node.ending);
    else if (node) {
      for (const c of node.choices) {
        const candidate = extend(id, c, m, owed && !isMistake(c.score));
        if (candidate && (!result || better(candidate, result, objective))) result = candidate;
      }
    }
    memo.set(key, result ?? null);
    return result;
  };
  const extend = (id: string, c: Choice, m: number, owed: boolean): BestPath | undefined => {
    const after = clampMood(m + c.mood);
    const rest = isBoilingOver(after) ? (owed ? undefined : END('lost')) : solve(c.next, after, owed);
    if (!rest) return undefined;
    const scores = addScores(c.score, rest.scores);
    return { steps: [{ nodeId: id, choiceId: c.id }, ...rest.steps], ending: rest.ending, scores, value: measure(scores, objective) };
  };
  return solve(nodeId, clampMood(mood), filter === 'through-mistake');
}

/** True when path `a` ranks above `b`; equal paths keep the earlier one (file order). */
function better(a: BestPath, b: BestPath, objective: Objective): boolean {
  if (a.value !== b.value) return a.value > b.value;
  if (objective !== 'total' && totalScore(a.scores) !== totalScore(b.scores)) return totalScore(a.scores) > totalScore(b.scores);
  if (ENDING_RANK[a.ending] !== ENDING_RANK[b.ending]) return ENDING_RANK[a.ending] > ENDING_RANK[b.ending];
  return a.steps.length < b.steps.length;
}

/**
 * The best path from the start (scenario-format.md, "The best path"): with the default objective,
 * the one path with the highest total of the four principles. Every playable scenario has one.
 */
export function bestPath(scenario: Scenario, objective: Objective = 'total'): BestPath {
  return bestPathFrom(scenario, scenario.start, scenario.customer.mood, objective) ?? END('lost');
}

// The best value per principle over all paths, without building paths (SCN052, design warnings).
export { principleMaxima, type PrincipleMaxima } from './principle-maxima.ts';

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
