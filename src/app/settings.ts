/**
 * The learner's settings, remembered on the device. Unknown or damaged stored values fall back to
 * the defaults one by one rather than breaking the game.
 */
import { isLanguage, type Difficulty, type Language } from '../engine/index.ts';
import type { KeyValueStore } from './ports.ts';

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

const KEY = 'settings';

const oneOf = <T extends string>(v: unknown, options: readonly T[], fallback: T): T => (options.includes(v as T) ? (v as T) : fallback);
const unit = (v: unknown, fallback: number) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : fallback);

export function loadSettings(store: KeyValueStore): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(store.get(KEY) ?? '{}');
  } catch {
    raw = {};
  }
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const v = typeof o['volumes'] === 'object' && o['volumes'] !== null ? (o['volumes'] as Record<string, unknown>) : {};
  const d = DEFAULT_SETTINGS;
  return {
    textSpeed: typeof o['textSpeed'] === 'number' && o['textSpeed'] >= 0 && o['textSpeed'] <= 1000 ? o['textSpeed'] : d.textSpeed,
    timer: oneOf(o['timer'], ['off', 'long', 'normal'], d.timer),
    motion: oneOf(o['motion'], ['system', 'reduce', 'full'], d.motion),
    volumes: {
      effects: unit(v['effects'], d.volumes.effects),
      ambience: unit(v['ambience'], d.volumes.ambience),
      voice: unit(v['voice'], d.volumes.voice),
      muted: typeof v['muted'] === 'boolean' ? v['muted'] : d.volumes.muted,
    },
    ...(isLanguage(o['lang']) ? { lang: o['lang'] } : {}),
  };
}

export function saveSettings(store: KeyValueStore, settings: Settings): void {
  store.set(KEY, JSON.stringify(settings));
}

/** Whether motion should be reduced: the learner's choice, else the system's. */
export function prefersReducedMotion(settings: Settings, systemPrefers: boolean): boolean {
  return settings.motion === 'reduce' || (settings.motion === 'system' && systemPrefers);
}
