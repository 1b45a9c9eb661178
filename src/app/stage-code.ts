/**
 * Fetching the stage's code without running it. A screen without the stage (the menu) only fetches
 * it, so Phaser's start-up (one task of about 200 ms on a slow phone) lands on the brief that needs
 * it rather than on a menu being browsed; the brief starts the stage at once, as it did before.
 */

/** The id of the build's list of files in the page (build/deep-link-preload.ts, `FILES_BLOCK`). */
const FILES_BLOCK = 'deep-link-files';

/**
 * A function that fetches the stage's chunk as a `modulepreload` (fetched and compiled, not run)
 * and settles once it has arrived or failed; undefined when the page names no such chunk (the dev
 * server, which has no list of files).
 */
export function stageCodeFetcher(doc: Document): (() => Promise<void>) | undefined {
  let files: unknown;
  try {
    files = JSON.parse(doc.getElementById(FILES_BLOCK)?.textContent ?? '');
  } catch {
    return undefined;
  }
  const { b: base, g: file } = (files ?? {}) as { b?: unknown; g?: unknown };
  if (typeof base !== 'string' || typeof file !== 'string' || !file) return undefined;
  let fetched: Promise<void> | undefined;
  return () =>
    (fetched ??= new Promise<void>((done) => {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.href = base + file;
      // A failure is the stage's to report when it is started; here it only ends the wait.
      link.addEventListener('load', () => done());
      link.addEventListener('error', () => done());
      doc.head.append(link);
    }));
}
