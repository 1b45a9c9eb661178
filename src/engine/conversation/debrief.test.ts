/**
 * debriefFacts: verdicts against the best path (beating it reads as it is), totals, and the mood
 * reply by reply with interruptions, holds and late replies.
 */
import { describe, expect, it } from 'vitest';
import { play, fixture } from '../../../tests/unit/helpers.ts';
import { debriefFacts, pointsOf, verdictOf } from './debrief.ts';

const twoPaths = fixture('tests/fixtures/valid/two-paths.yaml');

describe('verdictOf', () => {
  it('reads a score against the best path', () => {
    expect(verdictOf(4, 3)).toBe('beyond');
    expect(verdictOf(3, 3)).toBe('top');
    expect(verdictOf(0, 0)).toBe('top');
    expect(verdictOf(2, 3)).toBe('good');
    expect(verdictOf(1, 3)).toBe('mixed');
    expect(verdictOf(0, 3)).toBe('poor');
    expect(verdictOf(-2, 3)).toBe('poor');
    expect(verdictOf(-2, -1)).toBe('poor');
  });
});

describe('debriefFacts', () => {
  it('gives the best path play the top verdict on every principle', () => {
    const facts = debriefFacts(play(twoPaths, ['wait', 'own']).runner.result());
    expect(facts.rows.map((r) => [r.principle, r.score, r.best, r.verdict])).toEqual([
      ['listen', 3, 3, 'top'],
      ['empathy', 2, 2, 'top'],
      ['honesty', 2, 2, 'top'],
      ['calm', 1, 1, 'top'],
    ]);
    expect(facts).toMatchObject({ total: 8, bestTotal: 8, atBest: 4, replies: 2, bestReplies: 2, startMood: 60, finalMood: 20 });
  });

  it('shows a principle beyond the best path as it is, when another path gives it more', () => {
    // wait→deflect earns calm 2 against the best path's 1, at the cost of the total.
    const facts = debriefFacts(play(twoPaths, ['wait', 'deflect']).runner.result());
    expect(facts.rows.find((r) => r.principle === 'calm')).toEqual({ principle: 'calm', score: 2, best: 1, verdict: 'beyond' });
    expect(facts.rows.find((r) => r.principle === 'empathy')).toMatchObject({ score: 0, best: 2 });
    expect(facts.rows.find((r) => r.principle === 'empathy')!.verdict).not.toMatch(/top|beyond/);
    expect(facts.marks.map((m) => [m.before, m.after, m.change, m.interrupted, m.wasBest])).toEqual([
      [60, 50, -10, false, true],
      [50, 60, 10, false, false],
    ]);
  });

  it('marks an interruption on its reply', () => {
    const facts = debriefFacts(play(twoPaths, ['!argue', 'sorry']).runner.result());
    expect(facts.rows.find((r) => r.principle === 'listen')).toMatchObject({ score: -2, verdict: 'poor' });
    expect(facts.marks.map((m) => [m.before, m.after, m.change, m.interrupted])).toEqual([
      [60, 90, 30, true],
      [90, 70, -20, false],
    ]);
  });

  it('marks holds and late replies, and what waiting did to the mood', () => {
    const facts = debriefFacts(play(twoPaths, ['wait', 'hold'], { replyLimitMs: 500 }).runner.result());
    expect(facts.marks.map((m) => [m.late, m.hold])).toEqual([
      [true, false],
      [true, true],
    ]);
    expect(facts).toMatchObject({ late: 2, holds: 1, interruptions: 0 });
    const first = facts.marks[0]!;
    expect(first.waited).toBe(first.before - facts.startMood);
    expect(facts.marks[1]!.waited).toBe(facts.marks[1]!.before - first.after);
  });
});

describe('pointsOf', () => {
  it('lists the principles a step moved, in order', () => {
    expect(pointsOf({ listen: 0, empathy: -1, honesty: 2, calm: 0 })).toEqual([
      { principle: 'empathy', points: -1 },
      { principle: 'honesty', points: 2 },
    ]);
  });
});
