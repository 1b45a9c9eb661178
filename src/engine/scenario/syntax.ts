/**
 * Problems of reading a file before its fields mean anything: YAML syntax, aliases, UTF-8.
 * The `yaml` package reports where it gave up; a trainer needs where the mistake starts (the
 * opening quote or bracket that is never closed), in plain words.
 */
import { isAlias, isCollection, isScalar, visit, type Node, type YAMLError } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';
import { MAX_DIAGNOSTICS } from './limits.ts';
import { message } from './messages/render.ts';
import { positionAt, type Position, type YamlSource } from './yaml-source.ts';

/** Plainer words for the YAML mistakes trainers make most. */
const HINTS = [
  'TAB_AS_INDENT',
  'DUPLICATE_KEY',
  'BAD_INDENT',
  'MULTILINE_IMPLICIT_KEY',
  'BLOCK_AS_IMPLICIT_KEY',
  'UNEXPECTED_TOKEN',
] as const;
const hinted = (code: string): code is (typeof HINTS)[number] => (HINTS as readonly string[]).includes(code);

/** One diagnostic per place: the `yaml` package can report one mistake twice at one offset. */
export function syntaxDiagnostics(source: YamlSource, file: string): Diagnostic[] {
  const seen = new Set<number>();
  const out: Diagnostic[] = [];
  for (const e of source.doc.errors) {
    if (seen.has(e.pos[0])) continue;
    seen.add(e.pos[0]);
    // Finding where an unclosed quote or bracket opened walks the whole file: only for those listed.
    const { offset, msg } = explain(source, e, out.length < MAX_DIAGNOSTICS);
    out.push({ code: 'SCN001', severity: 'error', file, ...positionAt(source, offset), ...msg });
  }
  return out;
}

function explain(source: YamlSource, e: YAMLError, precise: boolean): { offset: number; msg: ReturnType<typeof message> } {
  const quote = /^Missing closing (["'])quote/.exec(e.message)?.[1];
  if (e.code === 'MISSING_CHAR' && quote) {
    const opening = precise
      ? unclosedAt(source, e.pos[0], (n) => isScalar(n) && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE'))
      : undefined;
    return { offset: opening ?? e.pos[0], msg: message('SCN001.quote', { quote }) };
  }
  const flow = /^Flow (sequence|map) in block collection/.exec(e.message)?.[1];
  if (flow) {
    const [open, close] = flow === 'map' ? ['{', '}'] : ['[', ']'];
    const opening = precise ? unclosedAt(source, e.pos[0], (n) => isCollection(n) && n.flow === true) : undefined;
    return { offset: opening ?? e.pos[0], msg: message('SCN001.bracket', { open, close }) };
  }
  if (hinted(e.code)) return { offset: e.pos[0], msg: message(`SCN001.${e.code}`, {}) };
  return {
    offset: e.pos[0],
    msg: message('SCN001.other', { detail: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') }),
  };
}

/** Start of the innermost node of a kind that runs up to `end`: the one left open. */
function unclosedAt(source: YamlSource, end: number, kind: (n: Node) => boolean): number | undefined {
  let found: number | undefined;
  visit(source.doc, (_key, node) => {
    const range = (node as Node).range;
    if (range && range[1] === end && kind(node as Node) && (found === undefined || range[0] > found)) found = range[0];
  });
  return found;
}

/** Where the first alias (`*name`) is written, for a file that repeats aliases too often. */
export function firstAlias(source: YamlSource): Position {
  let offset = 0;
  visit(source.doc, {
    Alias(_key, node) {
      if (!isAlias(node)) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return positionAt(source, offset);
}

/** Line and column of the first byte that cannot start or continue a UTF-8 sequence. */
export function firstBadByte(bytes: Uint8Array): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length;) {
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
