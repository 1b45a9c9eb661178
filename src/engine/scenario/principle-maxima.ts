/**
 * The highest score each principle reaches on any path, and on any path through a mistake (a reply
 * scored below 0 on some principle). The first feeds SCN052 ("never above 0"), the second the
 * design warning "a mistake pays". It gives the same numbers as `bestPathFrom(…, p, filter).value`
 * for each principle (ties only decide which path, never its value), but as one walk for all four
 * principles that builds no paths: the checker runs it for every file it loads.
 */
import { clampMood, isBoilingOver, isMistake } from '../scoring/rules.ts';
import { ZERO_SCORES, type Scenario, type Scores } from './model.ts';

export interface PrincipleMaxima {
  /** For each principle, the best any path allows. */
  readonly any: Scores;
  /** For each principle, the best a path through at least one mistake allows; undefined if no path has one. */
  readonly throughMistake: Scores | undefined;
}

/** listen, empathy, honesty, calm over any path, then the same over paths through a mistake. */
type Best = Float64Array;
const NONE = -Infinity;

/**
 * Memoised on (node, mood), as `bestPathFrom` is; a path whose mood reaches 100 ends there,
 * scoring nothing more. Assumes an acyclic graph, as the checks guarantee for playable scenarios.
 */
export function principleMaxima(scenario: Scenario): PrincipleMaxima {
  const ids = Object.keys(scenario.nodes);
  const index = new Map(ids.map((id, i) => [id, i]));
  const memo = ids.map(() => new Map<number, Best>());
  // An ending: every principle at 0 on "any"; no mistake was made after this point.
  const end: Best = Float64Array.of(0, 0, 0, 0, NONE, NONE, NONE, NONE);

  const solve = (n: number, mood: number): Best => {
    const hit = memo[n]!.get(mood);
    if (hit) return hit;
    const node = scenario.nodes[ids[n]!]!;
    const best = new Float64Array(8).fill(NONE);
    if (node.kind === 'ending') best.set(end);
    else {
      for (const c of node.choices) {
        const after = clampMood(mood + c.mood);
        const next = isBoilingOver(after) ? undefined : index.get(c.next);
        const rest = next === undefined ? end : solve(next, after);
        const mistake = isMistake(c.score);
        const own = [c.score.listen, c.score.empathy, c.score.honesty, c.score.calm];
        for (let p = 0; p < 4; p++) {
          const anyPath = own[p]! + rest[p]!;
          if (anyPath > best[p]!) best[p] = anyPath;
          // Through a mistake: this reply is one, or the rest of the path holds one.
          const viaMistake = own[p]! + (mistake ? rest[p]! : rest[4 + p]!);
          if (viaMistake > best[4 + p]!) best[4 + p] = viaMistake;
        }
      }
    }
    memo[n]!.set(mood, best);
    return best;
  };

  const start = index.get(scenario.start);
  if (start === undefined) return { any: { ...ZERO_SCORES }, throughMistake: undefined };
  const b = solve(start, clampMood(scenario.customer.mood));
  const any = { listen: b[0]!, empathy: b[1]!, honesty: b[2]!, calm: b[3]! };
  const throughMistake = b[4] === NONE ? undefined : { listen: b[4]!, empathy: b[5]!, honesty: b[6]!, calm: b[7]! };
  return { any, throughMistake };
}
