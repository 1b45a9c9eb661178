/**
 * attemptFromResult: a finished conversation becomes a valid current-version record that keeps
 * every reply, its best reply, and the counts the reports use.
 */
import { describe, expect, it } from 'vitest';
import { attemptFromResult, migrateAttempt } from '../../../src/engine/progress/index.ts';
import { play } from '../helpers.ts';
import { played, twoPaths } from './make.ts';

describe('attemptFromResult', () => {
  it('records every reply with its best reply, moods, times and scores', () => {
    const { runner } = play(twoPaths, ['wait', 'own']);
    const result = runner.result();
    const a = attemptFromResult(result, { id: 'x1', profileId: 'p1', lang: 'ja' });
    expect(a).toMatchObject({ v: 2, id: 'x1', profileId: 'p1', scenarioId: 'two-paths', lang: 'ja', ending: 'resolved', endedBy: 'node' });
    expect(a.durationMs).toBe(result.endedAt - result.startedAt);
    expect(a.scores).toEqual(result.scores);
    expect(a.best).toEqual(result.best);
    expect(a.steps.map((s) => [s.nodeId, s.choiceId, s.bestChoiceId])).toEqual(
      result.steps.map((s, i) => [s.nodeId, s.choiceId, result.bestReplies[i]]),
    );
    expect(a.steps[0]).toMatchObject({
      moodBefore: 60,
      moodAfter: 50,
      interrupted: false,
      late: false,
      hold: false,
      at: result.steps[0]!.at,
      elapsedMs: result.steps[0]!.elapsedMs,
    });
  });

  it('counts interruptions, late replies and holds', () => {
    expect(played(['!argue', 'snap'], { replyLimitMs: 500 })).toMatchObject({
      interruptions: 1,
      lateReplies: 1,
      holds: 0,
      ending: 'lost',
      endedBy: 'mood',
    });
    expect(played(['wait', 'hold'])).toMatchObject({ interruptions: 0, holds: 1, ending: 'escalated' });
  });

  it('marks a reply that was not the best', () => {
    const a = played(['wait', 'deflect']);
    expect(a.steps[1]).toMatchObject({ choiceId: 'deflect', bestChoiceId: 'own' });
  });

  it('gives a record that validates at the current version and shares nothing with the result', () => {
    const { runner } = play(twoPaths, ['wait', 'own']);
    const result = runner.result();
    const a = attemptFromResult(result, { id: 'x1', profileId: 'p1', lang: 'en' });
    expect(migrateAttempt(a)).toEqual({ ok: true, record: a });
    expect(a.scores).not.toBe(result.scores);
    expect(a.steps[0]!.score).not.toBe(result.steps[0]!.score);
  });

  it('keeps the duration at 0 when the clock went backwards', () => {
    const { runner } = play(twoPaths, ['wait', 'own']);
    const result = { ...runner.result(), endedAt: 0 };
    expect(attemptFromResult(result, { id: 'x', profileId: 'p', lang: 'en' }).durationMs).toBe(0);
  });
});
