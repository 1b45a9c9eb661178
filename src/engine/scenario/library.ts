/**
 * Checking many scenario files together: each on its own, then the rules across files
 * (an id used twice). Used by the command line, the build and the game's menu alike.
 */
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { loadScenarioBytes, type LoadOptions, type LoadResult } from './load.ts';
import { locate, parseYaml } from './yaml-source.ts';
import { message } from './messages/render.ts';

export interface SourceFile {
  /** The path shown in diagnostics, e.g. `scenarios/late-delivery.yaml`. */
  readonly file: string;
  readonly bytes: Uint8Array;
}

export interface LibraryEntry extends LoadResult {
  readonly file: string;
  /** The id expected from the file name. */
  readonly id: string;
}

/** The file name without folders and without `.yaml`/`.yml`. */
export function idFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.ya?ml$/i, '');
}

/**
 * Loads every file; a scenario whose id another file already uses gets an SCN015 error and is not
 * playable (the first file, in the order given, keeps the id).
 */
export function loadLibrary(files: readonly SourceFile[], options: Omit<LoadOptions, 'expectedId'> = {}): LibraryEntry[] {
  return linkLibrary(files, ({ file, bytes }) => loadScenarioBytes(bytes, file, { ...options, expectedId: idFromFileName(file) }));
}

/**
 * The rules across files, over results `load` gives for each file on its own (with the id its file
 * name expects): the first file to use an id keeps it, any later one gets SCN015 and no scenario.
 * `loadLibrary` and the incremental checker share it, so both answer alike.
 */
export function linkLibrary(files: readonly SourceFile[], load: (source: SourceFile) => LoadResult): LibraryEntry[] {
  const owners = new Map<string, string>();
  return files.map((source) => {
    const { file, bytes } = source;
    const id = idFromFileName(file);
    const result = load(source);
    const scenarioId = result.scenario?.id;
    if (scenarioId === undefined) return { ...result, file, id };
    const owner = owners.get(scenarioId);
    if (owner === undefined) {
      owners.set(scenarioId, file);
      return { ...result, file, id };
    }
    // Parsed again only on a clash (rare), to point at the id rather than the top of the file.
    const at = locate(parseYaml(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')), ['id']);
    const clash: Diagnostic = { code: 'SCN015', severity: 'error', file, ...at, ...message('SCN015', { id: scenarioId, owner }) };
    return { file, id, diagnostics: sortDiagnostics([clash, ...result.diagnostics]) };
  });
}
