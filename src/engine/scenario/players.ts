/**
 * Simulated players: how a scenario treats someone who does not read. Three of them, as the design
 * warnings need: one who picks uniformly at random, one who always picks the longest reply and one
 * who always picks the shortest. All wait for each line to finish and answer in time, so only the
 * choices themselves are measured.
 *
 * The random player is computed exactly, as the limit of infinitely many seeded plays: the chance
 * of every outcome is summed over the graph, memoised on (node, mood). The answer is the same on
 * every machine and for every run, and costs one walk, like the best path. (Exact up to floating
 * point: sums of products of 1/2 … 1/6, far below any difference the warnings draw.)
 */
import { addScores, clampMood, isBoilingOver, totalScore } from '../scoring/rules.ts';
import { getNode } from './build.ts';
import { graphOf, solvedMood } from './graph.ts';
import { ZERO_SCORES, type Choice, type DecisionNode, type Scenario, type Scores } from './model.ts';
import type { PathStep } from './analysis.ts';
import { ENDINGS, MOOD_MAX, type Ending } from './vocabulary.ts';

/** Where one deterministic player ends up. */
export interface PlayerOutcome {
  readonly ending: Ending;
  /** `mood`: the customer boiled over at 100; `node`: an ending node was reached. */
  readonly endedBy: 'node' | 'mood';
  readonly scores: Scores;
  readonly total: number;
  readonly steps: readonly PathStep[];
}

/** The uniform random player's outcome distribution. */
export interface RandomOutcome {
  /** Chance of ending at an ending node of each kind. */
  readonly endingNode: Readonly<Record<Ending, number>>;
  /** Chance of the customer boiling over (the contact ends `lost` by mood). */
  readonly boilOver: number;
  /** Expected total of the four principles. */
  readonly meanTotal: number;
}

/** The length a reader sees: code points of the source-language text. */
export function replyLength(scenario: Scenario, c: Choice): number {
  // Counted without spreading the text into an array: the checker asks for every reply, twice.
  let n = 0;
  for (const _ of c.text[scenario.source] ?? '') n++;
  return n;
}

/** Plays one path, picking with `pick` at each decision. */
export function playPolicy(scenario: Scenario, pick: (node: DecisionNode) => Choice): PlayerOutcome {
  let id = scenario.start;
  let mood = clampMood(scenario.customer.mood);
  let scores = ZERO_SCORES;
  const steps: PathStep[] = [];
  // An acyclic graph ends within as many decisions as it has nodes; the bound guards a bad input.
  for (let guard = Object.keys(scenario.nodes).length; guard >= 0; guard--) {
    const node = getNode(scenario, id);
    if (!node) break;
    if (node.kind === 'ending') return { ending: node.ending, endedBy: 'node', scores, total: totalScore(scores), steps };
    const c = pick(node);
    steps.push({ nodeId: id, choiceId: c.id });
    scores = addScores(scores, c.score);
    mood = clampMood(mood + c.mood);
    if (isBoilingOver(mood)) break;
    id = c.next;
  }
  return { ending: 'lost', endedBy: 'mood', scores, total: totalScore(scores), steps };
}

/** The reply with the most (or, with `shortest`, fewest) characters; ties go to the earlier one. */
export function byLength(scenario: Scenario, shortest = false): (node: DecisionNode) => Choice {
  return (node) =>
    node.choices.reduce((a, b) =>
      (shortest ? replyLength(scenario, b) < replyLength(scenario, a) : replyLength(scenario, b) > replyLength(scenario, a)) ? b : a,
    );
}

/** The slots of a state's outcome: the four ending kinds by node, then boiling over, then the mean total. */
const SLOTS = ENDINGS.length;
const WIDTH = SLOTS + 2;
const MOODS = MOOD_MAX + 1;

/** The uniform random player, computed exactly (see the file comment). */
export function randomPlayer(scenario: Scenario): RandomOutcome {
  const g = graphOf(scenario);
  // Every state's outcome in one array, WIDTH numbers per (node, mood); `solved` marks those filled.
  const out = new Float64Array(g.ids.length * MOODS * WIDTH);
  const solved = new Uint8Array(g.ids.length * MOODS);
  const solve = (n: number, entered: number): number => {
    const mood = solvedMood(g, n, entered);
    const state = n * MOODS + mood;
    const at = state * WIDTH;
    if (solved[state]) return at;
    solved[state] = 1;
    if (g.ending[n]! >= 0) out[at + g.ending[n]!] = 1;
    else {
      const [from, to] = [g.first[n]!, g.first[n + 1]!];
      const share = 1 / (to - from);
      for (let k = from; k < to; k++) {
        const after = clampMood(mood + g.mood[k]!);
        // The expected total adds this reply's points on every path through it.
        out[at + SLOTS + 1] = out[at + SLOTS + 1]! + share * g.total[k]!;
        // Boiling over ends the path here: the boil-over slot, and no points after.
        if (isBoilingOver(after)) out[at + SLOTS] = out[at + SLOTS]! + share;
        else if (g.next[k]! >= 0) {
          const rest = solve(g.next[k]!, after);
          for (let i = 0; i < WIDTH; i++) out[at + i] = out[at + i]! + share * out[rest + i]!;
        }
      }
    }
    return at;
  };
  const start = g.index.get(scenario.start);
  const at = start === undefined ? -1 : solve(start, clampMood(scenario.customer.mood));
  const slot = (i: number) => (at < 0 ? 0 : out[at + i]!);
  const endingNode = Object.fromEntries(ENDINGS.map((e, i) => [e, slot(i)])) as Record<Ending, number>;
  return { endingNode, boilOver: slot(SLOTS), meanTotal: slot(SLOTS + 1) };
}
