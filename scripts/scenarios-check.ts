/**
 * `npm run scenarios:check -- [--json] [--lang <language>] [file or folder ...]` (default
 * `scenarios/`). Prints every diagnostic as `file:line:column: error|warning: message [CODE]`,
 * the message in the language of `--lang` (default: the environment's locale, else English), and
 * exits 1 when any is an error. `--json` prints one JSON document for tools instead (English
 * `message`, plus `key` and `params` to render it in another language).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDiagnostic, hasErrors, loadLibrary, renderDiagnostic, type Diagnostic } from '../src/engine/authoring.ts';
import { publicFileExists } from '../build/scenario-library.ts';
import { readScenarioFiles, scenarioPaths } from '../build/scenario-files.ts';
import { checkSummary, takeLanguage } from './cli-language.ts';

const chosen = takeLanguage(process.argv.slice(2), process.env);
if ('error' in chosen) {
  console.error(chosen.error);
  process.exit(2);
}
const { lang, rest: args } = chosen;
const json = args.includes('--json');
const targets = args.filter((a) => a !== '--json');
const root = process.cwd();

function collect(target: string): string[] {
  const full = resolve(root, target);
  if (!existsSync(full)) {
    console.error(`${target}: no such file or folder`);
    process.exitCode = 1;
    return [];
  }
  return statSync(full).isDirectory() ? scenarioPaths(full) : [full];
}

const files = (targets.length ? targets : ['scenarios']).flatMap(collect);
const read = readScenarioFiles(files, root);
const entries = [...loadLibrary(read.files, { fileExists: publicFileExists(root) }), ...read.unreadable];
const all: Diagnostic[] = entries.flatMap((e) => e.diagnostics);
const errors = all.filter((d) => d.severity === 'error').length;
const warnings = all.length - errors;

if (json) {
  console.log(
    JSON.stringify(
      {
        files: entries.map((e) => ({ file: e.file, id: e.id, playable: e.scenario !== undefined, diagnostics: e.diagnostics })),
        errors,
        warnings,
      },
      null,
      2,
    ),
  );
} else {
  for (const d of all) console.log(formatDiagnostic(d, renderDiagnostic(d, lang)));
  const playable = entries.filter((e) => e.scenario).length;
  console.log(checkSummary(lang, entries.length, playable, errors, warnings));
}
if (hasErrors(all)) process.exitCode = 1;
