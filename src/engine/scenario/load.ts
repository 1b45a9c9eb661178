/**
 * YAML text → Scenario + diagnostics. Never throws on bad input: every problem of the file comes
 * back as a Diagnostic, capped per file so a pathological file cannot flood the trainer.
 */
import { scenarioSchema } from './schema.ts';
import { buildScenario } from './build.ts';
import { checkStructure } from './checks.ts';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { schemaDiagnostics } from './schema-report.ts';
import { principleMaxima } from './analysis.ts';
import { designReport } from './design.ts';
import { designWarnings } from './design-warnings.ts';
import { PRINCIPLES } from './vocabulary.ts';
import { translationWarnings } from './translation-checks.ts';
import { slippedFields, structureDiagnostics } from './structure.ts';
import { firstAlias, firstBadByte, syntaxDiagnostics } from './syntax.ts';
import { expandedSize, TOO_MANY_VALUES, tooManyNodes, type Unlisted } from './budget.ts';
import { MAX_DEPTH, MAX_NODES, MAX_YAML_NODES, MAX_YAML_TOKENS } from './limits.ts';
import { message } from './messages/render.ts';
import { locate, MAX_ALIASES, readYamlWithin, type Position, type YamlSource } from './yaml-source.ts';
import { flatTexts, plainValue } from './yaml-plain.ts';
import type { Scenario, Scores } from './model.ts';

export interface LoadOptions {
  /** Answers whether a file under `public/` exists; without it voice files are not checked. */
  readonly fileExists?: (publicPath: string) => boolean;
  /** The expected id (the file name without .yaml); checked when given. */
  readonly expectedId?: string;
  /**
   * How a file name that differs from the id counts: an error (default; the library's rule) or a
   * warning (a file opened from disk, which a browser may have saved as "my-refund (1).yaml").
   */
  readonly nameMismatch?: 'error' | 'warning';
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

const fail = (
  file: string,
  msg: ReturnType<typeof message>,
  code: Diagnostic['code'] = 'SCN002',
  at: Position = { line: 1, column: 1 },
): LoadResult => ({
  diagnostics: [{ code, severity: 'error', file, ...at, ...msg }],
});

/**
 * Loads raw bytes: refuses oversized files and invalid UTF-8 (pointing at the first bad byte),
 * strips a byte-order mark, then behaves as `loadScenario`.
 */
export function loadScenarioBytes(bytes: Uint8Array, file: string, options: LoadOptions = {}): LoadResult {
  if (bytes.byteLength > MAX_FILE_BYTES) return fail(file, message('SCN002.size', { size: bytes.byteLength, max: MAX_FILE_BYTES }));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(file, message('SCN002.utf8', {}), 'SCN002', firstBadByte(bytes));
  }
  return loadScenario(text, file, options);
}

/** Loads YAML text. The contract: returns a scenario iff no diagnostic is an error. */
export function loadScenario(text: string, file: string, options: LoadOptions = {}): LoadResult {
  const cap = options.maxDiagnostics ?? 50;
  if (text.length > MAX_FILE_BYTES) return fail(file, message('SCN002.chars', { size: text.length, max: MAX_FILE_BYTES }));
  try {
    const unlisted: Unlisted = { count: 0 };
    const result = loadUnsafe(text.replace(/^\uFEFF/, ''), file, options, unlisted);
    return { ...result, diagnostics: capped(sortDiagnostics(result.diagnostics), cap, unlisted.count) };
  } catch (e) {
    // Stack exhaustion on absurd nesting, or an alias bomb caught by the yaml package.
    if (e instanceof RangeError) return fail(file, message('SCN002.deep', {}));
    return fail(file, message('SCN002.other', { detail: e instanceof Error ? e.message : String(e) }));
  }
}

