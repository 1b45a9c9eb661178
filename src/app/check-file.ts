/**
 * Checking a trainer's file from disk in the browser, with the same diagnostics as
 * `npm run scenarios:check`. The checker (and the YAML parser) load only now.
 */
import type { Diagnostic, Scenario } from '../engine/index.ts';

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
  const { loadScenarioBytes, idFromFileName } = await import('../engine/authoring.ts');
  const id = idFromFileName(name);
  const check = (fileExists?: (path: string) => boolean) =>
    loadScenarioBytes(bytes, name, { expectedId: id, nameMismatch: 'warning', ...(fileExists ? { fileExists } : {}) });
  const asked = new Set<string>();
  let result = check(assetExists && ((path) => (asked.add(path), true)));
  if (assetExists && asked.size > 0) {
    const answers = await Promise.all([...asked].map(async (path) => [path, await assetExists(path)] as const));
    const present = new Set(answers.filter(([, found]) => found).map(([path]) => path));
    result = check((path) => present.has(path));
  }
  return { id, ...result };
}
