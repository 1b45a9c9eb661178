/**
 * Answer analytics for trainers: at each decision learners reached, the share of learners who
 * chose each reply, and how often the group goes wrong there. A learner counts once per decision,
 * by their first answer to it (the earliest attempt, then the earliest reply), so the shares add up
 * to 100 % and say what learners knew before practice taught them; `answers` counts every reply.
 */
import type { AttemptRecord } from './records.ts';

export interface ReplyStats {
  readonly choiceId: string;
  /** Learners whose first answer here was this reply. */
  readonly learners: number;
  /** Times it was chosen here, over every attempt. */
  readonly answers: number;
}

export interface DecisionStats {
  readonly scenarioId: string;
  readonly nodeId: string;
  /** Learners who reached this decision, and replies given to it in all. */
  readonly learners: number;
  readonly answers: number;
  /** Learners whose first answer has a known best reply (records from version 1 never stored it). */
  readonly judged: number;
  /** Of those, learners whose first answer was not the best reply from that line and mood. */
  readonly wrong: number;
  /** wrong / judged, null when none was judged. */
  readonly wrongShare: number | null;
  /** The replies chosen here: most learners first, then most answers, then id. */
  readonly replies: readonly ReplyStats[];
  /** The best replies recorded at this decision (one, unless the mood changed which is best). */
  readonly bestChoiceIds: readonly string[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every decision reached in these attempts (in chronological order, as `cohort` gives them),
 * sorted with `sortDecisions(…, 'wrong')`. Pure.
 */
export function answersOf(chronological: readonly AttemptRecord[]): DecisionStats[] {
  type Acc = {
    scenarioId: string;
    nodeId: string;
    first: Map<string, { choiceId: string; wrong: boolean | null }>;
    answers: Map<string, number>;
    best: Set<string>;
  };
  const nodes = new Map<string, Acc>();
  for (const a of chronological) {
    for (const s of a.steps) {
      const key = JSON.stringify([a.scenarioId, s.nodeId]);
      const n = nodes.get(key) ?? {
        scenarioId: a.scenarioId,
        nodeId: s.nodeId,
        first: new Map(),
        answers: new Map(),
        best: new Set<string>(),
      };
      if (!n.first.has(a.profileId))
        n.first.set(a.profileId, { choiceId: s.choiceId, wrong: s.bestChoiceId === null ? null : s.choiceId !== s.bestChoiceId });
      n.answers.set(s.choiceId, (n.answers.get(s.choiceId) ?? 0) + 1);
      if (s.bestChoiceId !== null) n.best.add(s.bestChoiceId);
      nodes.set(key, n);
    }
  }
  const stats = [...nodes.values()].map((n): DecisionStats => {
    const firsts = [...n.first.values()];
    const judged = firsts.filter((f) => f.wrong !== null).length;
    const wrong = firsts.filter((f) => f.wrong === true).length;
    const replies = [...n.answers.entries()]
      .map(([choiceId, answers]) => ({ choiceId, answers, learners: firsts.filter((f) => f.choiceId === choiceId).length }))
      .sort((a, b) => b.learners - a.learners || b.answers - a.answers || cmp(a.choiceId, b.choiceId));
    return {
      scenarioId: n.scenarioId,
      nodeId: n.nodeId,
      learners: firsts.length,
      answers: [...n.answers.values()].reduce((s, x) => s + x, 0),
      judged,
      wrong,
      wrongShare: judged ? wrong / judged : null,
      replies,
      bestChoiceIds: [...n.best].sort(cmp),
    };
  });
  return sortDecisions(stats, 'wrong');
}

/**
 * `wrong`: where learners go wrong most (highest wrong share, then most learners wrong, then most
 * learners; decisions never judged last); `reached`: most learners, then most answers; `file`:
 * the order `position` gives (a decision's place in its scenario file). Ties go to scenario id,
 * then node id. Returns a new array. Pure.
 */
export function sortDecisions(
  list: readonly DecisionStats[],
  by: 'wrong' | 'reached' | 'file',
  position: (d: DecisionStats) => number = () => 0,
): DecisionStats[] {
  const share = (d: DecisionStats) => d.wrongShare ?? -1;
  const key: Record<typeof by, (a: DecisionStats, b: DecisionStats) => number> = {
    wrong: (a, b) => share(b) - share(a) || b.wrong - a.wrong || b.learners - a.learners,
    reached: (a, b) => b.learners - a.learners || b.answers - a.answers,
    file: (a, b) => position(a) - position(b),
  };
  return [...list].sort((a, b) => key[by](a, b) || cmp(a.scenarioId, b.scenarioId) || cmp(a.nodeId, b.nodeId));
}
