/**
 * The learner's settings, remembered on the device. Unknown or damaged stored values fall back to
 * the defaults rather than breaking the game.
 */
import { isLanguage, type Language } from '../engine/index.ts';
import type { KeyValueStore } from './ports.ts';

export interface Settings {
  /** Characters per second of a delivered line; 0 shows lines at once. */
  readonly textSpeed: number;
  readonly lang?: Language;
}

export const DEFAULT_SETTINGS: Settings = { textSpeed: 45 };

const KEY = 'settings';

export function loadSettings(store: KeyValueStore): Settings {
  try {
    const raw: unknown = JSON.parse(store.get(KEY) ?? '{}');
    const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const speed = typeof obj['textSpeed'] === 'number' && obj['textSpeed'] >= 0 && obj['textSpeed'] <= 1000 ? obj['textSpeed'] : DEFAULT_SETTINGS.textSpeed;
    return { textSpeed: speed, ...(isLanguage(obj['lang']) ? { lang: obj['lang'] } : {}) };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(store: KeyValueStore, settings: Settings): void {
  store.set(KEY, JSON.stringify(settings));
}
