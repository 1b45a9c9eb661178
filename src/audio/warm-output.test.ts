/**
 * The audio output is started by asking for the devices, which never holds the page and never
 * fails the game: whatever the browser answers, or if it never answers, the contexts made after
 * it go ahead.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAudioOutput, warmAudioOutput } from './warm-output.ts';

const settled = async (p: Promise<void>) => {
  let done = false;
  p.then(() => (done = true)).catch(() => undefined);
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('startAudioOutput', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('settles once the browser has listed its devices, not before', async () => {
    vi.useFakeTimers();
    let answer: (list: MediaDeviceInfo[]) => void = () => undefined;
    const enumerateDevices = vi.fn(() => new Promise<MediaDeviceInfo[]>((r) => (answer = r)));
    const started = startAudioOutput({ enumerateDevices });
    expect(await settled(started)).toBe(false);
    expect(enumerateDevices).toHaveBeenCalledOnce();
    answer([]);
    expect(await settled(started)).toBe(true);
  });

  it('settles when the browser refuses the list or throws', async () => {
    await expect(
      startAudioOutput({ enumerateDevices: () => Promise.reject(new DOMException('no', 'NotAllowedError')) }),
    ).resolves.toBeUndefined();
    await expect(
      startAudioOutput({
        enumerateDevices: () => {
          throw new TypeError('not here');
        },
      }),
    ).resolves.toBeUndefined();
  });

  it('settles at once where devices cannot be asked for', async () => {
    vi.useFakeTimers();
    expect(await settled(startAudioOutput(undefined))).toBe(true);
  });

  it('gives up waiting after the timeout, so sound is never held back for good', async () => {
    vi.useFakeTimers();
    const started = startAudioOutput({ enumerateDevices: () => new Promise<MediaDeviceInfo[]>(() => undefined) }, 2000);
    await vi.advanceTimersByTimeAsync(1999);
    expect(await settled(started)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(started)).toBe(true);
  });
});

describe('warmAudioOutput', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes and closes one throwaway context, and survives a machine with no output', () => {
    vi.stubGlobal('AudioContext', class {});
    const close = vi.fn(() => Promise.resolve());
    warmAudioOutput(() => ({ close }));
    expect(close).toHaveBeenCalledOnce();
    expect(() =>
      warmAudioOutput(() => {
        throw new DOMException('no device', 'NotSupportedError');
      }),
    ).not.toThrow();
  });
});
