/**
 * The audio output is started with a throwaway context on the first press, unless muted, and a
 * browser without Web Audio (or one that refuses a context) is left alone without an error.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmAudioOutput } from '../../src/audio/warm-output.ts';

afterEach(() => vi.unstubAllGlobals());

describe('warmAudioOutput', () => {
  it('makes a context and closes it at once', () => {
    vi.stubGlobal('AudioContext', class {});
    const close = vi.fn(async () => {});
    const make = vi.fn(() => ({ close }));
    warmAudioOutput(false, make);
    expect(make).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalledOnce();
  });

  it('does nothing when muted, or where there is no Web Audio', () => {
    const make = vi.fn(() => ({ close: async () => {} }));
    vi.stubGlobal('AudioContext', class {});
    warmAudioOutput(true, make);
    vi.stubGlobal('AudioContext', undefined);
    warmAudioOutput(false, make);
    expect(make).not.toHaveBeenCalled();
  });

  it('survives a browser that refuses the context', () => {
    vi.stubGlobal('AudioContext', class {});
    expect(() =>
      warmAudioOutput(false, () => {
        throw new DOMException('no audio device', 'NotSupportedError');
      }),
    ).not.toThrow();
  });
});
