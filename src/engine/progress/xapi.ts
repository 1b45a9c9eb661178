/**
 * Attempts as xAPI statements for a learning record store: one `answered` per reply, one
 * `completed` per attempt. Every id is derived from the attempt id, so resending is idempotent.
 */
import { PRINCIPLES } from '../scenario/vocabulary.ts';
import { totalScore } from '../scoring/rules.ts';
import type { AttemptRecord, AttemptStep } from './records.ts';
import { uuidV5 } from './uuid.ts';
import {
  ACTIVITY_COURSE,
  ACTIVITY_INTERACTION,
  ACTIVITY_SIMULATION,
  VERB_ANSWERED,
  VERB_COMPLETED,
  type XapiAccount,
  type XapiActivity,
  type XapiAgent,
  type XapiContext,
  type XapiStatement,
} from './xapi-types.ts';

const IRI = /^[a-z][a-z0-9+.-]*:[^\s\p{Cc}<>"{}|\\^`]+$/iu;

/** True for an absolute IRI (RFC 3987): a scheme, a colon, and no spaces or forbidden characters. */
export function isAbsoluteIri(value: unknown): value is string {
  return typeof value === 'string' && IRI.test(value);
}

/**
 * The statements for these attempts, in order: for each attempt its `answered` statements (one
 * per reply, in order) then its `completed` statement. `base` is an absolute IRI without query
 * or fragment (a trailing slash is dropped); every activity, and every extension key as
 * `${base}/xapi/ext/<name>`, lives under it. Without `actor.account`, the account is
 * `{ homePage: base, name: attempt.profileId }`. Pure; throws TypeError for an unusable base.
 */
export function toXapi(
  attempts: readonly AttemptRecord[],
  actor: { readonly name: string; readonly account?: XapiAccount },
  base: string,
): XapiStatement[] {
  const root = base.replace(/\/+$/, '');
  if (!isAbsoluteIri(root) || /[?#]/.test(root))
    throw new TypeError(`xAPI base must be an absolute IRI without query or fragment: '${base}'`);
  return attempts.flatMap((a) => {
    const agent: XapiAgent = { objectType: 'Agent', name: actor.name, account: actor.account ?? { homePage: root, name: a.profileId } };
    const scenario: XapiActivity = {
      objectType: 'Activity',
      id: `${root}/scenarios/${encodeURIComponent(a.scenarioId)}`,
      definition: { type: ACTIVITY_SIMULATION },
    };
    const context: XapiContext = { registration: uuidV5(`${a.id}#registration`), platform: 'Hot Seat', language: a.lang };
    const answered = a.steps.map((s, i): XapiStatement => ({
      id: uuidV5(`${a.id}#answered#${i}`),
      actor: agent,
      verb: { id: VERB_ANSWERED, display: { 'en-US': 'answered' } },
      object: {
        objectType: 'Activity',
        id: `${scenario.id}/decisions/${encodeURIComponent(s.nodeId)}`,
        definition: { type: ACTIVITY_INTERACTION, interactionType: 'choice' },
      },
      result: {
        response: s.choiceId,
        ...(s.bestChoiceId === null ? {} : { success: s.choiceId === s.bestChoiceId }),
        duration: isoDuration(s.elapsedMs),
        extensions: stepExtensions(root, s),
      },
      context: { ...context, contextActivities: { parent: [scenario] } },
      timestamp: new Date(s.at).toISOString(),
    }));
    const best = totalScore(a.best);
    const raw = totalScore(a.scores);
    const completed: XapiStatement = {
      id: uuidV5(`${a.id}#completed`),
      actor: agent,
      verb: { id: VERB_COMPLETED, display: { 'en-US': 'completed' } },
      object: scenario,
      result: {
        // The record keeps no worst path: min mirrors the best total (0 - x: never -0), widened so raw fits.
        score: {
          raw,
          min: Math.min(raw, 0 - Math.abs(best)),
          max: Math.max(raw, best),
          ...(best > 0 ? { scaled: round(Math.max(-1, Math.min(1, raw / best))) } : {}),
        },
        completion: true,
        duration: isoDuration(a.durationMs),
        extensions: {
          ...Object.fromEntries(PRINCIPLES.map((p) => [ext(root, p), a.scores[p]])),
          [ext(root, 'ending')]: a.ending,
          [ext(root, 'ended-by')]: a.endedBy,
          [ext(root, 'interruptions')]: a.interruptions,
          [ext(root, 'late-replies')]: a.lateReplies,
          [ext(root, 'holds')]: a.holds,
        },
      },
      context: {
        ...context,
        contextActivities: { grouping: [{ objectType: 'Activity', id: root, definition: { type: ACTIVITY_COURSE } }] },
      },
      timestamp: new Date(a.endedAt).toISOString(),
    };
    return [...answered, completed];
  });
}

/** The extension IRI for `name` under `base`. */
export function ext(base: string, name: string): string {
  return `${base}/xapi/ext/${name}`;
}

function stepExtensions(root: string, s: AttemptStep): Record<string, unknown> {
  return {
    ...Object.fromEntries(PRINCIPLES.map((p) => [ext(root, p), s.score[p]])),
    [ext(root, 'mood-before')]: s.moodBefore,
    [ext(root, 'mood-after')]: s.moodAfter,
    [ext(root, 'interrupted')]: s.interrupted,
    [ext(root, 'late')]: s.late,
    [ext(root, 'hold')]: s.hold,
  };
}

/** Milliseconds as an ISO 8601 duration to the hundredth of a second (xAPI's precision): PT1H2M3.45S. */
export function isoDuration(ms: number): string {
  const cs = Math.round(Math.max(0, ms) / 10);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
