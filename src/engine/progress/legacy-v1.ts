/**
 * Attempt records as version 1 of the game wrote them, frozen here so old databases and export
 * files stay readable. Version 1 predates holds and the best-reply analysis: it had no `hold` on
 * steps and no `holds` count, no `bestChoiceId`, called the language `language`, and stored no
 * `durationMs`. Do not edit this shape: add a new version and a migration instead.
 */
import { z } from '../zod.ts';
import type { Scores } from '../scenario/model.ts';
import type { Ending, Language } from '../scenario/vocabulary.ts';
import type { AttemptRecord } from './records.ts';
import { count, endedBySchema, endingSchema, epochMs, languageSchema, mood, recordId, scenarioId, scoresSchema } from './schemas.ts';

export interface AttemptStepV1 {
  readonly nodeId: string;
  readonly choiceId: string;
  readonly score: Scores;
  readonly moodBefore: number;
  readonly moodAfter: number;
  readonly interrupted: boolean;
  readonly late: boolean;
  readonly elapsedMs: number;
  readonly at: number;
}

export interface AttemptRecordV1 {
  readonly v: 1;
  readonly id: string;
  readonly profileId: string;
  readonly scenarioId: string;
  readonly language: Language;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly ending: Ending;
  readonly endedBy: 'node' | 'mood';
  readonly scores: Scores;
  readonly best: Scores;
  readonly steps: readonly AttemptStepV1[];
  readonly interruptions: number;
  readonly lateReplies: number;
}

// Lenient (z.object drops unknown keys): version 1 wrote a few debugging fields we no longer read.
export const attemptV1Schema: z.ZodType<AttemptRecordV1> = z.object({
  v: z.literal(1),
  id: recordId,
  profileId: recordId,
  scenarioId,
  language: languageSchema,
  startedAt: epochMs,
  endedAt: epochMs,
  ending: endingSchema,
  endedBy: endedBySchema,
  scores: scoresSchema,
  best: scoresSchema,
  steps: z.array(
    z.object({
      nodeId: scenarioId,
      choiceId: scenarioId,
      score: scoresSchema,
      moodBefore: mood,
      moodAfter: mood,
      interrupted: z.boolean(),
      late: z.boolean(),
      elapsedMs: z.number(),
      at: epochMs,
    }),
  ),
  interruptions: count,
  lateReplies: count,
});

/**
 * Version 1 → 2. Pure and total on a valid v1 record. Nobody could put a caller on hold in
 * version 1, so `hold` is false and `holds` 0; the best reply was never stored, so
 * `bestChoiceId` is null (unknown), not a guess; the duration is derived from the two times.
 */
export function attemptV1ToV2(r: AttemptRecordV1): AttemptRecord {
  return {
    v: 2,
    id: r.id,
    profileId: r.profileId,
    scenarioId: r.scenarioId,
    lang: r.language,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    durationMs: Math.max(0, r.endedAt - r.startedAt),
    ending: r.ending,
    endedBy: r.endedBy,
    scores: r.scores,
    best: r.best,
    steps: r.steps.map((s) => ({ ...s, bestChoiceId: null, hold: false })),
    interruptions: r.interruptions,
    lateReplies: r.lateReplies,
    holds: 0,
  };
}
