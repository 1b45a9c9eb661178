/**
 * The first AudioContext a browser makes starts its audio output, synchronously: measured at
 * 50–100 ms in a fresh Chromium, about 5 ms for every later one. Made at the learner's first
 * gesture, that cost hides inside a pointer press (the click comes only on release) or slightly
 * delays a key's click, instead of stuttering a conversation when howler makes its own context.
 */

/** Starts the browser's audio output with a throwaway context, unless sound is muted. */
export function warmAudioOutput(muted: boolean, make: () => { close(): Promise<void> } = () => new AudioContext()): void {
  if (muted || typeof AudioContext === 'undefined') return;
  try {
    void make()
      .close()
      .catch(() => undefined);
  } catch {
    // No audio output on this machine: howler finds that out too, and the game plays silent.
  }
}
