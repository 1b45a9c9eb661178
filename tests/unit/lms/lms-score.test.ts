/**
 * What an LMS is told about a finished conversation: the share of the best path's total, passed
 * at the mastery share, one objective per principle; and the CMI writes that carry it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestPath, PRINCIPLES, totalScore, type Scores } from '../../../src/engine/index.ts';
import { MASTERY_THRESHOLD } from '../../../src/engine/progress/index.ts';
import { LMS_MASTERY, lmsScore, objectiveScores, shareScore } from '../../../src/engine/lms/score.ts';
import { replyWrites, resultWrites, sessionTimeWrite } from '../../../src/engine/lms/scorm-data.ts';
import { cmiTime, cmiTimespan, scormTimestamp } from '../../../src/engine/lms/time-formats.ts';
import { fixture, play } from '../helpers.ts';

const scores = (listen: number, empathy: number, honesty: number, calm: number): Scores => ({ listen, empathy, honesty, calm });

describe('the score against the best path', () => {
  it('is the total over the best total, passed from the mastery share on', () => {
    expect(LMS_MASTERY).toBe(MASTERY_THRESHOLD);
    expect(lmsScore({ scores: scores(4, 4, 0, 0), best: scores(5, 5, 0, 0) })).toEqual({
      scaled: 0.8,
      raw: 80,
      min: 0,
      max: 100,
      passed: true,
    });
    expect(lmsScore({ scores: scores(2, 1, 0, 0), best: scores(5, 5, 0, 0) })).toEqual({
      scaled: 0.3,
      raw: 30,
      min: 0,
      max: 100,
      passed: false,
    });
  });

  it('decides passed on the rounded share an LMS sees, and keeps the share within 0–1', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 60 }), fc.integer({ min: -10, max: 60 }), (value, best) => {
        const s = shareScore(value, best);
        expect(s.scaled).toBeGreaterThanOrEqual(0);
        expect(s.scaled).toBeLessThanOrEqual(1);
        expect(s.passed).toBe(s.scaled >= LMS_MASTERY);
        expect(s.raw).toBeCloseTo(s.scaled * 100, 6);
      }),
    );
    // 79.995 % rounds to 0.8 and passes; 79.99 % does not.
    expect(shareScore(7999.5, 10000).passed).toBe(true);
    expect(shareScore(7999, 10000)).toMatchObject({ scaled: 0.7999, raw: 79.99, passed: false });
  });

  it('gives a principle no path can score no objective score', () => {
    const o = objectiveScores({ scores: scores(3, 0, 1, 2), best: scores(3, 0, 2, 4) });
    expect(o.map((x) => x.principle)).toEqual([...PRINCIPLES]);
    expect(o[1]).toEqual({ principle: 'empathy' });
    expect(o[2]!.score).toMatchObject({ scaled: 0.5, passed: false });
  });

  it('reports the best path itself as full marks', () => {
    const s = fixture('tests/fixtures/valid/authoring-example.yaml');
    const { runner } = play(
      s,
      bestPath(s).steps.map((x) => x.choiceId),
    );
    const r = runner.result();
    expect(totalScore(r.scores)).toBe(totalScore(r.best));
    expect(lmsScore(r)).toMatchObject({ scaled: 1, raw: 100, passed: true });
  });
});

describe('SCORM writes', () => {
  const score = shareScore(3, 4);
  const objectives = objectiveScores({ scores: scores(1, 2, 0, 0), best: scores(1, 4, 0, 2) });

  it('SCORM 1.2: one lesson status, raw/min/max, objectives with a status', () => {
    const w = new Map(resultWrites('1.2', score, objectives, (id) => PRINCIPLES.indexOf(id as never)));
    expect(w.get('cmi.core.lesson_status')).toBe('failed');
    expect([w.get('cmi.core.score.raw'), w.get('cmi.core.score.min'), w.get('cmi.core.score.max')]).toEqual(['75', '0', '100']);
    expect(w.has('cmi.core.score.scaled')).toBe(false);
    expect(w.get('cmi.objectives.0.id')).toBe('listen');
    expect(w.get('cmi.objectives.0.status')).toBe('passed');
    expect(w.get('cmi.objectives.1.status')).toBe('failed');
    expect(w.get('cmi.objectives.2.status')).toBe('completed');
    expect(w.has('cmi.objectives.2.score.raw')).toBe(false);
  });

  it('SCORM 2004: completion and success apart, scaled score, objectives where the LMS keeps them', () => {
    const at = new Map([['calm', 0]]);
    const w = new Map(resultWrites('2004', shareScore(9, 10), objectives, (id) => at.get(id) ?? 1 + PRINCIPLES.indexOf(id as never)));
    expect(w.get('cmi.completion_status')).toBe('completed');
    expect(w.get('cmi.success_status')).toBe('passed');
    expect(w.get('cmi.score.scaled')).toBe('0.9');
    expect(w.get('cmi.objectives.0.id')).toBe('calm');
    expect(w.get('cmi.objectives.0.score.scaled')).toBe('0');
    expect(w.get('cmi.objectives.1.id')).toBe('listen');
    expect(w.get('cmi.objectives.3.success_status')).toBe('unknown');
  });

  it("an interaction per reply: correct when it was the best path's reply, id and type first", () => {
    const reply = {
      nodeId: 'start',
      choiceId: 'calm-down',
      bestChoiceId: 'listen',
      at: Date.UTC(2026, 0, 2, 3, 4, 5, 678),
      elapsedMs: 3_456,
      line: 'Where is my parcel?',
      lang: 'en' as const,
    };
    const one = replyWrites('1.2', 4, reply);
    expect(one.slice(0, 2)).toEqual([
      ['cmi.interactions.4.id', 'start'],
      ['cmi.interactions.4.type', 'choice'],
    ]);
    expect(new Map(one)).toEqual(
      new Map([
        ['cmi.interactions.4.id', 'start'],
        ['cmi.interactions.4.type', 'choice'],
        ['cmi.interactions.4.time', '03:04:05'],
        ['cmi.interactions.4.correct_responses.0.pattern', 'listen'],
        ['cmi.interactions.4.student_response', 'calm-down'],
        ['cmi.interactions.4.result', 'wrong'],
        ['cmi.interactions.4.latency', '00:00:03.46'],
      ]),
    );
    const two = new Map(replyWrites('2004', 0, { ...reply, choiceId: 'listen', lang: 'ja' }));
    expect(two.get('cmi.interactions.0.result')).toBe('correct');
    expect(two.get('cmi.interactions.0.learner_response')).toBe('listen');
    expect(two.get('cmi.interactions.0.timestamp')).toBe('2026-01-02T03:04:05.67Z');
    expect(two.get('cmi.interactions.0.latency')).toBe('PT3.46S');
    expect(two.get('cmi.interactions.0.description')).toBe('{lang=ja}Where is my parcel?');
    const long = new Map(replyWrites('2004', 0, { ...reply, line: 'あ'.repeat(300) }));
    expect([...long.get('cmi.interactions.0.description')!.replace('{lang=en}', '')]).toHaveLength(250);
  });

  it("session time in each version's syntax", () => {
    expect(sessionTimeWrite('1.2', 3_723_450)).toEqual(['cmi.core.session_time', '01:02:03.45']);
    expect(sessionTimeWrite('2004', 3_723_450)).toEqual(['cmi.session_time', 'PT1H2M3.45S']);
    expect(cmiTimespan(-5)).toBe('00:00:00.00');
    expect(cmiTimespan(1e12)).toBe('9999:59:59.99');
    expect(cmiTime(Date.UTC(2026, 5, 1, 23, 59, 59))).toBe('23:59:59');
    expect(scormTimestamp(Date.UTC(2026, 5, 1, 0, 0, 0, 5))).toBe('2026-06-01T00:00:00.00Z');
  });
});
