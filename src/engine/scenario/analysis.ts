/**
 * Path analysis over every path a scenario allows. Mood is part of the state, because a path whose
 * mood reaches 100 ends there as `lost` and scores nothing after. Memoised on (node, mood), so it
 * is linear in nodes × 101 moods × choices, whatever the number of paths. Assumes an acyclic graph
 * (the checks guarantee it for playable scenarios). Interruptions and late replies are never part
 * of a best path: waiting and answering in time are always possible.
 */
import { addScores, clampMood, isBoilingOver, totalScore } from '../scoring/rules.ts';
import { getNode } from './build.ts';
import { graphOf } from './graph.ts';
import { ZERO_SCORES, type Scenario, type Scores } from './model.ts';
import { ENDINGS, MOOD_MAX, type Ending, type Principle } from './vocabulary.ts';

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

const END = (ending: Ending): BestPath => ({ steps: [], ending, scores: ZERO_SCORES, value: 0 });
const MOODS = MOOD_MAX + 1;

/** How a path from one state ranks, without the path itself: its value, total, ending rank and length. */
interface Rank {
  value: number;
  total: number;
  ending: number;
  length: number;
}

/** One objective's walk over a scenario: every state solved is kept for the next question. */
type Solver = (nodeId: string, mood: number, filter: PathFilter) => BestPath | undefined;

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
 * The walk ranks each state (node, mood, mistake still owed) by numbers only and remembers the
 * choice that won; the one winning path is then followed from the start. That is the same answer
 * as comparing whole paths at every state, as the ranking depends only on those numbers, but
 * without copying a path per state: the checker runs this for every file it loads.
 */
function solverFor(scenario: Scenario, objective: Objective): Solver {
  const g = graphOf(scenario);
  const slot = (n: number, m: number, owed: boolean) => (n * MOODS + m) * 2 + (owed ? 1 : 0);
  // Per state: the winning reply (its index in the graph), -1 when no path qualifies, -2 while unsolved.
  const pick = new Int32Array(g.ids.length * MOODS * 2).fill(-2);
  const ranks = new Map<number, Rank>();
  const own = objective === 'total' ? g.total : Int16Array.from(g.choices, (c) => c.score[objective]);

  const solve = (n: number, m: number, owed: boolean): Rank | undefined => {
    const at = slot(n, m, owed);
    if (pick[at] !== -2) return ranks.get(at);
    let best: Rank | undefined;
    let chosen = -1;
    if (g.ending[n]! >= 0) {
      if (!owed) best = { value: 0, total: 0, ending: ENDING_RANK[ENDINGS[g.ending[n]!]!], length: 0 };
    } else {
      for (let k = g.first[n]!; k < g.first[n + 1]!; k++) {
        const after = clampMood(m + g.mood[k]!);
        const still = owed && g.mistake[k] === 0;
        const rest = isBoilingOver(after) ? (still ? undefined : LOST) : g.next[k]! < 0 ? undefined : solve(g.next[k]!, after, still);
        if (!rest) continue;
        const candidate = { value: own[k]! + rest.value, total: g.total[k]! + rest.total, ending: rest.ending, length: rest.length + 1 };
        if (!best || better(candidate, best, objective)) [best, chosen] = [candidate, k];
      }
    }
    pick[at] = chosen;
    if (best) ranks.set(at, best);
    return best;
  };

  return (nodeId, mood, filter) => {
    const first = g.index.get(nodeId);
    const start = clampMood(mood);
    if (first === undefined || !solve(first, start, filter === 'through-mistake')) return undefined;
    // Follow the winning replies from the start.
    const steps: PathStep[] = [];
    let scores = ZERO_SCORES;
    let [n, m, owed] = [first, start, filter === 'through-mistake'];
    for (;;) {
      if (g.ending[n]! >= 0) return { steps, ending: ENDINGS[g.ending[n]!]!, scores, value: measure(scores, objective) };
      const k = pick[slot(n, m, owed)]!;
      const c = g.choices[k]!;
      steps.push({ nodeId: g.ids[n]!, choiceId: c.id });
      scores = addScores(scores, c.score);
      m = clampMood(m + c.mood);
      owed &&= g.mistake[k] === 0;
      if (isBoilingOver(m)) return { steps, ending: 'lost', scores, value: measure(scores, objective) };
      n = g.next[k]!;
    }
  };
}

const LOST: Rank = { value: 0, total: 0, ending: ENDING_RANK.lost, length: 0 };
const measure = (s: Scores, objective: Objective): number => (objective === 'total' ? totalScore(s) : s[objective]);

/** True when `a` ranks above `b`; equal ranks keep the earlier one (file order). */
function better(a: Rank, b: Rank, objective: Objective): boolean {
  if (a.value !== b.value) return a.value > b.value;
  if (objective !== 'total' && a.total !== b.total) return a.total > b.total;
  if (a.ending !== b.ending) return a.ending > b.ending;
  return a.length < b.length;
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
