/**
 * The audio output is started with a throwaway context, and a browser without Web Audio (or one that refuses a context) is left alone without an error.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmAudioOutput } from '../../src/audio/warm-output.ts';

afterEach(() => vi.unstubAllGlobals());

describe('warmAudioOutput', () => {
  it('makes a context and closes it at once', () => {
    vi.stubGlobal('AudioContext', class {});
    const close = vi.fn(async () => {});
    const make = vi.fn(() => ({ close }));
    warmAudioOutput(make);
    expect(make).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalledOnce();
  });

  it('does nothing where there is no Web Audio', () => {
    const make = vi.fn(() => ({ close: async () => {} }));
    vi.stubGlobal('AudioContext', undefined);
    warmAudioOutput(make);
    expect(make).not.toHaveBeenCalled();
  });

  it('survives a browser that refuses the context', () => {
    vi.stubGlobal('AudioContext', class {});
    expect(() =>
      warmAudioOutput(() => {
        throw new DOMException('no audio device', 'NotSupportedError');
      }),
    ).not.toThrow();
  });
});