function loadUnsafe(text: string, file: string, options: LoadOptions, unlisted: Unlisted): LoadResult {
  // Reading stops at the token limit: a large file costs no more than one at the limit.
  const source = readYamlWithin(text, MAX_YAML_TOKENS, MAX_DEPTH);
  if (source === 'tokens') return fail(file, message('SCN002.tokens', { max: MAX_YAML_TOKENS, nodes: MAX_NODES }));
  if (source === 'depth') return fail(file, message('SCN002.depth', { max: MAX_DEPTH }));
  const syntax = syntaxDiagnostics(source, file, unlisted);
  if (syntax.length > 0) {
    const structure = structureDiagnostics(text, source, file);
    if (structure) unlisted.count = 0;
    return { diagnostics: structure ?? syntax };
  }
  // Counted before anything is expanded or analysed: the work a file can ask for is bounded.
  if (expandedSize(source) > MAX_YAML_NODES) return fail(file, TOO_MANY_VALUES, 'SCN002', firstAlias(source));
  let raw: unknown;
  try {
    // Most files have no alias, and then a plain conversion does the package's work for less.
    const plain = source.survey.aliases.size === 0 ? plainValue(source.doc) : undefined;
    // Depth and expanded size are bounded by now, so the texts can be walked.
    raw = plain ? plain.value : flatTexts(source.doc.toJS({ maxAliasCount: MAX_ALIASES }));
  } catch (e) {
    // The yaml package refuses alias bombs; nesting too deep (RangeError) is left to the caller.
    if (!(e instanceof Error) || e instanceof RangeError || !/alias/i.test(e.message)) throw e;
    return fail(file, message('SCN002.aliases', {}), 'SCN002', firstAlias(source));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(file, message('SCN003', {}), 'SCN003', locate(source, []));
  }
  const tooLarge = tooManyNodes(raw);
  if (tooLarge) return fail(file, tooLarge, 'SCN002', locate(source, ['nodes'], 'key'));
  const parsed = scenarioSchema.safeParse(raw);
  const diagnostics = parsed.success ? [] : schemaDiagnostics(parsed.error.issues, raw, source, file, unlisted);
  diagnostics.push(...slippedFields(raw, source, file, diagnostics));
  diagnostics.push(...checkStructure({ raw, source, file, ...(options.fileExists ? { fileExists: options.fileExists } : {}) }));
  diagnostics.push(...checkId(raw as Record<string, unknown>, source, file, options.expectedId, options.nameMismatch));
  diagnostics.push(...translationWarnings(raw, source, file));
  if (!parsed.success || hasErrors(diagnostics)) return { diagnostics };
  const scenario = buildScenario(parsed.data);
  const maxima = principleMaxima(scenario);
  diagnostics.push(
    ...neverPositive(maxima.any, source, file),
    ...designWarnings(scenario, source, file, designReport(scenario, maxima.throughMistake)),
  );
  return { scenario, diagnostics };
}

function checkId(
  raw: Record<string, unknown>,
  source: YamlSource,
  file: string,
  expected?: string,
  severity: 'error' | 'warning' = 'error',
): Diagnostic[] {
  const id = Object.hasOwn(raw, 'id') ? raw['id'] : undefined;
  if (expected === undefined || typeof id !== 'string' || id === expected) return [];
  const at = locate(source, ['id']);
  if (severity === 'warning')
    return [{ code: 'SCN014', severity, file, ...at, ...message('SCN014.warning', { id, file: file.split(/[\\/]/).pop() ?? file }) }];
  return [{ code: 'SCN014', severity, file, ...at, ...message('SCN014', { id, expected }) }];
}

function neverPositive(best: Scores, source: YamlSource, file: string): Diagnostic[] {
  // No single reply is at fault: point at the replies as a whole.
  const pos = locate(source, ['nodes'], 'key');
  return PRINCIPLES.filter((p) => best[p] <= 0).map((p) => ({
    code: 'SCN052' as const,
    severity: 'warning' as const,
    file,
    ...pos,
    ...message('SCN052', { principle: p }),
  }));
}

/** The first `cap` diagnostics, and one SCN099 line counting the rest and the `unlisted` ones. */
function capped(list: Diagnostic[], cap: number, unlisted: number): Diagnostic[] {
  if (list.length <= cap && unlisted === 0) return list;
  const kept = list.slice(0, cap);
  // Placed where the unlisted problems begin, so an editor shows it at the cut.
  const rest = list.slice(cap);
  kept.push({
    ...(rest[0] ?? list[list.length - 1]!),
    code: 'SCN099',
    severity: unlisted > 0 || rest.some((d) => d.severity === 'error') ? 'error' : 'warning',
    ...message('SCN099', { count: rest.length + unlisted }),
  });
  return kept;
}
