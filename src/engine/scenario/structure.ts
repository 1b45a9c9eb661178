/**
 * Structure mistakes named as such. A tab, a line shifted out of line, or a forgotten `- ` before
 * a reply makes the YAML parser give up in several places at once, none of which says what
 * happened. Here the first place it gave up is tried with the likely repairs (spaces for the tab,
 * the line moved to an indentation used above, a `- ` added); a repair after which the file reads
 * is reported as one message that names the mistake and the fix, in place of the cascade.
 */
import type { Diagnostic } from './diagnostics.ts';
import { asMap, rawTexts } from './raw.ts';
import { FIELDS } from './schema-paths.ts';
import { isLanguage } from './vocabulary.ts';
import { MAX_REPAIR_TOKENS } from './limits.ts';
import { message } from './messages/render.ts';
import { locate, parseYamlWithin, positionAt, type YamlSource } from './yaml-source.ts';

interface Repair {
  readonly lines: string[];
  readonly msg: ReturnType<typeof message>;
  readonly column: number;
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const meaningful = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
const keyOf = (line: string) => /^\s*(?:- )?([^\s:#][^:#]*?):(?:\s|$)/.exec(line)?.[1];

/** Repairs are tried for at most this many syntax errors (or tab-indented lines) in a file… */
const MAX_REPAIRED_ERRORS = 8;
/** …of at most this many characters (the library's largest file is about 150,000). */
const MAX_REPAIRED_CHARS = 200_000;

/** Whether a repaired text reads without errors, within what is left of the repairs' budget. */
class Tries {
  private left = MAX_REPAIR_TOKENS;

  reads(text: string): boolean {
    if (this.left <= 0) return false;
    const parsed = parseYamlWithin(text, this.left);
    this.left = parsed ? this.left - parsed.tokens : 0;
    return parsed !== undefined && parsed.doc.errors.length === 0;
  }
}

/** The diagnostics to show instead of `source`'s syntax errors, or undefined to show those. */
export function structureDiagnostics(text: string, source: YamlSource, file: string): Diagnostic[] | undefined {
  // Each repair is tried by parsing the whole file again: only for a file with a mistake or two
  // that is of a size people write, so a broken or generated file costs no more than one parse.
  if (source.doc.errors.length > MAX_REPAIRED_ERRORS || text.length > MAX_REPAIRED_CHARS) return undefined;
  const lines = text.split('\n');
  const tabs = lines.flatMap((l, i) => (/^ *\t/.test(l) ? [i] : []));
  if (tabs.length > MAX_REPAIRED_ERRORS) return undefined;
  const tries = new Tries();
  if (tabs.length) return tabs.map((i) => tabMessage(lines, i, file, tries));
  const first = [...source.doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (!first) return undefined;
  const at = positionAt(source, first.pos[0]).line - 1;
  // The parser may notice a mistake a line late (a key it cannot place); look at the line before too.
  for (const line of [at, at - 1]) {
    if (line < 0 || !meaningful(lines[line] ?? '')) continue;
    for (const repair of repairs(lines, line)) {
      // Only a repair after which the whole file reads is taken for what happened.
      if (!tries.reads(repair.lines.join('\n'))) continue;
      return [{ code: 'SCN001', severity: 'error', file, line: line + 1, column: repair.column, ...repair.msg }];
    }
  }
  return undefined;
}

function tabMessage(lines: readonly string[], i: number, file: string, tries: Tries): Diagnostic {
  const line = lines[i]!;
  const rest = line.replace(/^[ \t]*/, '');
  const key = keyOf(line);
  // The indentation the line most likely meant: that of the next line, if the file then reads.
  const next = lines.slice(i + 1).find((l) => meaningful(l) && !/^ *\t/.test(l));
  const candidates = indentsAbove(lines, i);
  const reads = (n: number) => {
    const copy = lines.map((l) => l.replace(/^( *)\t+/, '$1  '));
    copy[i] = ' '.repeat(n) + rest;
    return tries.reads(copy.join('\n'));
  };
  const preferred = next === undefined ? undefined : indentOf(next);
  const guess = preferred !== undefined && candidates.includes(preferred) && reads(preferred) ? preferred : candidates.find(reads);
  return { code: 'SCN001', severity: 'error', file, line: i + 1, column: 1, ...message('SCN001.tab', { key, guess }) };
}

/** The indentations of the lines above `i` that could still hold a line (its enclosing levels). */
function indentsAbove(lines: readonly string[], i: number): number[] {
  const out: number[] = [];
  let limit = Infinity;
  for (let j = i - 1; j >= 0 && limit > 0; j--) {
    const l = lines[j]!;
    if (!meaningful(l) || /^ *\t/.test(l)) continue;
    const n = indentOf(l);
    const contentCol = l.trimStart().startsWith('- ') ? n + 2 : undefined;
    for (const c of [contentCol, n]) if (c !== undefined && c <= limit && !out.includes(c) && (c < limit || out.length === 0)) out.push(c);
    limit = Math.min(limit, n);
  }
  return out;
}

/** The likely repairs of line `i`: moved to an indentation used above (nearest first), then a `- ` added. */
function repairs(lines: readonly string[], i: number): Repair[] {
  const line = lines[i]!;
  const n = indentOf(line);
  const body = line.slice(n);
  const key = keyOf(line);
  const out: Repair[] = [];
  const above = indentsAbove(lines, i)
    .filter((c) => c !== n)
    .sort((a, b) => Math.abs(a - n) - Math.abs(b - n));
  for (const c of above) {
    const copy = [...lines];
    copy[i] = ' '.repeat(c) + body;
    const anchor = nearestAt(lines, i, c);
    const anchorAt = anchor === undefined ? {} : { anchorLine: anchor + 1, anchorKey: keyOf(lines[anchor]!) };
    out.push({ lines: copy, column: 1, msg: message('SCN001.indent', { key, spaces: n, expected: c, ...anchorAt }) });
  }
  if (key && !body.startsWith('- ')) {
    const dash = (prefix: string): Repair => {
      const copy = [...lines];
      copy[i] = prefix + '- ' + body;
      return { lines: copy, column: n + 1, msg: message('SCN001.dash', { key }) };
    };
    if (n >= 2) out.push(dash(' '.repeat(n - 2)));
    out.push(dash(' '.repeat(n)));
  }
  return out;
}

/** The nearest meaningful line above `i` indented exactly `c` (or a list item whose content starts at `c`). */
function nearestAt(lines: readonly string[], i: number, c: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (!meaningful(l)) continue;
    const n = indentOf(l);
    if (n === c || (l.trimStart().startsWith('- ') && n + 2 === c)) return j;
    if (n < c) return undefined;
  }
  return undefined;
}

/**
 * A field pushed too far in, under a text (`next:` indented under `feedback:`), reads as a
 * language of that text. Names that mistake, and drops what it set off: the "not a language"
 * for the field and the "missing the required field" of the mapping it left.
 */
export function slippedFields(raw: unknown, source: YamlSource, file: string, diagnostics: Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { path, value } of rawTexts(raw)) {
    const map = asMap(value);
    if (!map) continue;
    const kind = path[0] === 'nodes' ? (path.length > 4 ? 'choice' : 'node') : path[0] === 'customer' ? 'customer' : 'top';
    const field = String(path[path.length - 1]);
    for (const key of Object.keys(map)) {
      if (isLanguage(key) || !(FIELDS[kind] ?? []).includes(key)) continue;
      const at = locate(source, [...path, key], 'key');
      const parent = path.slice(0, -1);
      const parentAt = locate(source, parent, typeof parent[parent.length - 1] === 'string' ? 'key' : 'value');
      const drop = diagnostics.filter(
        (d) =>
          (d.code === 'SCN017' && d.line === at.line && d.column === at.column) ||
          (d.code === 'SCN010' && d.params['field'] === key && d.line === parentAt.line && d.column === parentAt.column),
      );
      for (const d of drop) diagnostics.splice(diagnostics.indexOf(d), 1);
      out.push({ code: 'SCN001', severity: 'error', file, ...at, ...message('SCN001.slipped', { path: parent, key, field }) });
    }
  }
  return out;
}
