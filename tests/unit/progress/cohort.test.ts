/**
 * cohort: learners told apart by profile id, attempts counted once across files, practice per
 * learner and scenario, mean and spread per principle, and answer analytics per decision.
 */
import { describe, expect, it } from 'vitest';
import { cohort, sortDecisions, type AttemptRecord, type DecisionStats } from '../../../src/engine/progress/index.ts';
import { attempt, played, profile, v2Expected } from './make.ts';

const ana = profile('ana-id', 'Ana');
const ben = profile('ben-id', 'Ben');
const mine = (who: string, list: AttemptRecord[]) => list.map((a) => ({ ...a, profileId: who }));
const anaPlays = mine('ana-id', [
  played(['wait', 'own'], { id: 'a1' }),
  played(['wait', 'deflect'], { id: 'a2' }),
  played(['wait', 'hold'], { id: 'a3' }),
]);
const benPlays = mine('ben-id', [played(['wait', 'deflect'], { id: 'b1' }), played(['!argue', 'sorry'], { id: 'b2' })]);

describe('cohort', () => {
  const report = cohort([
    { profiles: [ben], attempts: benPlays },
    { profiles: [ana], attempts: anaPlays },
    { profiles: [ana], attempts: [anaPlays[0]!] }, // the same export loaded twice
  ]);

  it('counts who practised what, with the best total share', () => {
    expect(report.learners.map((l) => l.label)).toEqual(['Ana', 'Ben']);
    expect(report.practice.map((r) => [r.learnerId, r.scenarioId, r.attempts])).toEqual([
      ['ana-id', 'two-paths', 3],
      ['ben-id', 'two-paths', 2],
    ]);
    expect(report.practice[0]!.best).toEqual({ share: 1, lost: 0, score: 8, best: 8 });
  });

  it('tells two learners with one name apart by profile id, and counts an attempt once across files', () => {
    const twin = profile('twin-id', 'Ana');
    const r = cohort([
      { profiles: [ana, twin], attempts: [...anaPlays, ...mine('twin-id', [played(['wait', 'own'], { id: 't1' })])] },
      { profiles: [ana], attempts: anaPlays },
    ]);
    expect(r.learners).toEqual([
      { id: 'ana-id', name: 'Ana', label: 'Ana (ana-id)' },
      { id: 'twin-id', name: 'Ana', label: 'Ana (twin-id)' },
    ]);
    expect(r.practice.map((p) => p.attempts)).toEqual([3, 1]);
    // The name in the last file wins for the same profile.
    expect(
      cohort([
        { profiles: [ana], attempts: [] },
        { profiles: [{ ...ana, name: 'Anna' }], attempts: [] },
      ]).learners,
    ).toEqual([{ id: 'ana-id', name: 'Anna', label: 'Anna' }]);
  });

  it('counts a learner exported before and after a rename once, with each attempt once', () => {
    const r = cohort([
      { profiles: [{ ...ana, name: 'Learner' }], attempts: anaPlays },
      { profiles: [{ ...ana, name: 'Carol' }], attempts: anaPlays },
    ]);
    expect(r.learners).toEqual([{ id: 'ana-id', name: 'Carol', label: 'Carol' }]);
    expect(r.practice.map((p) => [p.learnerId, p.attempts])).toEqual([['ana-id', 3]]);
  });

  it('gives the mean and population standard deviation of the shares per principle, never below zero', () => {
    const a = attempt({ id: 'x', scores: { listen: 1, calm: 2 }, best: { listen: 2, calm: 2 } });
    const b = attempt({ id: 'y', scores: { listen: 2 }, best: { listen: 2 } });
    const c = attempt({ id: 'z', scores: { honesty: -4 }, best: { honesty: 2 } });
    const r = cohort([{ profiles: [profile()], attempts: [a, b, c] }]);
    expect(r.principles.listen).toEqual({ n: 2, mean: 0.75, sd: 0.25 });
    expect(r.principles.calm).toEqual({ n: 1, mean: 1, sd: 0 });
    expect(r.principles.honesty).toEqual({ n: 1, mean: 0, sd: 0 });
    expect(r.principles.empathy).toEqual({ n: 0, mean: null, sd: null });
  });

  it('measures against the best path it is given for a scenario', () => {
    const old = attempt({ id: 'o', scenarioId: 's', scores: { listen: 2 }, best: { listen: 4 } });
    const r = cohort([{ profiles: [profile()], attempts: [old] }], (id) =>
      id === 's' ? { listen: 2, empathy: 0, honesty: 0, calm: 0 } : undefined,
    );
    expect(r.principles.listen.mean).toBe(1);
  });

  it('gives, per decision, the share of learners choosing each reply by their first answer', () => {
    const recap = report.decisions.find((d) => d.nodeId === 'recap')!;
    // Ana first chose "own" (a1), Ben "deflect" (b1); Ben's second play went another way.
    expect(recap).toEqual({
      scenarioId: 'two-paths',
      nodeId: 'recap',
      learners: 2,
      answers: 4,
      judged: 2,
      wrong: 1,
      wrongShare: 0.5,
      replies: [
        { choiceId: 'deflect', learners: 1, answers: 2 },
        { choiceId: 'own', learners: 1, answers: 1 },
        { choiceId: 'hold', learners: 0, answers: 1 },
      ],
      bestChoiceIds: ['own'],
    });
    const open = report.decisions.find((d) => d.nodeId === 'open')!;
    expect(open).toMatchObject({
      learners: 2,
      answers: 5,
      wrong: 0,
      wrongShare: 0,
      replies: [
        { choiceId: 'wait', learners: 2, answers: 4 },
        { choiceId: 'argue', learners: 0, answers: 1 },
      ],
    });
    expect(report.decisions.map((d) => d.nodeId)).toEqual(['recap', 'open', 'heated']);
  });

  it('leaves replies with an unknown best reply unjudged, but still counts them', () => {
    const old = cohort([{ profiles: [profile('p1')], attempts: v2Expected.map((a) => ({ ...a, profileId: 'p1' })) }]).decisions;
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((d) => d.judged === 0 && d.wrongShare === null && d.learners === 1)).toBe(true);
  });

  it('is empty for no files, and independent of their order', () => {
    expect(cohort([])).toEqual({ learners: [], practice: [], principles: expect.any(Object), decisions: [] });
    const files = [
      { profiles: [ana], attempts: [...anaPlays].reverse() },
      { profiles: [ben], attempts: benPlays },
    ];
    expect(cohort(files)).toEqual(cohort([...files].reverse()));
  });
});

