/**
 * The shapes of stored progress records as zod schemas: what `migrate.ts`, imports and the stores
 * accept. Records are strict (an unknown key is refused), so a file cannot smuggle data through a
 * round trip, and every number is finite and every time a date JavaScript can represent.
 */
import { z } from '../zod.ts';
import { ENDINGS, ID_PATTERN, LANGUAGES, MOOD_MAX, MOOD_MIN, PRINCIPLES } from '../scenario/vocabulary.ts';
import { MAX_NODES, MAX_REPLY_SCORE, MIN_REPLY_SCORE } from '../scenario/limits.ts';
import { ATTEMPT_VERSION, DRAFT_VERSION } from './records.ts';

/** The largest time `Date` accepts (ms either side of 1970). */
const MAX_TIME = 8.64e15;

/** Ids made by the game (UUIDs) or by hand: short, printable. */
export const recordId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]+$/u, 'control characters are not allowed');
/** Scenario, node and choice ids follow the scenario format, so they are safe inside IRIs. */
export const scenarioId = z.string().regex(ID_PATTERN, 'expected a lower-case kebab-case id');
export const epochMs = z.number().min(0).max(MAX_TIME);
export const count = z.int().min(0);
export const mood = z.number().min(MOOD_MIN).max(MOOD_MAX);
/** Scores of `n` replies at most, each within what one reply can score (−4…3). */
const scoresWithin = (n: number) =>
  z.strictObject(
    Object.fromEntries(
      PRINCIPLES.map((p) => [
        p,
        z
          .int()
          .min(MIN_REPLY_SCORE * n)
          .max(MAX_REPLY_SCORE * n),
      ]),
    ) as Record<(typeof PRINCIPLES)[number], z.ZodInt>,
  );
/** A conversation's scores: as many replies as a scenario can have nodes. */
export const scoresSchema = scoresWithin(MAX_NODES);
/** The longest a reply can be waited for that the game records (a week; the reply timer can be off). */
const MAX_WAIT_MS = 7 * 24 * 3600 * 1000;
export const languageSchema = z.enum(LANGUAGES);
export const endingSchema = z.enum(ENDINGS);
export const endedBySchema = z.enum(['node', 'mood']);

export const stepSchema = z.strictObject({
  nodeId: scenarioId,
  choiceId: scenarioId,
  /**
   * The reply that would have led to the best total from that line and mood; `null` when it is
   * not known (records migrated from version 1 never stored it).
   */
  bestChoiceId: scenarioId.nullable(),
  /** What the reply actually scored, interruption penalty included. */
  score: scoresWithin(1),
  moodBefore: mood,
  moodAfter: mood,
  interrupted: z.boolean(),
  late: z.boolean(),
  hold: z.boolean(),
  /** Time from the line appearing to the reply (ms). */
  elapsedMs: z.number().min(0).max(MAX_WAIT_MS),
  /** Time of the reply (epoch ms). */
  at: epochMs,
});

/**
 * A current-version attempt record, holding only what the game itself can write: times in order,
 * `durationMs` their difference, scores within what the replies allow, at most `MAX_NODES`
 * replies, and counts that match the replies.
 */
export const attemptSchema = z
  .strictObject({
    v: z.literal(ATTEMPT_VERSION),
    id: recordId,
    profileId: recordId,
    scenarioId,
    /** The language the learner played in. */
    lang: languageSchema,
    startedAt: epochMs,
    endedAt: epochMs,
    /** endedAt − startedAt. */
    durationMs: z.number().min(0).max(MAX_TIME),
    ending: endingSchema,
    endedBy: endedBySchema,
    scores: scoresSchema,
    /** For each principle, the best any path through the scenario allowed. */
    best: scoresSchema,
    steps: z.array(stepSchema).max(MAX_NODES),
    interruptions: count,
    lateReplies: count,
    holds: count,
  })
  .superRefine((a, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (a.endedAt < a.startedAt) issue('endedAt', 'is before startedAt');
    else if (a.durationMs !== a.endedAt - a.startedAt) issue('durationMs', 'must be endedAt − startedAt');
    for (const [field, flag] of [
      ['interruptions', 'interrupted'],
      ['lateReplies', 'late'],
      ['holds', 'hold'],
    ] as const) {
      if (a[field] > a.steps.length || (a.steps.length > 0 && a[field] !== a.steps.filter((s) => s[flag]).length))
        issue(field, `does not match the replies (${a.steps.length})`);
    }
  });

export const profileSchema = z.strictObject({
  id: recordId,
  name: z.string().min(1).max(200),
  createdAt: epochMs,
});

const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('start'),
    at: epochMs,
    seed: z
      .int()
      .min(0)
      .max(2 ** 32 - 1),
  }),
  z.strictObject({ type: z.literal('present'), at: epochMs }),
  z.strictObject({ type: z.literal('delivered'), at: epochMs }),
  z.strictObject({ type: z.literal('choose'), at: epochMs, choiceId: scenarioId }),
  z.strictObject({ type: z.literal('expire'), at: epochMs }),
]);

/** A draft as saved before drafts carried a version and fingerprint (read by `checkDraft`). */
export const draftV1Schema = z.strictObject({
  profileId: recordId,
  scenarioId,
  lang: languageSchema,
  actions: z.array(actionSchema),
  savedAt: epochMs,
});

export const draftSchema = draftV1Schema.extend({
  v: z.literal(DRAFT_VERSION),
  /**
   * The `scenarioFingerprint` of the scenario it was played on: only a different fingerprint
   * means the scenario changed. `null` for a draft saved before drafts carried one.
   */
  fingerprint: z.string().min(1).max(100).nullable(),
});

/**
 * A short, readable account of why a value failed a schema: at most three issues, each as
 * `path: message` (the path in dots, `(record)` for the value itself).
 */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.length ? i.path.map(String).join('.') : '(record)'}: ${i.message}`);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}
