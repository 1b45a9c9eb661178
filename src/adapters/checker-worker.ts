/**
 * The scenario checker on its own thread: the page posts a file's bytes and gets back the same
 * result `loadScenarioBytes` gives, so a large or broken file never holds up the tab. Voice files
 * are answered from the paths the page says exist; with `collect`, every voice path asked about
 * is taken to exist and sent back, so the page can find out which do and ask again.
 */
import { idFromFileName, loadScenarioBytes, type LoadResult } from '../engine/authoring.ts';

/**
 * What the page asks: check `bytes` as the file `name` from disk (its id is expected to match the
 * name, but a browser may have saved it as "my-refund (1).yaml", so a mismatch is a warning).
 */
export interface CheckRequest {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Voice files: 'collect' the paths asked about, the paths that exist, or none (not checked). */
  readonly voices?: 'collect' | readonly string[];
}

/** The checker's answer, the id the file name expects, and the voice paths it asked about (with `voices: 'collect'`). */
export interface CheckAnswer {
  readonly id: string;
  readonly result: LoadResult;
  readonly asked: readonly string[];
}

/** Checks one request: the worker's whole job, also run on the page where workers are missing. */
export function answer(request: CheckRequest): CheckAnswer {
  const asked = new Set<string>();
  const { voices } = request;
  const fileExists =
    voices === undefined
      ? undefined
      : voices === 'collect'
        ? (path: string) => (asked.add(path), true)
        : (path: string) => voices.includes(path);
  const id = idFromFileName(request.name);
  const result = loadScenarioBytes(request.bytes, request.name, {
    expectedId: id,
    nameMismatch: 'warning',
    ...(fileExists ? { fileExists } : {}),
  });
  return { id, result, asked: [...asked] };
}

// Inside a worker (no document), answer every message.
if (typeof document === 'undefined' && typeof self !== 'undefined' && 'postMessage' in self) {
  self.addEventListener('message', (e: MessageEvent<CheckRequest>) => {
    try {
      self.postMessage({ ok: answer(e.data) });
    } catch (error) {
      self.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}
