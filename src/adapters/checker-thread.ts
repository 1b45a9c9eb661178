/**
 * Runs the scenario checker in a Web Worker (checker-worker.ts), one per check, so the page stays
 * answering however long a file takes; the worker is ended when it answers. Where the browser
 * cannot start a module worker, the check runs on the page instead, with the same result.
 */
import type { CheckAnswer, CheckRequest } from './checker-worker.ts';

type Reply = { ok: CheckAnswer } | { error: string };

/** Checks `request` off the page's thread. */
export async function checkOffThread(request: CheckRequest): Promise<CheckAnswer> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./checker-worker.ts', import.meta.url), { type: 'module', name: 'scenario-checker' });
  } catch {
    return (await import('./checker-worker.ts')).answer(request);
  }
  try {
    return await new Promise<CheckAnswer>((resolve, reject) => {
      worker.addEventListener('message', (e: MessageEvent<Reply>) =>
        'ok' in e.data ? resolve(e.data.ok) : reject(new Error(e.data.error)),
      );
      worker.addEventListener('error', (e) => reject(new Error(e.message || 'the checker stopped')));
      worker.addEventListener('messageerror', () => reject(new Error('the checker sent an unreadable answer')));
      // The bytes are copied, not moved: the caller keeps the file to show and to keep.
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
