/**
 * Finding scenario files in a folder the way an editor leaves it, for the CLI, the build and the
 * dev server alike. Lock files and other hidden files (`.#late-delivery.yaml`, which Emacs makes as a
 * dangling link) and folders named `*.yaml` are not scenarios and are passed over; a file that
 * matches but cannot be read (a broken link, a link loop, no permission) is reported as a
 * diagnostic on that file, never as a stack trace.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  diagnosticMessage as message,
  idFromFileName,
  type Diagnostic,
  type LibraryEntry,
  type SourceFile,
} from '../src/engine/authoring.ts';

const SCENARIO_NAME = /^[^.].*\.ya?ml$/i;

/** The scenario file names in `folder` (sorted), leaving out hidden files and anything that is not a file. */
export function scenarioPaths(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => SCENARIO_NAME.test(name) && !isFolder(join(folder, name)))
    .sort()
    .map((name) => join(folder, name));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A broken link or a loop: not a folder; reading it reports why.
    return false;
  }
}

/** Reads each path: its bytes, or an entry with one SCN002 diagnostic saying why it cannot be read. */
export function readScenarioFiles(paths: readonly string[], root: string): { files: SourceFile[]; unreadable: LibraryEntry[] } {
  const files: SourceFile[] = [];
  const unreadable: LibraryEntry[] = [];
  for (const path of paths) {
    const file = (relative(root, path) || path).replaceAll('\\', '/');
    try {
      files.push({ file, bytes: readFileSync(path) });
    } catch (e) {
      unreadable.push({ file, id: idFromFileName(file), diagnostics: [cannotRead(file, e)] });
    }
  }
  return { files, unreadable };
}

function cannotRead(file: string, e: unknown): Diagnostic {
  const code = (e as { code?: unknown }).code;
  const reason =
    code === 'ENOENT'
      ? 'link'
      : code === 'ELOOP'
        ? 'loop'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission'
          : code === 'EISDIR'
            ? 'folder'
            : 'other';
  return {
    code: 'SCN002',
    severity: 'error',
    file,
    line: 1,
    column: 1,
    ...message('SCN002.unreadable', { reason, detail: String(code ?? e) }),
  };
}
