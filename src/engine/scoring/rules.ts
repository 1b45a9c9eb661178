/**
 * The rules of play that turn a reply into points and mood (scenario-format.md, "Rules of play").
 */
import type { Scores } from '../scenario/model.ts';
import { MOOD_MAX, MOOD_MIN, PRINCIPLES } from '../scenario/vocabulary.ts';

/** Interrupting a venting line costs this much listening… */
export const INTERRUPT_LISTEN_PENALTY = -1;
/** …and makes the customer this much angrier, on top of the reply's own effects. */
export const INTERRUPT_MOOD_PENALTY = 10;
/** Running out of time makes the customer this much angrier, once per decision. */
export const TIMEOUT_MOOD_PENALTY = 10;

/** Keeps mood within 0–100. */
export function clampMood(mood: number): number {
  return Math.min(MOOD_MAX, Math.max(MOOD_MIN, mood));
}

/** True when the customer has had enough: the contact ends at once as `lost`. */
export function isBoilingOver(mood: number): boolean {
  return mood >= MOOD_MAX;
}

/** Adds two score tables principle by principle. */
export function addScores(a: Scores, b: Scores): Scores {
  return {
    listen: a.listen + b.listen,
    empathy: a.empathy + b.empathy,
    honesty: a.honesty + b.honesty,
    calm: a.calm + b.calm,
  };
}

/** A reply scored below 0 on some principle: a mistake, in the terms of the design warnings. */
export function isMistake(s: Scores): boolean {
  return PRINCIPLES.some((p) => s[p] < 0);
}

/** The sum over the four principles: how good a reply is overall. */
export function totalScore(s: Scores): number {
  return PRINCIPLES.reduce((sum, p) => sum + s[p], 0);
}

export interface ReplyEffect {
  readonly score: Scores;
  readonly moodBefore: number;
  readonly moodAfter: number;
}

/**
 * The effect of one reply: its own score and mood change, plus the interruption penalty when the
 * learner replied while a venting line was still being delivered. Mood is clamped.
 */
export function replyEffect(own: Scores, moodChange: number, moodBefore: number, interrupted: boolean): ReplyEffect {
  const score = interrupted ? { ...own, listen: own.listen + INTERRUPT_LISTEN_PENALTY } : own;
  const delta = moodChange + (interrupted ? INTERRUPT_MOOD_PENALTY : 0);
  return { score, moodBefore, moodAfter: clampMood(moodBefore + delta) };
}

/**
 * The customer's mood once the reply timer has run out on a line: `TIMEOUT_MOOD_PENALTY` more,
 * clamped. The caller applies it once per decision; reaching 100 ends the contact as `lost`.
 */
export function timeoutMood(moodBefore: number): number {
  return clampMood(moodBefore + TIMEOUT_MOOD_PENALTY);
}

export type MoodBand = 'calm' | 'uneasy' | 'annoyed' | 'angry' | 'furious';

/** The word band a mood falls in (0 calm … 100 furious). */
export function moodBand(mood: number): MoodBand {
  if (mood < 20) return 'calm';
  if (mood < 40) return 'uneasy';
  if (mood < 60) return 'annoyed';
  if (mood < 80) return 'angry';
  return 'furious';
}
