/**
 * Turns zod's validation issues into diagnostics in the trainer's terms, with the line and column
 * of the offending key or value and a "did you mean" where a name was misspelt.
 */
import type { z } from 'zod';
import type { Diagnostic, DiagnosticCode } from './diagnostics.ts';
import { didYouMean } from './suggest.ts';
import { MAX_DIAGNOSTICS } from './limits.ts';
import { ADVICE, CHANNELS, ENDINGS, LANGUAGES, PORTRAITS, PRINCIPLES } from './vocabulary.ts';
import { locate, type Path, type YamlSource } from './yaml-source.ts';
import { phrase } from './where.ts';
import { FIELDS, mappingKind, valueAt } from './schema-paths.ts';

type Issue = z.core.$ZodIssue;

const ENUMS: Record<string, { code: DiagnosticCode; noun: string; values: readonly string[] }> = {
  channel: { code: 'SCN020', noun: 'channel', values: CHANNELS },
  ending: { code: 'SCN035', noun: 'ending', values: ENDINGS },
  portrait: { code: 'SCN023', noun: 'portrait', values: PORTRAITS },
  source: { code: 'SCN017', noun: 'language', values: LANGUAGES },
  languages: { code: 'SCN017', noun: 'language', values: LANGUAGES },
  teaches: { code: 'SCN024', noun: 'piece of advice', values: Object.keys(ADVICE) },
};

/** A short list is spelt out in the message; a long one is left to the guide. */
const choices = (values: readonly string[]) => (values.length <= 8 ? ` (${values.join(', ')})` : ' (docs/authoring.md lists them)');

