/**
 * Reading YAML text with source positions, so that every diagnostic can point at the key or value
 * a trainer has to fix. Wraps the `yaml` package's Document and LineCounter.
 */
import { surveyDocument, type Survey } from './yaml-survey.ts';
import {
  Composer,
  type CST,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  YAMLParseError,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface YamlSource {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** The YAML tokens read: what the parse cost. */
  readonly tokens: number;
  /** Duplicate keys, values and aliases, found in one walk as the document was read. */
  readonly survey: Survey;
}

/** Aliases allowed per file: enough for any honest scenario, far too few for an alias bomb. */
export const MAX_ALIASES = 200;

/** Parses `text`, however large (the checker reads through `parseYamlWithin`). */
export function parseYaml(text: string): YamlSource {
  return parseYamlWithin(text, Infinity)!;
}

/**
 * Parses `text` unless it holds more than `maxTokens` YAML tokens (keys, values, punctuation,
 * spaces and line breaks, as the `yaml` package's lexer splits them): then stops reading there
 * and answers undefined. Parsing costs about the same per token, so this bounds its work before
 * the tree is built.
 */
export function parseYamlWithin(text: string, maxTokens: number): YamlSource | undefined {
  const read = readYamlWithin(text, maxTokens);
  return typeof read === 'object' ? read : undefined;
}

/**
 * As `parseYamlWithin`, and refusing as well a file nested more than `maxDepth` levels deep
 * (measured on the parser's tree, before the recursive steps that would exhaust a stack): which
 * of the two limits it is over, or the parsed source.
 */
export function readYamlWithin(text: string, maxTokens: number, maxDepth = Infinity): YamlSource | 'tokens' | 'depth' {
  const lines = new LineCounter();
  // logLevel 'error': the package would otherwise print warnings (a list used as a key) to the console.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  // As parseDocument does, with the lexer and parser driven here so the tokens can be counted (in a
  // plain loop: one generator fewer per token than the package's own).
  const parser = new Parser(lines.addNewLine);
  lines.addNewLine(0);
  let tokens = 0;
  // The parser keeps every collection still open on its stack, so the stack's highest reach bounds
  // the nesting: only a file that reached past the limit needs the walk that measures it.
  let reach = 0;
  const cst: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    if (++tokens > maxTokens) return 'tokens';
    for (const token of parser.next(lexeme)) cst.push(token);
    if (parser.stack.length > reach) reach = parser.stack.length;
  }
  for (const token of parser.end()) cst.push(token);
  if (reach > maxDepth && deeperThan(cst, maxDepth)) return 'depth';
  let doc: Document.Parsed | undefined;
  let survey: Survey | undefined;
  withoutStacks(() => {
    for (const next of composer.compose(cst, true, text.length)) {
      if (!doc) doc = next;
      else {
        doc.errors.push(
          new YAMLParseError(
            [next.range[0], next.range[1]],
            'MULTIPLE_DOCS',
            'Source contains multiple documents; please use YAML.parseAllDocuments()',
          ),
        );
        break;
      }
    }
    survey = surveyDocument(doc!);
    // The package's own check compares each key with every earlier one (minutes for a mapping of
    // 60,000 keys); the survey's is linear and reports the same error.
    for (const key of survey.duplicateKeys) {
      const [start, end] = key.range ?? [0, 0];
      doc!.errors.push(new YAMLParseError([start, end], 'DUPLICATE_KEY', 'Map keys must be unique'));
    }
  });
  return { doc: doc!, lines, tokens, survey: survey! };
}

/**
 * Runs `work` with no stack traces recorded for the errors it makes. Each YAML syntax error is an
 * Error object, and recording its stack (which no diagnostic shows) was most of the cost of a file
 * with a hundred thousand of them. Engines without the V8 setting are unaffected.
 */
function withoutStacks(work: () => void): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Whether the parser's tree nests collections more than `max` levels deep (walked without recursion). */
function deeperThan(tokens: readonly CST.Token[], max: number): boolean {
  type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;
  const nested = (t: CST.Token | null | undefined): t is Collection => t != null && 'items' in t;
  // Only collections can nest deeper; two stacks side by side, so no pair is made per collection.
  const todo: Collection[] = [];
  const depths: number[] = [];
  const push = (t: Collection, depth: number) => {
    todo.push(t);
    depths.push(depth);
  };
  for (const t of tokens) if (t.type === 'document' && nested(t.value)) push(t.value, 1);
  while (todo.length > 0) {
    const token = todo.pop()!;
    const depth = depths.pop()!;
    if (depth > max) return true;
    for (const item of token.items as readonly { key?: CST.Token | null; value?: CST.Token }[]) {
      if (nested(item.key)) push(item.key, depth + 1);
      if (nested(item.value)) push(item.value, depth + 1);
    }
  }
  return false;
}

/** 1-based line and column of a character offset. */
export function positionAt(source: YamlSource, offset: number): Position {
  const { line, col } = source.lines.linePos(offset);
  return { line, column: col };
}

/**
 * Finds where `path` is written. With `at: 'key'` the position of the mapping key (for unknown or
 * misplaced fields), else of the value. Where the path does not exist (a missing field), answers
 * the position of the deepest part that does, so the trainer is sent to the right mapping.
 */
export function locate(source: YamlSource, path: Path, at: 'key' | 'value' = 'value'): Position {
  let node: unknown = source.doc.contents;
  let best: Node | undefined = isNodeWithRange(node) ? node : undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = keyIndex(node).get(String(segment));
      if (!pair) break;
      const key = pair.key as Node;
      if (last && at === 'key') return start(source, key);
      best = key;
      node = pair.value;
      if (isNodeWithRange(node)) best = node;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (!isNodeWithRange(node)) break;
      best = node;
    } else {
      break;
    }
  }
  return best ? start(source, best) : { line: 1, column: 1 };
}

/** Each mapping's pairs by key, made once: a file with thousands of wrong keys is located in linear time. */
const keyIndexes = new WeakMap<object, Map<string, Pair>>();
function keyIndex(map: YAMLMap): Map<string, Pair> {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    keyIndexes.set(map, index);
  }
  return index;
}

function isNodeWithRange(node: unknown): node is Node {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray((node as Node).range);
}

function start(source: YamlSource, node: Node): Position {
  return positionAt(source, node.range?.[0] ?? 0);
}
