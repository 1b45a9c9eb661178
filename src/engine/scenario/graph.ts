/**
 * A scenario's graph as flat numeric arrays, for the walks that visit every (node, mood) state:
 * the best path, the best per principle, the random player. The checker runs those walks for every file it loads, and
 * looking up node ids, summing score tables and testing for mistakes once per reply instead of
 * once per state keeps them cheap. Built once per scenario object and kept while it lives.
 */
import { isMistake, totalScore } from '../scoring/rules.ts';
import type { Choice, Scenario } from './model.ts';
import { ENDINGS, PRINCIPLES } from './vocabulary.ts';

export interface Graph {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Per node: the index of its ending in ENDINGS, or -1 for a decision. */
  readonly ending: Int8Array;
  /** Per node: its replies are `first[n]` up to (not including) `first[n + 1]`. */
  readonly first: Int32Array;
  /** Per reply, in file order: the node it leads to (-1 when there is none), … */
  readonly next: Int32Array;
  /** … its mood change, its score per principle (4 numbers a reply, in PRINCIPLES order), its total, and whether it is a mistake (1). */
  readonly mood: Int16Array;
  readonly score: Int8Array;
  readonly total: Int16Array;
  readonly mistake: Uint8Array;
  /** Per reply: the reply itself. */
  readonly choices: readonly Choice[];
}

const cache = new WeakMap<Scenario, Graph>();

/** The flat graph of a scenario (cached per scenario object). */
export function graphOf(scenario: Scenario): Graph {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const ids = Object.keys(scenario.nodes);
  const index = new Map(ids.map((id, i) => [id, i]));
  const choices = ids.flatMap((id) => {
    const node = scenario.nodes[id]!;
    return node.kind === 'decision' ? node.choices : [];
  });
  const first = new Int32Array(ids.length + 1);
  const ending = new Int8Array(ids.length);
  ids.forEach((id, n) => {
    const node = scenario.nodes[id]!;
    ending[n] = node.kind === 'ending' ? ENDINGS.indexOf(node.ending) : -1;
    first[n + 1] = first[n]! + (node.kind === 'decision' ? node.choices.length : 0);
  });
  const graph: Graph = {
    ids,
    index,
    ending,
    first,
    next: Int32Array.from(choices, (c) => index.get(c.next) ?? -1),
    mood: Int16Array.from(choices, (c) => c.mood),
    score: Int8Array.from(choices.flatMap((c) => PRINCIPLES.map((p) => c.score[p]))),
    total: Int16Array.from(choices, (c) => totalScore(c.score)),
    mistake: Uint8Array.from(choices, (c) => (isMistake(c.score) ? 1 : 0)),
    choices,
  };
  cache.set(scenario, graph);
  return graph;
}
