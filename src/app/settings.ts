/**
 * The learner's settings, remembered on the device (the model is engine/settings.ts). Unknown or damaged stored values fall back to
 * the defaults one by one rather than breaking the game.
 */
import { DEFAULT_SETTINGS, isLanguage, type KeyValueStore, type Settings } from '../engine/index.ts';

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
