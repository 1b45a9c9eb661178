/**
 * Simulated players: how a scenario treats someone who does not read. Three of them, as the design
 * warnings need: one who picks uniformly at random, one who always picks the longest reply and one
 * who always picks the shortest. All wait for each line to finish and answer in time, so only the
 * choices themselves are measured.
 *
 * The random player is computed exactly, as the limit of infinitely many seeded plays: the chance
 * of every outcome is summed over the graph, memoised on (node, mood). The answer is the same on
 * every machine and for every run, and costs one walk, like the best path.
 */
import { addScores, clampMood, isBoilingOver, totalScore } from '../scoring/rules.ts';
import { ZERO_SCORES, type Choice, type DecisionNode, type Scenario, type Scores } from './model.ts';
import type { PathStep } from './analysis.ts';
import { ENDINGS, type Ending } from './vocabulary.ts';

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
  return [...(c.text[scenario.source] ?? '')].length;
}

/** Plays one path, picking with `pick` at each decision. */
export function playPolicy(scenario: Scenario, pick: (node: DecisionNode) => Choice): PlayerOutcome {
  let id = scenario.start;
  let mood = clampMood(scenario.customer.mood);
  let scores = ZERO_SCORES;
  const steps: PathStep[] = [];
  // An acyclic graph ends within as many decisions as it has nodes; the bound guards a bad input.
  for (let guard = Object.keys(scenario.nodes).length; guard >= 0; guard--) {
    const node = scenario.nodes[id];
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
  return (node) => node.choices.reduce((a, b) => ((shortest ? replyLength(scenario, b) < replyLength(scenario, a) : replyLength(scenario, b) > replyLength(scenario, a)) ? b : a));
}

/** Probabilities over the random player's outcomes: the four ending kinds by node, then boiling over, then the mean total. */
type Dist = Float64Array;
const SLOTS = ENDINGS.length;
const BOILED: Dist = Float64Array.from({ length: SLOTS + 2 }, (_, i) => (i === SLOTS ? 1 : 0));

/** The uniform random player, computed exactly (see the file comment). */
export function randomPlayer(scenario: Scenario): RandomOutcome {
  const memo = new Map<string, Dist>();
  const solve = (id: string, mood: number): Dist => {
    const key = `${id}|${mood}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const node = scenario.nodes[id];
    const d = new Float64Array(SLOTS + 2);
    if (node?.kind === 'ending') d[ENDINGS.indexOf(node.ending)] = 1;
    else if (node) {
      const share = 1 / node.choices.length;
      for (const c of node.choices) {
        const after = clampMood(mood + c.mood);
        const own = totalScore(c.score);
        // Boiling over ends the path here: the boil-over slot, and this reply's points.
        const rest = isBoilingOver(after) ? BOILED : solve(c.next, after);
        for (let i = 0; i <= SLOTS; i++) d[i] = d[i]! + share * rest[i]!;
        // The expected total adds this reply's points on every path through it.
        d[SLOTS + 1] = d[SLOTS + 1]! + share * (own + rest[SLOTS + 1]!);
      }
    }
    memo.set(key, d);
    return d;
  };
  const d = solve(scenario.start, clampMood(scenario.customer.mood));
  const endingNode = Object.fromEntries(ENDINGS.map((e, i) => [e, d[i]!])) as Record<Ending, number>;
  return { endingNode, boilOver: d[SLOTS]!, meanTotal: d[SLOTS + 1]! };
}
