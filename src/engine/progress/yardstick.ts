/**
 * Which best path an attempt is measured against in reports.
 *
 * Every attempt record keeps the `best` its debrief showed when it was played, and records are
 * never rewritten. Records written before the best path was defined as one playable path
 * (scenario-format.md, "The best path") hold, in that field, the best of each principle over all
 * paths separately: mixed maxima that no single play can reach, which marked a flawless player weak.
 * Nothing in a record says which kind it holds, and the shape did not change, so no migration can
 * tell them apart. Reports therefore measure every attempt against its scenario's best path as
 * the catalogue has it now (worked out at build time), so all attempts on one scenario share one
 * yardstick, the one today's debrief shows. An attempt on a scenario that is no longer in the
 * catalogue keeps its stored `best`: if that is an old mixed maximum it is never below the best
 * path on any principle, so its shares can only understate, never flatter.
 */
import type { Scores } from '../scenario/model.ts';
import type { AttemptRecord } from './records.ts';

/** A scenario's best path scores, per principle, by scenario id; undefined when not known. */
export type BestOf = (scenarioId: string) => Scores | undefined;

/**
 * The attempts with `best` replaced by their scenario's current best path where `bestOf` knows it
 * (see above). Returns new records; those left as they were are the same objects. Pure.
 */
export function againstBestPath(attempts: readonly AttemptRecord[], bestOf: BestOf): AttemptRecord[] {
  return attempts.map((a) => {
    const best = bestOf(a.scenarioId);
    return best ? { ...a, best: { listen: best.listen, empathy: best.empathy, honesty: best.honesty, calm: best.calm } } : a;
  });
}
