/**
 * summarise: the series per principle (best 0 skipped, shares never below 0), mastery levels by the
 * last three attempts, the best, first and latest result per scenario, measured against today's
 * best path, and a deterministic recommendation aimed at the weakest principle, saying why.
 */
import { describe, expect, it } from 'vitest';
import { masteryOf, summarise, weakestPrinciple, type ScenarioInfo } from '../../../src/engine/progress/index.ts';
import { attempt } from './make.ts';

const best = { listen: 4, empathy: 4, honesty: 4, calm: 4 };
/** An attempt on scenario `s` ending at `t` with these scores, each out of 4. */
const at = (id: string, s: string, t: number, listen: number, empathy = 4, honesty = 4, calm = 4) =>
  attempt({ id, scenarioId: s, endedAt: t, scores: { listen, empathy, honesty, calm }, best });
/** The same where the scenario could not score calm (best 0). */
const noCalm = (id: string, t: number, listen: number, empathy = 4) =>
  attempt({ id, scenarioId: 'x', endedAt: t, scores: { listen, empathy, honesty: 4 }, best: { ...best, calm: 0 } });

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
      { at: 10, attempt: 1, share: 1, lost: 0, score: 4, best: 4, attemptId: 'a', scenarioId: 'x' },
      { at: 20, attempt: 2, share: 0.5, lost: 0, score: 2, best: 4, attemptId: 'b', scenarioId: 'x' },
    ]);
    expect(s.series.calm).toEqual([]);
    expect(s.mastery.calm.level).toBe('new');
  });

  it('rates mastery by the last three attempts that could score the principle', () => {
    const series = (shares: number[]) =>
      shares.map((share, i) => ({ at: i, attempt: i + 1, share, lost: 0, score: share * 4, best: 4, attemptId: `${i}`, scenarioId: 'x' }));
    expect(masteryOf('listen', series([])).level).toBe('new');
    expect(masteryOf('listen', series([1, 1])).level).toBe('started');
    expect(masteryOf('listen', series([1, 0.5, 1])).level).toBe('practising');
    expect(masteryOf('listen', series([0.2, 0.8, 0.9, 1])).level).toBe('mastered');
    expect(masteryOf('listen', series([1, 1, 1, 0.79])).level).toBe('practising');
    expect(masteryOf('listen', series([0.2, 0.8, 0.9, 1]))).toMatchObject({ attempts: 4, recent: [0.8, 0.9, 1], recentMean: 0.9 });
  });

  it('keeps the best (the earliest of equals), first and latest result per played scenario', () => {
    const s = summarise(
      [at('a1', 'x', 10, 2), at('a2', 'x', 20, 4), at('a3', 'x', 30, 3), at('b1', 'y', 5, 0)],
      [{ id: 'x', title: 'Ex', difficulty: 1 }],
    );
    const share = (score: number) => ({ share: score / 16, lost: 0, score, best: 16 });
    expect(s.scenarios).toEqual([
      {
        scenarioId: 'x',
        title: 'Ex',
        attempts: 3,
        best: { attemptId: 'a2', at: 20, ending: 'resolved', share: share(16) },
        first: { attemptId: 'a1', at: 10, ending: 'resolved', share: share(14) },
        latest: { attemptId: 'a3', at: 30, ending: 'resolved', share: share(15) },
      },
      {
        scenarioId: 'y',
        attempts: 1,
        best: { attemptId: 'b1', at: 5, ending: 'resolved', share: share(12) },
        first: expect.objectContaining({ attemptId: 'b1' }),
        latest: expect.objectContaining({ attemptId: 'b1' }),
      },
    ]);
  });

  it('gives no share when the scenario could not score at all', () => {
    expect(summarise([attempt({ id: 'z' })], []).scenarios[0]!.best.share).toBeNull();
  });

  it('never shows a share below zero: points under zero are counted as lost, and rank below zero', () => {
    const worse = attempt({ id: 'w', scenarioId: 'x', endedAt: 1, scores: { listen: -3, calm: -4 }, best });
    const bad = attempt({ id: 'v', scenarioId: 'x', endedAt: 2, scores: { listen: -3 }, best });
    const s = summarise([worse, bad], []);
    expect(s.series.listen.map((p) => [p.share, p.lost])).toEqual([
      [0, 3],
      [0, 3],
    ]);
    expect(s.series.calm[0]).toMatchObject({ share: 0, lost: 4 });
    expect(s.scenarios[0]!.best).toMatchObject({ attemptId: 'v', share: { share: 0, lost: 3, score: -3, best: 16 } });
    expect(s.mastery.listen.lately.mean).toBe(0);
  });

  it('measures every attempt against the best path the catalogue has now, not the best stored with it', () => {
    // Recorded under the old rule: each principle's maximum over all paths, out of reach in one play.
    const old = attempt({
      id: 'o',
      scenarioId: 'x',
      endedAt: 1,
      scores: { listen: 3, empathy: 2, honesty: 2, calm: 1 },
      best: { listen: 4, empathy: 3, honesty: 5, calm: 2 },
    });
    const now = { listen: 3, empathy: 2, honesty: 2, calm: 1 };
    const measured = summarise([old], [{ id: 'x', difficulty: 1, best: now }]);
    for (const p of ['listen', 'empathy', 'honesty', 'calm'] as const)
      expect(measured.series[p][0]).toMatchObject({ share: 1, best: now[p] });
    expect(measured.scenarios[0]!.best.share).toMatchObject({ share: 1 });
    // A scenario no longer in the catalogue keeps the best stored with the attempt.
    expect(summarise([old], []).series.honesty[0]).toMatchObject({ share: 0.4, best: 5 });
  });

  it('picks the weakest principle that is not mastered, an unscored one weakest of all, ties in PRINCIPLES order', () => {
    const s = summarise(
      [1, 2, 3].map((i) => noCalm(`a${i}`, i, 1, 2)),
      [],
    );
    expect(s.mastery.honesty.level).toBe('mastered');
    expect(s.weakest).toBe('calm'); // never scored
    const m = { ...s.mastery, calm: { ...s.mastery.calm, level: 'mastered' as const, recentMean: 1 } };
    expect(weakestPrinciple(m)).toBe('listen'); // 0.25 < empathy 0.5
  });

  it('recommends an unplayed scenario on the weakest principle, easiest first', () => {
    const s = summarise([at('a', 'other', 1, 0, 4, 4)], catalogue);
    expect(s.weakest).toBe('listen');
    expect(s.next).toEqual({
      scenarioId: 'easy-listen',
      title: 'Easy',
      principle: 'listen',
      why: 'lowest',
      plays: 1,
      mean: 0,
      reason: 'unplayed',
      bestThere: null,
    });
  });

  it('prefers an easier scenario not yet mastered to a harder unplayed one, and an unplayed one to a replay at equal difficulty', () => {
    const s = summarise([at('a', 'easy-listen', 1, 1)], catalogue);
    expect(s.next).toMatchObject({ scenarioId: 'easy-listen', reason: 'not-mastered', bestThere: 0.25 });
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

  it('says why it aims at a principle: a first play, a principle never scored, the lowest lately, or keeping sharp', () => {
    expect(summarise([], catalogue).next).toMatchObject({ why: 'start', principle: 'listen', plays: 0, mean: null });
    expect(
      summarise(
        [1, 2].map((i) => noCalm(`n${i}`, i, 4)),
        catalogue,
      ).next,
    ).toMatchObject({ why: 'unpractised', principle: 'calm' });
    // The lowest mean over the last five plays that scored it: the sixth-last play no longer counts.
    const ten = { listen: 10, empathy: 10, honesty: 10, calm: 10 };
    const honesty = [0, 10, 10, 5, 10, 10];
    const calm = [8, 8, 8, 8, 8, 7];
    const six = honesty.map((h, i) =>
      attempt({ id: `s${i}`, scenarioId: 'x', endedAt: i, scores: { listen: 10, empathy: 10, honesty: h, calm: calm[i]! }, best: ten }),
    );
    // Over five plays calm (78 %) is lower than honesty (90 %); over all six honesty would be (75 %).
    expect(summarise(six, catalogue).next).toMatchObject({ why: 'lowest', principle: 'calm', plays: 5 });
    expect(summarise(six, catalogue).next!.mean).toBeCloseTo(0.78);
    const all = [1, 2, 3].map((i) => at(`m${i}`, 'x', i, 4, 4, 4, 4));
    expect(summarise(all, catalogue).next).toMatchObject({ why: 'keep-sharp', principle: 'listen', plays: 3, mean: 1 });
  });

  it('has no recommendation for an empty catalogue', () => {
    expect(summarise([], []).next).toBeUndefined();
  });

  it('does not depend on the order of the attempts', () => {
    const list = [at('a', 'easy-listen', 1, 1), at('b', 'mid-listen', 2, 3), at('c', 'other', 3, 4), at('d', 'easy-listen', 3, 2)];
    expect(summarise([...list].reverse(), catalogue)).toEqual(summarise(list, catalogue));
  });
});
