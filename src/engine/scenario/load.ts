/**
 * YAML text → Scenario + diagnostics. Never throws on bad input: every problem of the file comes
 * back as a Diagnostic, capped per file so a pathological file cannot flood the trainer.
 */
import { scenarioSchema } from './schema.ts';
import { buildScenario } from './build.ts';
import { checkStructure } from './checks.ts';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { issueToDiagnostics } from './schema-issues.ts';
import { bestScores } from './analysis.ts';
import { PRINCIPLES } from './vocabulary.ts';
import { MAX_ALIASES, parseYaml, positionAt, type YamlSource } from './yaml-source.ts';
import type { Scenario } from './model.ts';

export interface LoadOptions {
  /** Answers whether a file under `public/` exists; without it voice files are not checked. */
  readonly fileExists?: (publicPath: string) => boolean;
  /** The expected id (the file name without .yaml); checked when given. */
  readonly expectedId?: string;
  /** At most this many diagnostics per file (default 50); the rest are summarised in one line. */
  readonly maxDiagnostics?: number;
}

export interface LoadResult {
  /** The playable scenario, present exactly when there is no error diagnostic. */
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
}

/** Files larger than this are refused before parsing (a scenario is a few tens of KB). */
export const MAX_FILE_BYTES = 1_000_000;

const fail = (file: string, message: string, code: Diagnostic['code'] = 'SCN002', line = 1, column = 1): LoadResult => ({
  diagnostics: [{ code, severity: 'error', file, line, column, message }],
});

/**
 * Loads raw bytes: refuses oversized files and invalid UTF-8 (pointing at the first bad byte),
 * strips a byte-order mark, then behaves as `loadScenario`.
 */
export function loadScenarioBytes(bytes: Uint8Array, file: string, options: LoadOptions = {}): LoadResult {
  if (bytes.byteLength > MAX_FILE_BYTES) return fail(file, `the file is ${bytes.byteLength} bytes; a scenario may be at most ${MAX_FILE_BYTES} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = firstBadByte(bytes);
    return fail(file, 'the file is not valid UTF-8 text; save it as UTF-8 in your editor', 'SCN002', line, column);
  }
  return loadScenario(text, file, options);
}

/** Loads YAML text. The contract: returns a scenario iff no diagnostic is an error. */
export function loadScenario(text: string, file: string, options: LoadOptions = {}): LoadResult {
  const cap = options.maxDiagnostics ?? 50;
  if (text.length > MAX_FILE_BYTES) return fail(file, `the file is ${text.length} characters; a scenario may be at most ${MAX_FILE_BYTES}`);
  try {
    const result = loadUnsafe(text.replace(/^\uFEFF/, ''), file, options);
    return { ...result, diagnostics: capped(sortDiagnostics(result.diagnostics), cap) };
  } catch (e) {
    // Stack exhaustion on absurd nesting, or an alias bomb caught by the yaml package.
    const why = e instanceof RangeError ? 'it is nested too deeply' : e instanceof Error ? e.message : String(e);
    return fail(file, `the file cannot be read: ${why}`);
  }
}

function loadUnsafe(text: string, file: string, options: LoadOptions): LoadResult {
  const source = parseYaml(text);
  const syntax = [...source.doc.errors].map((e): Diagnostic => {
    const { line, column } = positionAt(source, e.pos[0]);
    return { code: 'SCN001', severity: 'error', file, line, column, message: `YAML syntax: ${SYNTAX_HINTS[e.code] ?? firstLine(e.message)}` };
  });
  if (syntax.length > 0) return { diagnostics: syntax };
  const raw: unknown = source.doc.toJS({ maxAliasCount: MAX_ALIASES });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(file, 'the file must be a mapping of fields (id:, format:, title:, …)', 'SCN003');
  }
  const parsed = scenarioSchema.safeParse(raw);
  const diagnostics = parsed.success ? [] : parsed.error.issues.flatMap((i) => issueToDiagnostics(i, raw, source, file));
  diagnostics.push(...checkStructure({ raw, source, file, ...(options.fileExists ? { fileExists: options.fileExists } : {}) }));
  diagnostics.push(...checkId(raw as Record<string, unknown>, source, file, options.expectedId));
  if (!parsed.success || hasErrors(diagnostics)) return { diagnostics };
  const scenario = buildScenario(parsed.data);
  diagnostics.push(...neverPositive(scenario, source, file));
  return { scenario, diagnostics };
}

function checkId(raw: Record<string, unknown>, source: YamlSource, file: string, expected?: string): Diagnostic[] {
  const id = Object.hasOwn(raw, 'id') ? raw['id'] : undefined;
  if (expected === undefined || typeof id !== 'string' || id === expected) return [];
  const pair = source.doc.get('id', true);
  const { line, column } = positionAt(source, (pair as { range?: number[] } | undefined)?.range?.[0] ?? 0);
  return [{ code: 'SCN014', severity: 'error', file, line, column, message: `'id' is '${id}' but the file is named '${expected}.yaml'; they must match` }];
}

function neverPositive(scenario: Scenario, source: YamlSource, file: string): Diagnostic[] {
  const best = bestScores(scenario);
  const pos = positionAt(source, 0);
  return PRINCIPLES.filter((p) => best[p] <= 0).map((p) => ({
    code: 'SCN052' as const,
    severity: 'warning' as const,
    file,
    ...pos,
    message: `no path lets '${p}' score above 0; give some reply a positive ${p} score`,
  }));
}

function capped(list: Diagnostic[], cap: number): Diagnostic[] {
  if (list.length <= cap) return list;
  const kept = list.slice(0, cap);
  const first = list[0]!;
  kept.push({ ...first, code: 'SCN099', severity: list.slice(cap).some((d) => d.severity === 'error') ? 'error' : 'warning', message: `${list.length - cap} more problems are not listed; fix these first` });
  return kept;
}

/** Plainer words for the YAML mistakes trainers make most. */
const SYNTAX_HINTS: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'a tab is used for indentation; indent with spaces only',
  DUPLICATE_KEY: 'the same field appears twice in one mapping; keep one',
  BAD_INDENT: 'the indentation does not line up with the lines above',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTILINE_IMPLICIT_KEY: 'a key runs over several lines; is a colon or a quote missing on the line above?',
  BLOCK_AS_IMPLICIT_KEY: 'a value is not indented under its field; is a colon missing?',
};

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Line and column of the first byte that cannot start or continue a UTF-8 sequence. */
function firstBadByte(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const continues = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (length === 0 || [1, 2, 3].slice(0, length - 1).some((k) => !continues(k))) return { line, column: i - lineStart + 1 };
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += length;
  }
  return { line, column: 1 };
}
