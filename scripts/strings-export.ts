/**
 * `npm run strings:export -- --lang <language> [file or folder ...] [--out <folder>]`: writes one
 * XLIFF 2.0 file per scenario (`<out>/<id>.<language>.xlf`, default out `translations/`) holding
 * every text with its stable unit id, the source text, the current translation and notes for the
 * translator. Translations made from an older source text are marked for review.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { exportXliff, isLanguage, LANGUAGES } from '../src/engine/authoring.ts';

const USAGE = `usage: npm run strings:export -- --lang <${LANGUAGES.join('|')}> [file or folder ...] [--out <folder>]`;

export interface ScriptResult {
  readonly code: 0 | 1;
  readonly message: string;
}

/** The .yaml/.yml files named by `targets` (folders are listed, sorted). */
export function yamlFiles(targets: readonly string[], cwd: string): string[] | { error: string } {
  const out: string[] = [];
  for (const target of targets) {
    const full = resolve(cwd, target);
    if (!existsSync(full)) return { error: `${target}: no such file or folder` };
    if (statSync(full).isDirectory())
      out.push(
        ...readdirSync(full)
          .filter((f) => /\.ya?ml$/i.test(f))
          .sort()
          .map((f) => join(full, f)),
      );
    else out.push(full);
  }
  return out;
}

export function exportStrings(args: readonly string[], cwd: string = process.cwd()): ScriptResult {
  let lang: string | undefined;
  let out = 'translations';
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang' || arg === '--out') {
      const value = args[++i];
      if (value === undefined) return { code: 1, message: `${arg} needs a value\n${USAGE}` };
      if (arg === '--lang') lang = value;
      else out = value;
    } else if (arg.startsWith('-')) return { code: 1, message: `unknown option '${arg}'\n${USAGE}` };
    else targets.push(arg);
  }
  if (lang === undefined) return { code: 1, message: USAGE };
  if (!isLanguage(lang)) return { code: 1, message: `'${lang}' is not a language of the game (${LANGUAGES.join(', ')})` };
  const files = yamlFiles(targets.length ? targets : ['scenarios'], cwd);
  if ('error' in files) return { code: 1, message: files.error };
  const folder = resolve(cwd, out);
  mkdirSync(folder, { recursive: true });
  const lines: string[] = [];
  let failed = false;
  for (const file of files) {
    const shown = relative(cwd, file).replaceAll('\\', '/') || file;
    const doc = parseDocument(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    if (doc.errors.length) {
      lines.push(`${shown}: has YAML errors; fix them first (npm run scenarios:check -- ${shown})`);
      failed = true;
      continue;
    }
    try {
      const result = exportXliff(doc.toJS(), lang, shown);
      const id = String((doc.toJS() as { id: string }).id);
      const target = join(folder, `${id}.${lang}.xlf`);
      writeFileSync(target, result.xml, 'utf8');
      const review = result.stale ? `, ${result.stale} to review (the source changed)` : '';
      lines.push(`${relative(cwd, target) || target}: ${result.units} texts, ${result.missing} to translate${review}`);
    } catch (e) {
      lines.push(e instanceof Error ? e.message : String(e));
      failed = true;
    }
  }
  return { code: failed ? 1 : 0, message: lines.join('\n') };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = exportStrings(process.argv.slice(2));
  (result.code === 0 ? console.log : console.error)(result.message);
  process.exitCode = result.code;
}
