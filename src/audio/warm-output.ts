/**
 * The first AudioContext a browser makes starts its audio output, synchronously: measured at
 * 50–250 ms in a fresh Chromium, about 5 ms for every later one. It costs the same before a
 * gesture (the context is then only suspended), so the game pays it while the learner reads the
 * menu or the brief, instead of in a conversation when howler makes its own context. Muted too:
 * howler makes its context on the first gesture either way.
 */

/** Starts the browser's audio output with a throwaway context. */
export function warmAudioOutput(make: () => { close(): Promise<void> } = () => new AudioContext()): void {
  if (typeof AudioContext === 'undefined') return;
  try {
    void make()
      .close()
      .catch(() => undefined);
  } catch {
    // No audio output on this machine: howler finds that out too, and the game plays silent.
  }
}
