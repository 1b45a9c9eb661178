/**
 * The first Intl object a page makes starts the browser's ICU library: 150–225 ms of one task on
 * a phone (Chromium at 4× CPU slowdown), however small the formatter. A deep link whose Start is
 * pressed at once paid it inside the conversation's first frame; a learner who read the brief
 * paid it in an idle moment, still one long task. ICU's start-up is shared by every thread of
 * the page's process, so a worker that makes the formatters first pays it on a thread of its
 * own: the page's first formatter then costs about a millisecond.
 */

/** Makes a worker; `name` is the language it warms. */
export type SpawnWorker = (name: string) => Pick<Worker, 'addEventListener'>;

const spawnIntlWorker: SpawnWorker = (name) => new Worker(new URL('./intl-warm-worker.ts', import.meta.url), { name });

/** How long the page waits for the worker before making its own formatters anyway (ms). */
export const INTL_WARM_WAIT_MS = 5000;

/**
 * Starts ICU, and the formatters of `lang`, on a worker thread. Best effort: where workers are
 * missing or the worker cannot load (offline before the cache has it), the page makes its
 * formatters itself, as it would without this. Never throws, and an error inside the worker is
 * not reported as the page's own.
 *
 * Resolves (never rejects) once the worker has made its formatters, has failed, or could not
 * start, or after `waitMs` whatever it does: the page's own warm-up waits for it, since a
 * formatter made while the worker is still starting ICU pays for ICU on the page's thread.
 */
export function warmIntlOffThread(
  lang: string,
  spawn: SpawnWorker = spawnIntlWorker,
  after: (ms: number, fn: () => void) => void = (ms, fn) => void setTimeout(fn, ms),
  waitMs = INTL_WARM_WAIT_MS,
): Promise<void> {
  if (typeof Worker === 'undefined') return Promise.resolve();
  return new Promise((done) => {
    try {
      const worker = spawn(lang);
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        done();
      });
      worker.addEventListener('message', () => done());
      after(waitMs, done);
    } catch {
      // A browser that refuses the worker (a stricter policy): the warmers on the page still run.
      done();
    }
  });
}
