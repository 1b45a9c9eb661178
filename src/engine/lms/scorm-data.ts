/**
 * What a SCO writes to its LMS, as SCORM data-model element/value pairs in the order they must be
 * set (an interaction's id and type before its response). One table per version keeps the
 * element names of SCORM 1.2 and SCORM 2004 (4th edition) side by side.
 */
import type { Language } from '../scenario/vocabulary.ts';
import type { LmsScore, ObjectiveScore } from './score.ts';
import { cmiTime, cmiTimespan, scormDuration, scormTimestamp } from './time-formats.ts';

export type ScormVersion = '1.2' | '2004';
/** One `SetValue(element, value)`. */
export type CmiWrite = readonly [element: string, value: string];

/** The element names that differ between the versions. */
export const CMI: Readonly<Record<ScormVersion, Readonly<Record<string, string>>>> = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    entry: 'cmi.core.entry',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    score: 'cmi.core.score',
    suspend: 'cmi.suspend_data',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    language: 'cmi.student_preference.language',
    audio: 'cmi.student_preference.audio',
    mastery: 'cmi.student_data.mastery_score',
    mode: 'cmi.core.lesson_mode',
  },
  '2004': {
    status: 'cmi.completion_status',
    entry: 'cmi.entry',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    score: 'cmi.score',
    suspend: 'cmi.suspend_data',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    language: 'cmi.learner_preference.language',
    audio: 'cmi.learner_preference.audio_level',
    mastery: 'cmi.scaled_passing_score',
    mode: 'cmi.mode',
  },
};

/** The most suspend data each version lets a SCO keep (SCORM 1.2: 4,096; 2004 3rd/4th ed.: 64,000). */
export const SUSPEND_LIMIT: Readonly<Record<ScormVersion, number>> = { '1.2': 4096, '2004': 64000 };

/**
 * The writes that report a finished conversation: completion and success, the score (raw 0–100
 * with min and max; scaled too in 2004) and one objective per principle. `objectiveIndex` gives
 * the index of an objective id in `cmi.objectives` (an existing one, or the next free one). Pure.
 */
export function resultWrites(
  version: ScormVersion,
  score: LmsScore,
  objectives: readonly ObjectiveScore[],
  objectiveIndex: (id: string) => number,
): CmiWrite[] {
  const status = score.passed ? 'passed' : 'failed';
  const writes: CmiWrite[] =
    version === '1.2'
      ? [['cmi.core.lesson_status', status], ...scoreWrites(version, 'cmi.core.score', score)]
      : [
          ['cmi.completion_status', 'completed'],
          ['cmi.success_status', status],
          ['cmi.progress_measure', '1'],
          ...scoreWrites(version, 'cmi.score', score),
        ];
  for (const o of objectives) {
    const at = `cmi.objectives.${objectiveIndex(o.principle)}`;
    writes.push([`${at}.id`, o.principle]);
    if (o.score) writes.push(...scoreWrites(version, `${at}.score`, o.score));
    const passed = o.score ? (o.score.passed ? 'passed' : 'failed') : undefined;
    if (version === '1.2') writes.push([`${at}.status`, passed ?? 'completed']);
    else writes.push([`${at}.success_status`, passed ?? 'unknown'], [`${at}.completion_status`, 'completed']);
  }
  return writes;
}

function scoreWrites(version: ScormVersion, at: string, s: LmsScore): CmiWrite[] {
  const common: CmiWrite[] = [
    [`${at}.raw`, String(s.raw)],
    [`${at}.min`, String(s.min)],
    [`${at}.max`, String(s.max)],
  ];
  return version === '2004' ? [[`${at}.scaled`, String(s.scaled)], ...common] : common;
}

/** One reply, as an interaction. */
export interface ReplyRecord {
  readonly nodeId: string;
  readonly choiceId: string;
  /** The best path's reply from that line and mood. */
  readonly bestChoiceId: string;
  /** When the reply was given (epoch ms) and how long it took from the line appearing. */
  readonly at: number;
  readonly elapsedMs: number;
  /** The customer's line, in the language played (2004 keeps it as the description). */
  readonly line?: string;
  readonly lang: Language;
}

/**
 * The writes recording reply `r` as interaction number `n`: the decision (its node id), type
 * `choice`, the reply chosen, the best path's reply as the correct response, the result (correct
 * when they are the same), when and how long it took. Pure.
 */
export function replyWrites(version: ScormVersion, n: number, r: ReplyRecord): CmiWrite[] {
  const at = `cmi.interactions.${n}`;
  const correct = r.choiceId === r.bestChoiceId;
  if (version === '1.2') {
    return [
      [`${at}.id`, r.nodeId],
      [`${at}.type`, 'choice'],
      [`${at}.time`, cmiTime(r.at)],
      [`${at}.correct_responses.0.pattern`, r.bestChoiceId],
      [`${at}.student_response`, r.choiceId],
      [`${at}.result`, correct ? 'correct' : 'wrong'],
      [`${at}.latency`, cmiTimespan(r.elapsedMs)],
    ];
  }
  return [
    [`${at}.id`, r.nodeId],
    [`${at}.type`, 'choice'],
    [`${at}.timestamp`, scormTimestamp(r.at)],
    [`${at}.correct_responses.0.pattern`, r.bestChoiceId],
    [`${at}.learner_response`, r.choiceId],
    [`${at}.result`, correct ? 'correct' : 'incorrect'],
    [`${at}.latency`, scormDuration(r.elapsedMs)],
    ...(r.line ? [[`${at}.description`, `{lang=${r.lang}}${truncate(r.line, 250)}`] as CmiWrite] : []),
  ];
}

/** The session's length in the version's own syntax. Pure. */
export function sessionTimeWrite(version: ScormVersion, ms: number): CmiWrite {
  return [CMI[version]['sessionTime']!, version === '1.2' ? cmiTimespan(ms) : scormDuration(ms)];
}

/** At most `max` characters (whole code points), with an ellipsis when cut. */
function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
