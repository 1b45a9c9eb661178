/**
 * `npm run strings:import -- <xliff file ...>`: writes the translations of XLIFF 2.0 files (as
 * `strings:export` writes them) back into their scenario files, keeping every comment and byte
 * outside the changed texts, and records the source text each was made from. Every file is
 * checked before any is written: an unknown unit id, a language that does not fit, or a
 * malformed file refuses the whole import, with a message, and changes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { applyTranslations, isLanguage, LANGUAGES, readXliff, sourceHash, textUnits, type Language } from '../src/engine/authoring.ts';
import type { ScriptResult } from './strings-export.ts';

const USAGE = 'usage: npm run strings:import -- <xliff file> [more xliff files]';

interface Planned {
  readonly yamlFile: string;
  readonly text: string;
  readonly changed: number;
  readonly shown: string;
}

/** Plans every import, then writes all or nothing. */
export function importStrings(args: readonly string[], cwd: string = process.cwd()): ScriptResult {
  if (args.length === 0 || args.some((a) => a.startsWith('-'))) return { code: 1, message: USAGE };
  const planned: Planned[] = [];
  const problems: string[] = [];
  const pending = new Map<string, string>();
  for (const arg of args) {
    const xlf = resolve(cwd, arg);
    const fail = (why: string) => problems.push(`${arg}: ${why}`);
    if (!existsSync(xlf)) {
      fail('no such file');
      continue;
    }
    const doc = readXliff(readFileSync(xlf, 'utf8'));
    if ('error' in doc) {
      fail(doc.error);
      continue;
    }
    if (!isLanguage(doc.trgLang)) {
      fail(`the target language '${doc.trgLang}' is not a language of the game (${LANGUAGES.join(', ')})`);
      continue;
    }
    const candidates = [
      doc.original && resolve(cwd, doc.original),
      doc.original && resolve(dirname(xlf), doc.original),
      resolve(cwd, 'scenarios', `${doc.fileId}.yaml`),
    ];
    const yamlFile = candidates.find((c): c is string => typeof c === 'string' && existsSync(c));
    if (!yamlFile) {
      fail(`cannot find the scenario '${doc.fileId}' (looked for ${doc.original ?? `scenarios/${doc.fileId}.yaml`})`);
      continue;
    }
    const before = pending.get(yamlFile) ?? readFileSync(yamlFile, 'utf8');
    const raw = parseDocument(before).toJS() as { id?: unknown; source?: unknown } | null;
    if (raw?.id !== doc.fileId) {
      fail(`it belongs to the scenario '${doc.fileId}', but ${doc.original ?? yamlFile} has the id '${String(raw?.id)}'`);
      continue;
    }
    if (raw.source !== doc.srcLang) {
      fail(`its source language is '${doc.srcLang}', but the scenario is written in '${String(raw.source)}'`);
      continue;
    }
    if (doc.trgLang === raw.source) {
      fail(`its target language '${doc.trgLang}' is the scenario's source language`);
      continue;
    }
    const known = new Set(textUnits(raw).map((u) => u.id));
    const unknown = doc.units.filter((u) => !known.has(u.id)).map((u) => u.id);
    if (unknown.length) {
      fail(
        `${unknown.length === 1 ? 'this unit id is' : 'these unit ids are'} not a text of the scenario '${doc.fileId}': ${unknown.join(', ')}`,
      );
      continue;
    }
    // The hash is of the source the translator saw, so a source edited since export stays flagged.
    const updates = doc.units.flatMap((u) =>
      u.target === undefined ? [] : [{ unit: u.id, text: u.target, sourceHash: sourceHash(u.source) }],
    );
    try {
      const text = applyTranslations(before, doc.trgLang as Language, updates);
      pending.set(yamlFile, text);
      planned.push({ yamlFile, text, changed: updates.length, shown: arg });
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
  }
  if (problems.length) return { code: 1, message: [...problems, 'nothing was changed'].join('\n') };
  for (const [file, text] of pending) writeFileSync(file, text, 'utf8');
  return {
    code: 0,
    message: planned
      .map(
        (p) =>
          `${p.shown}: ${p.changed} translations written to ${p.yamlFile.startsWith(cwd) ? p.yamlFile.slice(cwd.length + 1) : p.yamlFile}`,
      )
      .join('\n'),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = importStrings(process.argv.slice(2));
  (result.code === 0 ? console.log : console.error)(result.message);
  process.exitCode = result.code;
}
