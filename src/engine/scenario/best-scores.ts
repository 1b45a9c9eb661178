/**
 * The best score each principle can reach on any path: the debrief's "best possible" and the
 * checker's SCN052. It gives the same numbers as `bestPath(scenario, p).value` for each principle
 * (ties only decide which path, never its value), but as one walk for all four principles that
 * builds no paths. The checker runs it for every file it loads, so it has to be cheap.
 */
import { clampMood, isBoilingOver } from '../scoring/rules.ts';
import { ZERO_SCORES, type Scenario, type Scores } from './model.ts';

/** listen, empathy, honesty, calm: the order of the four numbers kept per state. */
type Best = Float64Array;

/**
 * For each principle, the highest score any path through the scenario allows. Memoised on
 * (node, mood), as `bestPathFrom` is; a path whose mood reaches 100 ends there, scoring nothing
 * more. Assumes an acyclic graph, as the checks guarantee for playable scenarios.
 */
export function bestScores(scenario: Scenario): Scores {
  const ids = Object.keys(scenario.nodes);
  const index = new Map(ids.map((id, i) => [id, i]));
  const memo = ids.map(() => new Map<number, Best>());
  const none: Best = new Float64Array(4);

  const solve = (n: number, mood: number): Best => {
    const hit = memo[n]!.get(mood);
    if (hit) return hit;
    const node = scenario.nodes[ids[n]!]!;
    const best = new Float64Array(4);
    const choices = node.kind === 'decision' ? node.choices : [];
    for (let k = 0; k < choices.length; k++) {
      const c = choices[k]!;
      const after = clampMood(mood + c.mood);
      const next = isBoilingOver(after) ? undefined : index.get(c.next);
      const rest = next === undefined ? none : solve(next, after);
      // The first choice sets the best; each later one raises it where it does better.
      const first = k === 0;
      const { listen, empathy, honesty, calm } = c.score;
      if (first || listen + rest[0]! > best[0]!) best[0] = listen + rest[0]!;
      if (first || empathy + rest[1]! > best[1]!) best[1] = empathy + rest[1]!;
      if (first || honesty + rest[2]! > best[2]!) best[2] = honesty + rest[2]!;
      if (first || calm + rest[3]! > best[3]!) best[3] = calm + rest[3]!;
    }
    memo[n]!.set(mood, best);
    return best;
  };

  const start = index.get(scenario.start);
  if (start === undefined) return { ...ZERO_SCORES };
  const [listen, empathy, honesty, calm] = solve(start, clampMood(scenario.customer.mood));
  return { listen: listen!, empathy: empathy!, honesty: honesty!, calm: calm! };
}
