/**
 * A scenario's graph as flat numeric arrays, for the walks that visit every (node, mood) state:
 * the best path, the best per principle, the random player. The checker runs those walks for every file it loads, and
 * looking up node ids, summing score tables and testing for mistakes once per reply instead of
 * once per state keeps them cheap. Built once per scenario object and kept while it lives.
 */
import { isMistake, totalScore } from '../scoring/rules.ts';
import type { Choice, Scenario } from './model.ts';
import { ENDINGS, MOOD_MAX, MOOD_MIN, PRINCIPLES } from './vocabulary.ts';

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
  /**
   * Per node: no path from it can boil the customer over when it is entered at a mood below this
   * (0 when some path boils over whatever the mood). Scores do not depend on the mood, so the walks
   * answer alike for all those moods and solve them as one state, mood 0.
   */
  readonly headroom: Int16Array;
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
  const mood = Int16Array.from(choices, (c) => c.mood);
  const next = Int32Array.from(choices, (c) => index.get(c.next) ?? -1);
  const graph: Graph = {
    ids,
    index,
    ending,
    first,
    next,
    mood,
    score: Int8Array.from(choices.flatMap((c) => PRINCIPLES.map((p) => c.score[p]))),
    total: Int16Array.from(choices, (c) => totalScore(c.score)),
    mistake: Uint8Array.from(choices, (c) => (isMistake(c.score) ? 1 : 0)),
    choices,
    headroom: headroomOf(first, next, mood),
  };
  cache.set(scenario, graph);
  return graph;
}

/**
 * The mood a walk solves node `n` at when the node is entered at `mood`: mood 0 below the node's
 * headroom, where every mood answers alike, else `mood` itself.
 */
export function solvedMood(g: Graph, n: number, mood: number): number {
  return mood < g.headroom[n]! ? 0 : mood;
}

/**
 * Each node's headroom (see Graph). Along a path the mood is the entry mood plus the running sum of
 * the replies' changes, lifted back to MOOD_MIN wherever it would fall below; so it never exceeds
 * the larger of the entry mood plus the path's highest running sum (`rise`) and MOOD_MIN plus its
 * largest gain over any stretch (`swing`). One walk back from the endings finds both for every node.
 */
function headroomOf(first: Int32Array, next: Int32Array, mood: Int16Array): Int16Array {
  const count = first.length - 1;
  const rise = new Float64Array(count).fill(Number.NaN);
  const swing = new Float64Array(count);
  const visit = (n: number): void => {
    if (!Number.isNaN(rise[n]!)) return;
    // A node met again before it is done lies on a cycle (an unplayable file): nothing from it is safe.
    rise[n] = swing[n] = Infinity;
    let [r, s] = [0, 0];
    for (let k = first[n]!; k < first[n + 1]!; k++) {
      const to = next[k]!;
      if (to >= 0) visit(to);
      const gain = mood[k]! + (to >= 0 ? rise[to]! : 0);
      r = Math.max(r, gain);
      s = Math.max(s, gain, to >= 0 ? swing[to]! : 0);
    }
    [rise[n], swing[n]] = [r, s];
  };
  const headroom = new Int16Array(count);
  for (let n = 0; n < count; n++) {
    visit(n);
    headroom[n] = MOOD_MIN + swing[n]! < MOOD_MAX ? Math.max(0, MOOD_MAX - rise[n]!) : 0;
  }
  return headroom;
}
