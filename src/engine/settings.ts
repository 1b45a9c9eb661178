/**
 * The learner's settings as data: text speed, reply timer, motion, volumes and language. Pure, so
 * every presenter (screens, sound, stage) and the app share one model; remembering them on the
 * device is the app's (app/settings.ts).
 */
import type { Difficulty, Language } from './scenario/vocabulary.ts';

export type TimerSetting = 'off' | 'long' | 'normal';
export type MotionSetting = 'system' | 'reduce' | 'full';

export interface Volumes {
  readonly effects: number;
  readonly ambience: number;
  readonly voice: number;
  readonly muted: boolean;
}

export interface Settings {
  /** Characters per second of a delivered line; 0 shows lines at once. */
  readonly textSpeed: number;
  readonly timer: TimerSetting;
  readonly motion: MotionSetting;
  readonly volumes: Volumes;
  readonly lang?: Language;
}

export const TEXT_SPEEDS = { slow: 20, normal: 45, fast: 90, instant: 0 } as const;

export const DEFAULT_SETTINGS: Settings = {
  textSpeed: TEXT_SPEEDS.normal,
  timer: 'normal',
  motion: 'system',
  volumes: { effects: 0.8, ambience: 0.4, voice: 1, muted: false },
};

/** Seconds to reply before a reply counts as late, by difficulty; `long` doubles them. */
const REPLY_SECONDS: Record<Difficulty, number> = { 1: 30, 2: 20, 3: 15 };

export function replyLimitMs(settings: Settings, difficulty: Difficulty): number | undefined {
  if (settings.timer === 'off') return undefined;
  return REPLY_SECONDS[difficulty] * 1000 * (settings.timer === 'long' ? 2 : 1);
}

/** Whether motion should be reduced: the learner's choice, else the system's. */
export function prefersReducedMotion(settings: Settings, systemPrefers: boolean): boolean {
  return settings.motion === 'reduce' || (settings.motion === 'system' && systemPrefers);
}
