/**
 * Problems of reading a file before its fields mean anything: YAML syntax, aliases, UTF-8.
 * The `yaml` package reports where it gave up; a trainer needs where the mistake starts (the
 * opening quote or bracket that is never closed), in plain words.
 */
import { isCollection, isScalar, visit, type Node, type YAMLError } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';
import { MAX_DIAGNOSTICS } from './limits.ts';
import type { Unlisted } from './budget.ts';
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

/**
 * One diagnostic per place (the `yaml` package can report one mistake twice at one offset), the
 * first `MAX_DIAGNOSTICS` in the file worked out in full and the rest added to `unlisted`.
 */
export function syntaxDiagnostics(source: YamlSource, file: string, unlisted: Unlisted = { count: 0 }): Diagnostic[] {
  const places = new Map<number, YAMLError>();
  for (const e of source.doc.errors) if (!places.has(e.pos[0])) places.set(e.pos[0], e);
  const errors = [...places.values()].sort((a, b) => a.pos[0] - b.pos[0]);
  const openings = new Openings(source);
  const out: Diagnostic[] = errors.slice(0, MAX_DIAGNOSTICS).map((e) => {
    const { offset, msg } = explain(openings, e);
    return { code: 'SCN001', severity: 'error', file, ...positionAt(source, offset), ...msg };
  });
  unlisted.count += errors.length - out.length;
  return out;
}

function explain(openings: Openings, e: YAMLError): { offset: number; msg: ReturnType<typeof message> } {
  const quote = /^Missing closing (["'])quote/.exec(e.message)?.[1];
  if (e.code === 'MISSING_CHAR' && quote) {
    const opening = openings.quote(e.pos[0]);
    return { offset: opening ?? e.pos[0], msg: message('SCN001.quote', { quote }) };
  }
  const flow = /^Flow (sequence|map) in block collection/.exec(e.message)?.[1];
  if (flow) {
    const [open, close] = flow === 'map' ? ['{', '}'] : ['[', ']'];
    const opening = openings.flow(e.pos[0]);
    return { offset: opening ?? e.pos[0], msg: message('SCN001.bracket', { open, close }) };
  }
  if (hinted(e.code)) return { offset: e.pos[0], msg: message(`SCN001.${e.code}`, {}) };
  return {
    offset: e.pos[0],
    msg: message('SCN001.other', { detail: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') }),
  };
}

/**
 * Where the quote or bracket left open up to an offset starts: the innermost quoted text or flow
 * collection that runs up to it. The file is walked once, on the first question, however many
 * syntax errors it has.
 */
class Openings {
  private built?: { readonly quotes: Map<number, number>; readonly flows: Map<number, number> };
  constructor(private readonly source: YamlSource) {}

  quote(end: number): number | undefined {
    return this.index().quotes.get(end);
  }

  flow(end: number): number | undefined {
    return this.index().flows.get(end);
  }

  private index(): { readonly quotes: Map<number, number>; readonly flows: Map<number, number> } {
    if (this.built) return this.built;
    const quotes = new Map<number, number>();
    const flows = new Map<number, number>();
    // The innermost of the nodes ending at one offset is the one that starts last.
    const note = (into: Map<number, number>, [start, end]: readonly number[]) => {
      if (start !== undefined && end !== undefined && !((into.get(end) ?? -1) > start)) into.set(end, start);
    };
    visit(this.source.doc, (_key, node) => {
      const n = node as Node;
      if (!n.range) return;
      if (isScalar(n) && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE')) note(quotes, n.range);
      else if (isCollection(n) && n.flow === true) note(flows, n.range);
    });
    return (this.built = { quotes, flows });
  }
}

/** Where the first alias (`*name`) is written, for a file that repeats aliases too often. */
export function firstAlias(source: YamlSource): Position {
  // The survey met the aliases in document order, as it read the file.
  const [first] = source.survey.aliases.keys();
  return positionAt(source, first?.range?.[0] ?? 0);
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
