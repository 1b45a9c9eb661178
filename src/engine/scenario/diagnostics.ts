/**
 * Authoring problems as data. Every problem has a stable code (documented in docs/authoring.md),
 * a severity, the file, line and column of the offending key or value (1-based), and its message
 * as a key and parameters that `renderDiagnostic` turns into any of the game's languages.
 */
import type { MessageKey, MessageParams } from './messages/catalog.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The message template: the code, or the code and a variant (`SCN001.tab`). */
  readonly key: MessageKey;
  /** What the message names (fields, values, suggestions): strings, numbers, lists and paths. */
  readonly params: MessageParams;
  /** The message in English, as the command line prints it by default. */
  readonly message: string;
}

/** Stable codes. Never renumber; retire a code rather than reuse it. */
export const CODES = {
  SCN001: 'YAML syntax error',
  SCN002: 'file cannot be read (too large, not UTF-8, too deep, too many aliases)',
  SCN003: 'the file is not a mapping of fields',
  SCN010: 'required field missing',
  SCN011: 'field has the wrong type',
  SCN012: 'unknown field',
  SCN013: 'malformed id',
  SCN014: 'id does not match the file name',
  SCN015: 'id used by another scenario',
  SCN016: 'unsupported format version',
  SCN017: 'unknown language',
  SCN018: 'source language not listed in languages',
  SCN019: 'empty text',
  SCN020: 'unknown channel',
  SCN021: 'difficulty out of range',
  SCN022: 'mood out of range',
  SCN023: 'unknown portrait',
  SCN024: 'unknown piece of advice',
  SCN030: 'start names no node',
  SCN031: 'next names no node',
  SCN032: 'node has both choices and ending',
  SCN033: 'node has neither choices nor ending',
  SCN034: 'wrong number of choices',
  SCN035: 'unknown ending',
  SCN036: 'unknown principle',
  SCN037: 'score out of range',
  SCN038: 'choice id used twice in a node',
  SCN039: 'source-language text missing',
  SCN040: 'cycle: a node can be reached again on the same path',
  SCN041: 'node no path reaches',
  SCN042: 'voice file does not exist',
  SCN050: 'language incomplete',
  SCN051: 'choice without feedback',
  SCN052: 'principle can never score above 0',
  SCN053: 'two choices with the same text',
  SCN054: 'translation made from an older source text',
  SCN055: 'translation record names no text',
  SCN060: 'a mistake pays',
  SCN061: 'the longest reply gives it away',
  SCN062: 'one right answer',
  SCN063: 'difficulty disagrees',
  SCN099: 'too many problems; the rest are not listed',
} as const;

export type DiagnosticCode = keyof typeof CODES;

/**
 * Formats one diagnostic the way compilers do: `file:line:column: severity: message [CODE]`. The
 * message is the English one unless given (rendered in another language); the rest stays as is,
 * so editors and tools read the line alike in every language.
 */
export function formatDiagnostic(d: Diagnostic, message: string = d.message): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${message} [${d.code}]`;
}

/** True when any diagnostic is an error (the scenario cannot be played). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file, line, column so output reads top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
