/**
 * Turns zod's validation issues into diagnostics in the trainer's terms, with the line and column
 * of the offending key or value and a "did you mean" where a name was misspelt.
 */
import type { z } from 'zod';
import type { Diagnostic, DiagnosticCode } from './diagnostics.ts';
import { suggest } from './suggest.ts';
import { MAX_DIAGNOSTICS } from './limits.ts';
import type { Unlisted } from './budget.ts';
import { ADVICE, CHANNELS, ENDINGS, LANGUAGES, PORTRAITS, PRINCIPLES } from './vocabulary.ts';
import { locate, type Path, type YamlSource } from './yaml-source.ts';
import { message } from './messages/render.ts';
import { gotOf } from './messages/words.ts';
import { FIELDS, mappingKind, valueAt } from './schema-paths.ts';

type Issue = z.core.$ZodIssue;

type EnumCode = 'SCN017' | 'SCN020' | 'SCN023' | 'SCN024' | 'SCN035';
const ENUMS: Record<string, { code: EnumCode; values: readonly string[] }> = {
  channel: { code: 'SCN020', values: CHANNELS },
  ending: { code: 'SCN035', values: ENDINGS },
  portrait: { code: 'SCN023', values: PORTRAITS },
  source: { code: 'SCN017', values: LANGUAGES },
  languages: { code: 'SCN017', values: LANGUAGES },
  teaches: { code: 'SCN024', values: Object.keys(ADVICE) },
};

type Msg = ReturnType<typeof message>;

/**
 * One zod issue → one or more diagnostics (unrecognised keys give one per key: the first
 * `MAX_DIAGNOSTICS` of a mapping in full, the rest only counted in `unlisted`).
 */
export function issueToDiagnostics(
  issue: Issue,
  raw: unknown,
  source: YamlSource,
  file: string,
  unlisted: Unlisted = { count: 0 },
): Diagnostic[] {
  const path = issue.path as Path;
  const make = (code: DiagnosticCode, msg: Msg, at: Path = path, where: 'key' | 'value' = 'value'): Diagnostic => {
    const { line, column } = locate(source, at, where);
    return { code, severity: 'error', file, line, column, ...msg };
  };
  const last = path[path.length - 1];
  const lastName = typeof last === 'string' ? last : typeof path[path.length - 2] === 'string' ? String(path[path.length - 2]) : '';
  const value = valueAt(raw, path);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const kind = mappingKind(path);
      // Keys are in the order of the file: past the first ones, a key could never be listed.
      unlisted.count += Math.max(0, issue.keys.length - MAX_DIAGNOSTICS);
      return issue.keys.slice(0, MAX_DIAGNOSTICS).map((key) => {
        const keyPath = [...path, key];
        if (kind === 'score')
          return make('SCN036', message('SCN036', { path, key, values: PRINCIPLES, suggestion: suggest(key, PRINCIPLES) }), keyPath, 'key');
        if (kind === 'text' || last === 'voice')
          return make(
            'SCN017',
            message('SCN017.text', { path, key, values: LANGUAGES, suggestion: suggest(key, LANGUAGES) }),
            keyPath,
            'key',
          );
        const known = FIELDS[kind] ?? [];
        return make('SCN012', message('SCN012', { path, key, suggestion: suggest(key, known) }), keyPath, 'key');
      });
    }
    case 'invalid_key': {
      const key = String(last);
      if (path.length === 2 && path[0] === 'nodes')
        return [make('SCN013', message('SCN013.node', { node: key, example: idHint(key) }), path, 'key')];
      return [make('SCN011', message('SCN011.key', { path }), path, 'key')];
    }
    case 'invalid_value': {
      const spec = ENUMS[lastName];
      if (spec && typeof value === 'string')
        return [make(spec.code, message(spec.code, { path, value, values: spec.values, suggestion: suggest(value, spec.values) }))];
      if (last === 'format') return [make('SCN016', message('SCN016', gotOf(value)))];
      if (last === 'difficulty') return [make('SCN021', message('SCN021', gotOf(value)))];
      if (spec) return [make(spec.code, message(`${spec.code}.type`, { path, ...gotOf(value), values: spec.values }))];
      return [make('SCN011', message('SCN011.oneOf', { path, ...gotOf(value), values: issue.values.map(String) }))];
    }
    case 'invalid_union':
      if (value === undefined) return [missing(path, make)];
      if (last === 'difficulty') return [make('SCN021', message('SCN021', gotOf(value)))];
      return [make('SCN011', message('SCN011.text', { path, ...gotOf(value) }))];
    case 'invalid_type':
      if (value === undefined) return [missing(path, make)];
      return [make('SCN011', message('SCN011.type', { path, ...gotOf(value), expected: issue.expected }))];
    case 'too_small':
    case 'too_big':
      return [rangeIssue(issue, path, value, make)];
    case 'invalid_format':
      if (last === 'id' || last === 'start' || last === 'next')
        return [make('SCN013', message('SCN013', { path, value: String(value), example: idHint(String(value)) }))];
      return [make('SCN011', message('SCN011.malformed', { path }))];
    default:
      return [make('SCN011', message('SCN011.other', { path, detail: issue.message }))];
  }
}

/** A required field that is absent: reported at the mapping that lacks it (its key where it has one). */
function missing(path: Path, make: (code: DiagnosticCode, msg: Msg, at: Path, where: 'key' | 'value') => Diagnostic): Diagnostic {
  const parent = path.slice(0, -1);
  const name = String(path[path.length - 1]);
  return make(
    'SCN010',
    message('SCN010', { path: parent, field: name }),
    parent,
    typeof parent[parent.length - 1] === 'string' ? 'key' : 'value',
  );
}

/** A plain rewrite of the id that would be valid ('ask-why'), if there is one. */
function idHint(id: string): string | undefined {
  const fixed = id
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '');
  return fixed && fixed !== id ? fixed : undefined;
}

type Make = (code: DiagnosticCode, msg: Msg) => Diagnostic;

function rangeIssue(issue: Issue & { code: 'too_small' | 'too_big' }, path: Path, value: unknown, make: Make): Diagnostic {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === 'choices' && Array.isArray(value))
    return make('SCN034', message('SCN034', { path: path.slice(0, -1), count: value.length }));
  if (typeof value === 'string' && value.length === 0) return make('SCN019', message('SCN019', { path }));
  if (parent === 'score') return make('SCN037', message('SCN037', { path, value: Number(value) }));
  if (last === 'mood' && path.length === 2) return make('SCN022', message('SCN022.start', { value: Number(value) }));
  if (last === 'mood') return make('SCN022', message('SCN022', { path, value: Number(value) }));
  if (last === 'languages') return make('SCN010', message('SCN010.languages', {}));
  return make('SCN011', message('SCN011.other', { path, detail: issue.message }));
}
