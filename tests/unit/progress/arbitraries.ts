/**
 * fast-check generators of valid current-version progress records, for round-trip properties.
 */
import fc from 'fast-check';
import { ENDINGS, LANGUAGES, type Scores } from '../../../src/engine/index.ts';
import type { AttemptRecord, AttemptStep, Profile } from '../../../src/engine/progress/index.ts';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/);
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const mood = fc.integer({ min: 0, max: 100 });
const points = fc.integer({ min: -9, max: 9 });
const replyPoints = fc.integer({ min: -4, max: 3 });
const scores: fc.Arbitrary<Scores> = fc.record({ listen: points, empathy: points, honesty: points, calm: points });

const step: fc.Arbitrary<AttemptStep> = fc.record({
  nodeId: id,
  choiceId: id,
  bestChoiceId: fc.option(id, { nil: null }),
  score: fc.record({ listen: replyPoints, empathy: replyPoints, honesty: replyPoints, calm: replyPoints }),
  moodBefore: mood,
  moodAfter: mood,
  interrupted: fc.boolean(),
  late: fc.boolean(),
  hold: fc.boolean(),
  elapsedMs: fc.integer({ min: 0, max: 600_000 }),
  at: time,
});

export const profileArb: fc.Arbitrary<Profile> = fc.record({
  id: fc.uuid(),
  name: fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
  createdAt: time,
});

/** An attempt belonging to one of `profileIds`. */
export function attemptArb(profileIds: readonly string[]): fc.Arbitrary<AttemptRecord> {
  return (
    fc
      .record({
        v: fc.constant(2 as const),
        id: fc.uuid(),
        profileId: fc.constantFrom(...profileIds),
        scenarioId: id,
        lang: fc.constantFrom(...LANGUAGES),
        startedAt: time,
        durationMs: fc.integer({ min: 0, max: 3_600_000 }),
        ending: fc.constantFrom(...ENDINGS),
        endedBy: fc.constantFrom('node' as const, 'mood' as const),
        scores,
        best: scores,
        steps: fc.array(step, { maxLength: 8 }),
      })
      // As the game writes them: the end after the start, the counts those of the replies.
      .map((a) => ({
        ...a,
        endedAt: a.startedAt + a.durationMs,
        interruptions: a.steps.filter((s) => s.interrupted).length,
        lateReplies: a.steps.filter((s) => s.late).length,
        holds: a.steps.filter((s) => s.hold).length,
      }))
  );
}

/** Profiles with distinct ids and attempts with distinct ids that all belong to them. */
export const progressArb = fc
  .uniqueArray(profileArb, { minLength: 1, maxLength: 4, selector: (p) => p.id })
  .chain((profiles) =>
    fc.tuple(fc.constant(profiles), fc.uniqueArray(attemptArb(profiles.map((p) => p.id)), { maxLength: 12, selector: (a) => a.id })),
  );
