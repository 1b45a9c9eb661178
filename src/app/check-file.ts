/**
 * Checking a trainer's file from disk in the browser, with the same diagnostics as
 * `npm run scenarios:check`. The checker (and the YAML parser) load only now, in a worker, so the
 * page answers while a file is checked.
 */
import type { Diagnostic, Scenario } from '../engine/index.ts';
import { checkOffThread } from '../adapters/checker-thread.ts';

export interface CheckedFile {
  /** The id the file name expects. */
  readonly id: string;
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Checks `bytes` as the file `name`. Voice files are checked when `assetExists` is given: the
 * checker asks synchronously which exist, and the game can only find out by asking its server,
 * so a first pass collects the paths and a second has the answers.
 */
export async function checkOpenedFile(
  name: string,
  bytes: Uint8Array,
  assetExists?: (publicPath: string) => Promise<boolean>,
): Promise<CheckedFile> {
  const first = await checkOffThread({ name, bytes, ...(assetExists ? { voices: 'collect' as const } : {}) });
  let result = first.result;
  if (assetExists && first.asked.length > 0) {
    const answers = await Promise.all(first.asked.map(async (path) => [path, await assetExists(path)] as const));
    const present = answers.filter(([, found]) => found).map(([path]) => path);
    result = (await checkOffThread({ name, bytes, voices: present })).result;
  }
  return { id: first.id, ...result };
}
