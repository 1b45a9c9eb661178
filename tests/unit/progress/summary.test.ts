/**
 * summarise: the series per principle (best 0 skipped), mastery levels by the last three attempts,
 * best result per scenario, and a deterministic recommendation aimed at the weakest principle.
 */
import { describe, expect, it } from 'vitest';
import { masteryOf, summarise, weakestPrinciple, type ScenarioInfo } from '../../../src/engine/progress/index.ts';
import { attempt } from './make.ts';

const best = { listen: 4, empathy: 4, honesty: 4, calm: 4 };
/** An attempt on scenario `s` ending at `t` with these scores, each out of 4. */
const at = (id: string, s: string, t: number, listen: number, empathy = 4, honesty = 4, calm = 4) => attempt({ id, scenarioId: s, endedAt: t, scores: { listen, empathy, honesty, calm }, best });
/** The same where the scenario could not score calm (best 0). */
const noCalm = (id: string, t: number, listen: number, empathy = 4) => attempt({ id, scenarioId: 'x', endedAt: t, scores: { listen, empathy, honesty: 4 }, best: { ...best, calm: 0 } });

const catalogue: ScenarioInfo[] = [
  { id: 'hard-listen', title: 'Hard', focus: ['listen'], difficulty: 3 },
  { id: 'easy-listen', title: 'Easy', focus: ['listen', 'calm'], difficulty: 1 },
  { id: 'mid-listen', focus: ['listen'], difficulty: 2 },
  { id: 'other', focus: ['honesty'], difficulty: 1 },
];

describe('summarise', () => {
  it('builds a chronological series per principle and skips principles the scenario could not score', () => {
    const s = summarise([noCalm('b', 20, 2), noCalm('a', 10, 4)], []);
    expect(s.series.listen).toEqual([
      { at: 10, ratio: 1, attemptId: 'a', scenarioId: 'x' },
      { at: 20, ratio: 0.5, attemptId: 'b', scenarioId: 'x' },
    ]);
    expect(s.series.calm).toEqual([]);
    expect(s.mastery.calm.level).toBe('new');
  });

  it('rates mastery by the last three attempts that could score the principle', () => {
    const series = (ratios: number[]) => ratios.map((ratio, i) => ({ at: i, ratio, attemptId: `${i}`, scenarioId: 'x' }));
    expect(masteryOf('listen', series([])).level).toBe('new');
    expect(masteryOf('listen', series([1, 1])).level).toBe('started');
    expect(masteryOf('listen', series([1, 0.5, 1])).level).toBe('practising');
    expect(masteryOf('listen', series([0.2, 0.8, 0.9, 1])).level).toBe('mastered');
    expect(masteryOf('listen', series([1, 1, 1, 0.79])).level).toBe('practising');
    expect(masteryOf('listen', series([0.2, 0.8, 0.9, 1]))).toMatchObject({ attempts: 4, recent: [0.8, 0.9, 1], recentMean: 0.9 });
  });

  it('keeps the best result per played scenario, the earliest of equals', () => {
    const s = summarise([at('a1', 'x', 10, 2), at('a2', 'x', 20, 4), at('a3', 'x', 30, 4), at('b1', 'y', 5, 0)], [{ id: 'x', title: 'Ex', difficulty: 1 }]);
    expect(s.scenarios).toEqual([
      { scenarioId: 'x', title: 'Ex', attempts: 3, bestRatio: 1, attemptId: 'a2', ending: 'resolved', lastPlayedAt: 30 },
      { scenarioId: 'y', attempts: 1, bestRatio: 12 / 16, attemptId: 'b1', ending: 'resolved', lastPlayedAt: 5 },
    ]);
  });

  it('gives a null best ratio when the scenario could not score at all', () => {
    expect(summarise([attempt({ id: 'z' })], []).scenarios[0]!.bestRatio).toBeNull();
  });

  it('picks the weakest principle that is not mastered, an unscored one weakest of all, ties in PRINCIPLES order', () => {
    const s = summarise([1, 2, 3].map((i) => noCalm(`a${i}`, i, 1, 2)), []);
    expect(s.mastery.honesty.level).toBe('mastered');
    expect(s.weakest).toBe('calm'); // never scored
    const m = { ...s.mastery, calm: { ...s.mastery.calm, level: 'mastered' as const, recentMean: 1 } };
    expect(weakestPrinciple(m)).toBe('listen'); // 0.25 < empathy 0.5
  });

  it('recommends an unplayed scenario on the weakest principle, easiest first', () => {
    const s = summarise([at('a', 'other', 1, 0, 4, 4)], catalogue);
    expect(s.weakest).toBe('listen');
    expect(s.next).toEqual({ scenarioId: 'easy-listen', title: 'Easy', principle: 'listen', reason: 'unplayed' });
  });

  it('prefers an easier scenario not yet mastered to a harder unplayed one, and an unplayed one to a replay at equal difficulty', () => {
    const s = summarise([at('a', 'easy-listen', 1, 1)], catalogue);
    expect(s.next).toMatchObject({ scenarioId: 'easy-listen', reason: 'not-mastered' });
    const done = summarise([at('a', 'easy-listen', 1, 4), at('b', 'easy-listen', 2, 1)], catalogue);
    expect(done.next).toMatchObject({ scenarioId: 'mid-listen', reason: 'unplayed' });
  });

  it('suggests a replay when every candidate is done, and any scenario when none focuses on the principle', () => {
    const all = ['easy-listen', 'mid-listen', 'hard-listen'].map((id, i) => at(id, id, i, 4, 0));
    expect(summarise(all, catalogue).next).toMatchObject({ principle: 'empathy', reason: 'unplayed', scenarioId: 'other' });
    const noFocus = catalogue.map(({ focus: _focus, ...s }) => s);
    expect(summarise([], noFocus).next).toMatchObject({ principle: 'listen', scenarioId: 'easy-listen' });
    const listenOnly = catalogue.filter((c) => c.focus?.includes('listen'));
    const mastered = [1, 2, 3].flatMap((i) => listenOnly.map((c) => at(`${c.id}${i}`, c.id, i, 4)));
    expect(summarise(mastered, listenOnly).next).toMatchObject({ reason: 'replay', scenarioId: 'easy-listen' });
  });

  it('has no recommendation for an empty catalogue', () => {
    expect(summarise([], []).next).toBeUndefined();
  });

  it('does not depend on the order of the attempts', () => {
    const list = [at('a', 'easy-listen', 1, 1), at('b', 'mid-listen', 2, 3), at('c', 'other', 3, 4), at('d', 'easy-listen', 3, 2)];
    expect(summarise([...list].reverse(), catalogue)).toEqual(summarise(list, catalogue));
  });
});
