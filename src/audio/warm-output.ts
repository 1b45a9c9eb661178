/**
 * The first AudioContext a browser makes starts its audio output, synchronously: measured at
 * 145–320 ms of the page's thread in a fresh Chromium, about 5 ms for every later one, with or
 * without a gesture. Asking for the list of audio devices starts the output too, but
 * asynchronously: 350–520 ms of waiting with no long task, after which the first context takes
 * 10–18 ms. A context made while that answer is still coming costs the full price, so the game
 * asks at once and makes its throwaway context (and howler its own) only once the answer has come.
 * Muted too: howler makes its context on the first gesture either way.
 */

/** How long to wait for the devices' answer at most: a browser that never answers delays sound by no more. */
export const OUTPUT_START_TIMEOUT_MS = 2000;

/**
 * Asks the browser for its audio devices, which starts its audio output off the page's thread.
 * Resolves once it has answered, at once where it cannot be asked (no `mediaDevices`: a page not
 * served securely), or after `timeoutMs`; never rejects.
 */
export function startAudioOutput(
  devices: Pick<MediaDevices, 'enumerateDevices'> | undefined = globalThis.navigator?.mediaDevices,
  timeoutMs = OUTPUT_START_TIMEOUT_MS,
): Promise<void> {
  if (typeof devices?.enumerateDevices !== 'function') return Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answered = Promise.resolve()
    .then(() => devices.enumerateDevices())
    .then(
      () => undefined,
      () => undefined, // Refused (a frame without the permission): the context pays, as before.
    );
  const late = new Promise<void>((done) => (timer = setTimeout(done, timeoutMs)));
  return Promise.race([answered, late]).finally(() => clearTimeout(timer));
}

/** Starts the browser's audio output with a throwaway context (cheap once `startAudioOutput` has settled). */
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
