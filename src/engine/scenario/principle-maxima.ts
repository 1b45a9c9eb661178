/**
 * The highest score each principle reaches on any path, and on any path through a mistake (a reply
 * scored below 0 on some principle). The first feeds SCN052 ("never above 0"), the second the
 * design warning "a mistake pays". It gives the same numbers as `bestPathFrom(…, p, filter).value`
 * for each principle (ties only decide which path, never its value), but as one walk for all four
 * principles that builds no paths: the checker runs it for every file it loads.
 */
import { clampMood, isBoilingOver } from '../scoring/rules.ts';
import { graphOf, solvedMood } from './graph.ts';
import { ZERO_SCORES, type Scenario, type Scores } from './model.ts';
import { MOOD_MAX } from './vocabulary.ts';

export interface PrincipleMaxima {
  /** For each principle, the best any path allows. */
  readonly any: Scores;
  /** For each principle, the best a path through at least one mistake allows; undefined if no path has one. */
  readonly throughMistake: Scores | undefined;
}

/** Per state: listen, empathy, honesty, calm over any path, then the same over paths through a mistake. */
const NONE = -Infinity;
const END = [0, 0, 0, 0, NONE, NONE, NONE, NONE];
const MOODS = MOOD_MAX + 1;

/**
 * Memoised on (node, mood), as `bestPathFrom` is; a path whose mood reaches 100 ends there,
 * scoring nothing more. Assumes an acyclic graph, as the checks guarantee for playable scenarios.
 */
export function principleMaxima(scenario: Scenario): PrincipleMaxima {
  const g = graphOf(scenario);
  // Eight numbers per (node, mood) state; `solved` marks the states filled.
  const best = new Float64Array(g.ids.length * MOODS * 8);
  const solved = new Uint8Array(g.ids.length * MOODS);

  const solve = (n: number, entered: number): number => {
    const mood = solvedMood(g, n, entered);
    const state = n * MOODS + mood;
    const at = state * 8;
    if (solved[state]) return at;
    solved[state] = 1;
    // An ending: every principle at 0 on "any"; no mistake was made after this point.
    if (g.ending[n]! >= 0) return (best.set(END, at), at);
    best.fill(NONE, at, at + 8);
    for (let k = g.first[n]!; k < g.first[n + 1]!; k++) {
      const after = clampMood(mood + g.mood[k]!);
      const rest = isBoilingOver(after) || g.next[k]! < 0 ? undefined : solve(g.next[k]!, after);
      const mistake = g.mistake[k] === 1;
      for (let p = 0; p < 4; p++) {
        const own = g.score[k * 4 + p]!;
        const anyPath = own + (rest === undefined ? 0 : best[rest + p]!);
        if (anyPath > best[at + p]!) best[at + p] = anyPath;
        // Through a mistake: this reply is one, or the rest of the path holds one.
        const viaMistake = own + (rest === undefined ? (mistake ? 0 : NONE) : mistake ? best[rest + p]! : best[rest + 4 + p]!);
        if (viaMistake > best[at + 4 + p]!) best[at + 4 + p] = viaMistake;
      }
    }
    return at;
  };

  const start = g.index.get(scenario.start);
  if (start === undefined) return { any: { ...ZERO_SCORES }, throughMistake: undefined };
  const b = best.subarray(solve(start, clampMood(scenario.customer.mood)));
  const any = { listen: b[0]!, empathy: b[1]!, honesty: b[2]!, calm: b[3]! };
  const throughMistake = b[4] === NONE ? undefined : { listen: b[4]!, empathy: b[5]!, honesty: b[6]!, calm: b[7]! };
  return { any, throughMistake };
}
