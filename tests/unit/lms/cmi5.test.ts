/**
 * cmi5 statements: the defined ones carry the unit, the registration, the template's context and
 * the cmi5 categories; the per-reply ones are allowed statements (no cmi5 category). Every one is
 * valid xAPI by a published validator.
 */
import { describe, expect, it } from 'vitest';
import { xapiWarnings as validate } from '../../xapi-warnings.ts';
import { bestPath } from '../../../src/engine/index.ts';
import { attemptFromResult } from '../../../src/engine/progress/index.ts';
import {
  allowedStatements,
  CMI5_CATEGORY,
  cmi5Statement,
  MASTERY_SCORE_EXT,
  MOVE_ON_CATEGORY,
  SESSION_ID_EXT,
  type Cmi5Session,
} from '../../../src/engine/lms/cmi5.ts';
import { lmsScore } from '../../../src/engine/lms/score.ts';
import { fixture, play } from '../helpers.ts';

const session: Cmi5Session = {
  actor: { objectType: 'Agent', name: 'Ana', account: { homePage: 'https://lms.example', name: 'ana-42' } },
  registration: 'c7b8a4f0-6a8e-4d0b-9d34-0b3c1f2e5a61',
  activityId: 'https://lms.example/au/late-delivery',
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example/course/7' }] },
    extensions: { [SESSION_ID_EXT]: 'f1b2c3d4-0000-4000-8000-000000000001' },
  },
  masteryScore: 0.8,
  startedAt: Date.UTC(2026, 0, 1, 9, 0, 0),
};
const categories = (s: { context?: { contextActivities?: { category?: readonly { id: string }[] } } }) =>
  (s.context?.contextActivities?.category ?? []).map((c) => c.id);

describe('cmi5 statements', () => {
  it('defined statements: unit, registration, template, categories, score and mastery', () => {
    const score = lmsScore({
      scores: { listen: 4, empathy: 4, honesty: 1, calm: 0 },
      best: { listen: 5, empathy: 5, honesty: 1, calm: 0 },
    });
    const passed = cmi5Statement(session, 'passed', session.startedAt + 61_500, score);
    expect(validate(passed)).toEqual([]);
    expect(passed.object.id).toBe(session.activityId);
    expect(passed.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(passed.context?.registration).toBe(session.registration);
    expect(passed.context?.contextActivities?.grouping).toEqual(session.contextTemplate.contextActivities?.grouping);
    expect(passed.context?.extensions).toEqual({ [SESSION_ID_EXT]: 'f1b2c3d4-0000-4000-8000-000000000001', [MASTERY_SCORE_EXT]: 0.8 });
    expect(categories(passed)).toEqual([CMI5_CATEGORY, MOVE_ON_CATEGORY]);
    expect(passed.result).toEqual({
      score: { scaled: score.scaled, raw: score.raw, min: 0, max: 100 },
      success: true,
      duration: 'PT1M1.5S',
    });
    const completed = cmi5Statement(session, 'completed', session.startedAt + 1000);
    expect(completed.result).toEqual({ completion: true, duration: 'PT1S' });
    expect(completed.context?.extensions).toEqual(session.contextTemplate.extensions);
    const terminated = cmi5Statement(session, 'terminated', session.startedAt + 2000);
    expect(categories(terminated)).toEqual([CMI5_CATEGORY]);
    for (const s of [completed, terminated, cmi5Statement(session, 'failed', session.startedAt, score)]) expect(validate(s)).toEqual([]);
  });

  it('the same session and verb give the same id; another session another', () => {
    const a = cmi5Statement(session, 'completed', 1);
    expect(cmi5Statement(session, 'completed', 2).id).toBe(a.id);
    expect(cmi5Statement(session, 'terminated', 1).id).not.toBe(a.id);
    expect(
      cmi5Statement(
        { ...session, contextTemplate: { ...session.contextTemplate, extensions: { [SESSION_ID_EXT]: 'another' } } },
        'completed',
        1,
      ).id,
    ).not.toBe(a.id);
  });

  it('per-reply statements are allowed statements in the registration, under the unit', () => {
    const s = fixture('tests/fixtures/valid/authoring-example.yaml');
    const { runner } = play(
      s,
      bestPath(s).steps.map((x) => x.choiceId),
    );
    const attempt = attemptFromResult(runner.result(), { id: '0b4a3c55-2d3e-4f60-8a7b-9c0d1e2f3a4b', profileId: 'p', lang: 'ja' });
    const allowed = allowedStatements(attempt, session, 'https://game.example/hot-seat');
    expect(allowed).toHaveLength(attempt.steps.length);
    for (const st of allowed) {
      expect(validate(st)).toEqual([]);
      expect(st.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
      expect(st.actor).toEqual(session.actor);
      expect(st.context?.registration).toBe(session.registration);
      expect(categories(st)).toEqual([]);
      expect(st.context?.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: session.activityId }]);
      expect(st.context?.extensions).toEqual(session.contextTemplate.extensions);
      expect(st.context?.language).toBe('ja');
    }
    expect(allowed.map((x) => x.result?.response)).toEqual(attempt.steps.map((x) => x.choiceId));
    expect(allowed.map((x) => x.result?.success)).toEqual(attempt.steps.map(() => true));
  });
});
