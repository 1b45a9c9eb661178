/**
 * cohort: practice per learner and scenario, mean and standard deviation per principle, and the
 * decisions most often gotten wrong, merged across exports and sorted deterministically.
 */
import { describe, expect, it } from 'vitest';
import { cohort } from '../../../src/engine/progress/index.ts';
import { attempt, played, v2Expected } from './make.ts';

describe('cohort', () => {
  const ana = [played(['wait', 'own'], { id: 'a1' }), played(['wait', 'deflect'], { id: 'a2' }), played(['wait', 'hold'], { id: 'a3' })];
  const ben = [played(['wait', 'deflect'], { id: 'b1' }), played(['!argue', 'sorry'], { id: 'b2' })];
  const report = cohort([
    { learner: 'Ben', attempts: ben },
    { learner: 'Ana', attempts: ana },
    { learner: 'Ana', attempts: [ana[0]!] }, // the same file loaded twice
  ]);

  it('counts who practised what, with the best ratio', () => {
    expect(report.learners).toEqual(['Ana', 'Ben']);
    expect(report.practice.map((r) => [r.learner, r.scenarioId, r.attempts])).toEqual([
      ['Ana', 'two-paths', 3],
      ['Ben', 'two-paths', 2],
    ]);
    const total = (s: { listen: number; empathy: number; honesty: number; calm: number }) => s.listen + s.empathy + s.honesty + s.calm;
    expect(report.practice[0]!.bestRatio).toBeCloseTo(total(ana[0]!.scores) / total(ana[0]!.best));
  });

  it('gives the mean and population standard deviation of the ratios per principle', () => {
    const a = attempt({ id: 'x', scores: { listen: 1, calm: 2 }, best: { listen: 2, calm: 2 } });
    const b = attempt({ id: 'y', scores: { listen: 2 }, best: { listen: 2 } });
    const r = cohort([{ learner: 'A', attempts: [a, b] }]);
    expect(r.principles.listen).toEqual({ n: 2, mean: 0.75, sd: 0.25 });
    expect(r.principles.calm).toEqual({ n: 1, mean: 1, sd: 0 });
    expect(r.principles.honesty).toEqual({ n: 0, mean: null, sd: null });
  });

  it('lists the decisions most often gotten wrong, with the most common wrong reply', () => {
    expect(report.mistakes[0]).toEqual({ scenarioId: 'two-paths', nodeId: 'recap', reached: 4, wrong: 3, learners: 2, commonWrongChoiceId: 'deflect', commonWrongCount: 2 });
    expect(report.mistakes.map((m) => m.nodeId)).toEqual(['recap', 'open']);
    expect(report.mistakes[1]).toMatchObject({ nodeId: 'open', reached: 5, wrong: 1, commonWrongChoiceId: 'argue' });
  });

  it('leaves replies with an unknown best reply out of the mistakes', () => {
    expect(cohort([{ learner: 'Old', attempts: v2Expected }]).mistakes).toEqual([]);
  });

  it('is empty for no exports, and independent of their order', () => {
    expect(cohort([])).toEqual({ learners: [], practice: [], principles: expect.any(Object), mistakes: [] });
    expect(cohort([{ learner: 'Ana', attempts: [...ana].reverse() }, { learner: 'Ben', attempts: ben }])).toEqual(cohort([{ learner: 'Ben', attempts: ben }, { learner: 'Ana', attempts: ana }]));
  });
});
