/**
 * Path analysis over every path a scenario allows. Mood is part of the state, because a path whose
 * mood reaches 100 ends there as `lost` and scores nothing after. Memoised on (node, mood), so it
 * is linear in nodes × 101 moods × choices, whatever the number of paths. Assumes an acyclic graph
 * (the checks guarantee it for playable scenarios). Interruptions and late replies are never part
 * of a best path: waiting and answering in time are always possible.
 */
import { clampMood, isBoilingOver } from '../scoring/rules.ts';
import { getNode } from './build.ts';
import { ZERO_SCORES, type Scenario, type Scores } from './model.ts';
import { solverFor, type Solver } from './path-solver.ts';
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

export { ENDING_RANK } from './path-solver.ts';

/** Which paths count: every path, or only those through a reply scored below 0 on some principle. */
export type PathFilter = 'any' | 'through-mistake';

const END = (ending: Ending): BestPath => ({ steps: [], ending, scores: ZERO_SCORES, value: 0 });

// Kept per scenario (scenarios are immutable): the debrief asks for the best reply at every step of
// a conversation, and each answer reuses the states solved for the ones before.
const solvers = new WeakMap<Scenario, Map<Objective, Solver>>();

/**
 * The best path from `nodeId` at `mood` for an objective. Ties go, in order, to the higher total
 * (for a one-principle objective), the better ending, fewer decisions, then the earlier choice in
 * file order, so the answer is deterministic. With `filter: 'through-mistake'` only paths through
 * at least one mistake count; undefined when there is none. Pure: the states solved are kept per
 * scenario and objective, so asking again, from anywhere, costs only the states not yet solved.
 */
export function bestPathFrom(
  scenario: Scenario,
  nodeId: string,
  mood: number,
  objective: Objective,
  filter: PathFilter = 'any',
): BestPath | undefined {
  let byObjective = solvers.get(scenario);
  if (!byObjective) solvers.set(scenario, (byObjective = new Map()));
  let solver = byObjective.get(objective);
  if (!solver) byObjective.set(objective, (solver = solverFor(scenario, objective)));
  return solver(nodeId, mood, filter);
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