function typeName(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the number ${v} (not a whole number)`;
  if (typeof v === 'string') return `the text '${v.length > 40 ? v.slice(0, 40) + '…' : v}'`;
  return `${typeof v} ${String(v)}`;
}

/** One zod issue → one or more diagnostics (unrecognised keys give one per key). */
export function issueToDiagnostics(issue: Issue, raw: unknown, source: YamlSource, file: string): Diagnostic[] {
  const path = issue.path as Path;
  const make = (code: DiagnosticCode, message: string, at: Path = path, where: 'key' | 'value' = 'value'): Diagnostic => {
    const { line, column } = locate(source, at, where);
    return { code, severity: 'error', file, line, column, message };
  };
  const last = path[path.length - 1];
  const lastName = typeof last === 'string' ? last : typeof path[path.length - 2] === 'string' ? String(path[path.length - 2]) : '';
  const value = valueAt(raw, path);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const kind = mappingKind(path);
      return issue.keys.map((key, i) => {
        const keyPath = [...path, key];
        // Past the listed ones, a key is only counted: no suggestion is worked out for it.
        const hint = i < MAX_DIAGNOSTICS ? didYouMean : () => '';
        if (kind === 'score') return make('SCN036', phrase(path, `names '${key}', which is not a principle (${PRINCIPLES.join(', ')})${hint(key, PRINCIPLES)}`), keyPath, 'key');
        if (kind === 'text' || last === 'voice') return make('SCN017', phrase(path, `has a text in '${key}', which is not a language of the game (${LANGUAGES.join(', ')})${hint(key, LANGUAGES)}`), keyPath, 'key');
        const known = FIELDS[kind] ?? [];
        return make('SCN012', phrase(path, `has an unknown field '${key}'${hint(key, known)}`), keyPath, 'key');
      });
    }
    case 'invalid_key': {
      const key = String(last);
      if (path.length === 2 && path[0] === 'nodes') return [make('SCN013', `node '${key}': a node id may only use lower-case letters, digits and hyphens${idHint(key)}`, path, 'key')];
      return [make('SCN011', phrase(path, 'is not a valid key'), path, 'key')];
    }
    case 'invalid_value': {
      const spec = ENUMS[lastName];
      if (spec && typeof value === 'string') return [make(spec.code, phrase(path, `is '${value}', which is not ${/^[aeiou]/.test(spec.noun) ? 'an' : 'a'} ${spec.noun}${choices(spec.values)}${didYouMean(value, spec.values)}`))];
      if (last === 'format') return [make('SCN016', `'format' is ${typeName(value)}; this game reads format 1`)];
      if (last === 'difficulty') return [make('SCN021', `'difficulty' is ${typeName(value)}; it must be 1 (starter), 2 (standard) or 3 (hard)`)];
      if (spec) return [make(spec.code, phrase(path, `is ${typeName(value)}; expected one of ${spec.values.join(', ')}`))];
      return [make('SCN011', phrase(path, `is ${typeName(value)}; expected one of ${issue.values.map(String).join(', ')}`))];
    }
    case 'invalid_union':
      if (value === undefined) return [missing(path, make)];
      if (last === 'difficulty') return [make('SCN021', `'difficulty' is ${typeName(value)}; it must be 1 (starter), 2 (standard) or 3 (hard)`)];
      return [make('SCN011', phrase(path, `is ${typeName(value)}; expected a text (a string, or a map of language to string)`))];
    case 'invalid_type':
      if (value === undefined) return [missing(path, make)];
      return [make('SCN011', phrase(path, `is ${typeName(value)}; expected ${expected(issue.expected)}`))];
    case 'too_small':
    case 'too_big':
      return [rangeIssue(issue, path, value, make)];
    case 'invalid_format':
      if (last === 'id' || last === 'start' || last === 'next') return [make('SCN013', phrase(path, `is '${String(value)}'; an id may only use lower-case letters, digits and hyphens${idHint(String(value))}`))];
      return [make('SCN011', phrase(path, 'is malformed'))];
    default:
      return [make('SCN011', phrase(path, issue.message))];
  }
}

/** A required field that is absent: reported at the mapping that lacks it (its key where it has one). */
function missing(path: Path, make: (code: DiagnosticCode, message: string, at: Path, where: 'key' | 'value') => Diagnostic): Diagnostic {
  const parent = path.slice(0, -1);
  const name = String(path[path.length - 1]);
  return make('SCN010', phrase(parent, `is missing the required field '${name}'`), parent, typeof parent[parent.length - 1] === 'string' ? 'key' : 'value');
}

/** "; for example 'ask-why'" when a plain rewrite of the id would be valid. */
function idHint(id: string): string {
  const fixed = id.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/[^a-z0-9-]/g, '');
  return fixed && fixed !== id ? `; for example '${fixed}'` : '';
}

function expected(what: string): string {
  const words: Record<string, string> = { int: 'a whole number', number: 'a number', string: 'a text', boolean: 'true or false', array: 'a list', object: 'a mapping', record: 'a mapping' };
  return words[what] ?? what;
}

type Make = (code: DiagnosticCode, message: string) => Diagnostic;

function rangeIssue(issue: Issue & { code: 'too_small' | 'too_big' }, path: Path, value: unknown, make: Make): Diagnostic {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === 'choices' && Array.isArray(value)) return make('SCN034', phrase(path.slice(0, -1), `has ${value.length} choice${value.length === 1 ? '' : 's'}; a node needs 2 to 6`));
  if (typeof value === 'string' && value.length === 0) return make('SCN019', phrase(path, 'is empty; write the text or remove the entry'));
  if (parent === 'score') return make('SCN037', phrase(path, `is ${String(value)}; a score must be between -3 and 3`));
  if (last === 'mood' && path.length === 2) return make('SCN022', `'customer.mood' is ${String(value)}; the start mood must be between 0 (calm) and 100 (furious)`);
  if (last === 'mood') return make('SCN022', phrase(path, `is ${String(value)}; a mood change must be between -50 and 50`));
  if (last === 'languages') return make('SCN010', "'languages' is empty; list at least the source language");
  return make('SCN011', phrase(path, issue.message));
}
