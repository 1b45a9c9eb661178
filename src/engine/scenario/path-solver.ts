/**
 * The walk behind `bestPathFrom`: it ranks each state (node, mood, mistake still owed) by numbers
 * only and remembers the reply that won; the one winning path is then followed from the start.
 * That is the same answer as comparing whole paths at every state, as the ranking depends only on
 * those numbers, but without copying a path per state. The numbers live in typed arrays, one slot
 * per state, so a walk allocates nothing per state or per reply: the checker runs it for every
 * file it loads.
 */
import { addScores, clampMood, isBoilingOver, totalScore } from '../scoring/rules.ts';
import { graphOf, solvedMood } from './graph.ts';
import { ZERO_SCORES, type Scenario, type Scores } from './model.ts';
import { ENDINGS, MOOD_MAX, type Ending } from './vocabulary.ts';
import type { BestPath, Objective, PathFilter, PathStep } from './analysis.ts';

/** How endings rank when totals tie: resolved > ended > escalated > lost. */
export const ENDING_RANK: Readonly<Record<Ending, number>> = { resolved: 3, ended: 2, escalated: 1, lost: 0 };

/** One objective's walk over a scenario: every state solved is kept for the next question. */
export type Solver = (nodeId: string, mood: number, filter: PathFilter) => BestPath | undefined;

const MOODS = MOOD_MAX + 1;
/** What a state's `pick` holds besides the index of its winning reply. */
const UNSOLVED = -3;
const NO_PATH = -2;
const AT_ENDING = -1;
const RANK_OF = Int8Array.from(ENDINGS, (e) => ENDING_RANK[e]);

/** A walk for `objective` over `scenario`, answering from any state; states stay solved between calls. */
export function solverFor(scenario: Scenario, objective: Objective): Solver {
  const g = graphOf(scenario);
  // Moods below a node's headroom share mood 0's slot (see `solvedMood`).
  const slot = (n: number, m: number, owed: boolean) => (n * MOODS + solvedMood(g, n, m)) * 2 + (owed ? 1 : 0);
  const states = g.ids.length * MOODS * 2;
  const pick = new Int32Array(states).fill(UNSOLVED);
  // The rank of the best path from each solved state: its value, total, ending's rank and length.
  const value = new Int32Array(states);
  const total = new Int32Array(states);
  const ending = new Int8Array(states);
  const length = new Int32Array(states);
  const own = objective === 'total' ? g.total : Int16Array.from(g.choices, (c) => c.score[objective]);
  const byTotal = objective !== 'total';

  /** Solves the state (node `n`, mood `m`, a mistake still `owed`) and answers whether some path from it qualifies. */
  const solve = (n: number, entered: number, owed: boolean): boolean => {
    // Solved at the mood its slot stands for, so its replies lead where mood 0's do.
    const m = solvedMood(g, n, entered);
    const at = slot(n, m, owed);
    if (pick[at] !== UNSOLVED) return pick[at] !== NO_PATH;
    if (g.ending[n]! >= 0) {
      // No mistake is left to make once the contact has ended.
      pick[at] = owed ? NO_PATH : AT_ENDING;
      ending[at] = RANK_OF[g.ending[n]!]!;
      return !owed;
    }
    let chosen = NO_PATH;
    let bv = 0;
    let bt = 0;
    let be = 0;
    let bl = 0;
    for (let k = g.first[n]!; k < g.first[n + 1]!; k++) {
      const after = clampMood(m + g.mood[k]!);
      const still = owed && g.mistake[k] === 0;
      // Boiling over ends the path here, as lost, with nothing after.
      let rest = -1;
      if (isBoilingOver(after)) {
        if (still) continue;
      } else {
        const next = g.next[k]!;
        if (next < 0 || !solve(next, after, still)) continue;
        rest = slot(next, after, still);
      }
      const cv = own[k]! + (rest < 0 ? 0 : value[rest]!);
      const ct = g.total[k]! + (rest < 0 ? 0 : total[rest]!);
      const ce = rest < 0 ? ENDING_RANK.lost : ending[rest]!;
      const cl = 1 + (rest < 0 ? 0 : length[rest]!);
      // Ties go to the higher total (for one principle), the better ending, the shorter path, then the earlier reply.
      const wins = chosen === NO_PATH || (cv !== bv ? cv > bv : byTotal && ct !== bt ? ct > bt : ce !== be ? ce > be : cl < bl);
      if (!wins) continue;
      chosen = k;
      bv = cv;
      bt = ct;
      be = ce;
      bl = cl;
    }
    pick[at] = chosen;
    value[at] = bv;
    total[at] = bt;
    ending[at] = be;
    length[at] = bl;
    return chosen !== NO_PATH;
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

const measure = (s: Scores, objective: Objective): number => (objective === 'total' ? totalScore(s) : s[objective]);
