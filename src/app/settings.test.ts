import { describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from './settings.ts';
import { DEFAULT_SETTINGS, replyLimitMs } from '../engine/index.ts';
import type { KeyValueStore } from '../engine/index.ts';

function memory(initial?: string): KeyValueStore {
  const m = new Map<string, string>(initial === undefined ? [] : [['settings', initial]]);
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v) };
}

describe('settings', () => {
  it('round-trips through the store', () => {
    const store = memory();
    const s = {
      ...DEFAULT_SETTINGS,
      textSpeed: 90,
      timer: 'long' as const,
      lang: 'ko' as const,
      volumes: { ...DEFAULT_SETTINGS.volumes, muted: true },
    };
    saveSettings(store, s);
    expect(loadSettings(store)).toEqual(s);
  });
  it('falls back field by field on damaged values', () => {
    const s = loadSettings(memory('{"textSpeed":-4,"timer":"forever","lang":"xx","volumes":{"effects":7,"muted":true}}'));
    expect(s.textSpeed).toBe(DEFAULT_SETTINGS.textSpeed);
    expect(s.timer).toBe('normal');
    expect(s.lang).toBeUndefined();
    expect(s.volumes).toEqual({ ...DEFAULT_SETTINGS.volumes, muted: true });
    expect(loadSettings(memory('not json'))).toEqual(DEFAULT_SETTINGS);
  });
  it('gives less time on harder scenarios, double with the long timer, none when off', () => {
    expect(replyLimitMs(DEFAULT_SETTINGS, 1)).toBeGreaterThan(replyLimitMs(DEFAULT_SETTINGS, 3)!);
    expect(replyLimitMs({ ...DEFAULT_SETTINGS, timer: 'long' }, 2)).toBe(2 * replyLimitMs(DEFAULT_SETTINGS, 2)!);
    expect(replyLimitMs({ ...DEFAULT_SETTINGS, timer: 'off' }, 2)).toBeUndefined();
  });
});