describe('sortDecisions', () => {
  const d = (nodeId: string, over: Partial<DecisionStats>): DecisionStats => ({
    scenarioId: 's',
    nodeId,
    learners: 1,
    answers: 1,
    judged: 1,
    wrong: 0,
    wrongShare: 0,
    replies: [],
    bestChoiceIds: [],
    ...over,
  });
  const list = [
    d('a', { wrongShare: 0.5, wrong: 1, learners: 2, answers: 9 }),
    d('b', { wrongShare: 1, wrong: 1, learners: 1 }),
    d('c', { wrongShare: null, judged: 0, learners: 5 }),
    d('d', { wrongShare: 0.5, wrong: 2, learners: 4 }),
  ];

  it('sorts by where learners go wrong most, by how many reached it, or by place in the file', () => {
    expect(sortDecisions(list, 'wrong').map((x) => x.nodeId)).toEqual(['b', 'd', 'a', 'c']);
    expect(sortDecisions(list, 'reached').map((x) => x.nodeId)).toEqual(['c', 'd', 'a', 'b']);
    const place = { a: 3, b: 2, c: 1, d: 0 } as Record<string, number>;
    expect(sortDecisions(list, 'file', (x) => place[x.nodeId]!).map((x) => x.nodeId)).toEqual(['d', 'c', 'b', 'a']);
    expect(list.map((x) => x.nodeId)).toEqual(['a', 'b', 'c', 'd']);
  });
});
