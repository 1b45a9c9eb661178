/**
 * The broken-scenario corpus: every file in tests/fixtures/broken/ names, in `# expect:` comment
 * lines, exactly the diagnostics it must produce (code, line, column, optionally severity). The
 * positions were worked out by reading the files, so a change in where the checker points shows
 * up here. A subfolder is one library checked together (two files claiming one id).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import { CODES, loadLibrary, type Diagnostic, type DiagnosticCode } from '../../src/engine/authoring.ts';
import { root } from './helpers.ts';

const corpus = resolve(root, 'tests/fixtures/broken');
const publicDir = resolve(root, 'public');
const fileExists = (p: string) => {
  const full = resolve(publicDir, p);
  return full.startsWith(publicDir + sep) && existsSync(full);
};

/** Cases: each top-level file alone, each subfolder as one library (files in name order). */
const cases = readdirSync(corpus)
  .sort()
  .map((name) => {
    const full = join(corpus, name);
    const files = statSync(full).isDirectory()
      ? readdirSync(full)
          .sort()
          .map((f) => join(full, f))
      : [full];
    return { name, files };
  });

const text = (file: string) => new TextDecoder().decode(readFileSync(file));
const WARNINGS = new Set<string>(['SCN050', 'SCN051', 'SCN052', 'SCN053', 'SCN054', 'SCN055', 'SCN060', 'SCN061', 'SCN062', 'SCN063']);

/** `# expect: SCN031 16:15 [error|warning]` lines → `SCN031 16:15 error`. */
function expected(file: string): string[] {
  return [...text(file).matchAll(/^# expect: (SCN\d{3}) (\d+:\d+)(?: (error|warning))?$/gm)].map(
    ([, code, at, severity]) => `${code} ${at} ${severity ?? (WARNINGS.has(code!) ? 'warning' : 'error')}`,
  );
}

const produced = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.code} ${d.line}:${d.column} ${d.severity}`).sort();

/** The node whose lines hold `line`, if any: its messages must name it. */
function nodeAt(file: string, line: number): string | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text(file), { lineCounter: lines });
  const nodes = isMap(doc.contents) ? doc.contents.get('nodes', true) : undefined;
  if (!isMap(nodes)) return undefined;
  for (const pair of nodes.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const from = lines.linePos(pair.key.range?.[0] ?? 0).line;
    // A block mapping's value ends where the next line starts: its last character is one before.
    const to = lines.linePos(((pair.value as { range?: number[] } | null)?.range?.[1] ?? 1) - 1).line;
    if (line >= from && line <= to) return String(pair.key.value);
  }
  return undefined;
}

const TOP_FIELDS = ['id', 'format', 'source', 'languages', 'title', 'brief', 'channel', 'difficulty', 'customer', 'tags', 'start', 'nodes'];

/** A top-level message quotes a field of the format ('customer.mood' counts) or a word of its line. */
function namesField(message: string, line: string): boolean {
  const quoted = [...message.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  return quoted.some((q) => TOP_FIELDS.includes(q.split('.')[0]!) || line.includes(q));
}
/** Problems of the file as a whole: they cannot name a field. */
const FILE_LEVEL = new Set<DiagnosticCode>(['SCN001', 'SCN002', 'SCN003', 'SCN099']);
/** Design warnings about the decisions as a whole, placed at `nodes:`: they name the nodes involved instead. */
const ACROSS_NODES = new Set<DiagnosticCode>(['SCN061', 'SCN062']);

/** The ids of the file's nodes. */
function nodeIds(file: string): string[] {
  const doc = parseDocument(text(file));
  const nodes = isMap(doc.contents) ? doc.contents.get('nodes', true) : undefined;
  return isMap(nodes) ? nodes.items.flatMap((p) => (isPair(p) && isScalar(p.key) ? [String(p.key.value)] : [])) : [];
}

const loaded = cases.map(({ name, files }) => {
  const entries = loadLibrary(
    files.map((f) => ({ file: relative(root, f), bytes: readFileSync(f) })),
    { fileExists },
  );
  return { name, files, entries };
});

describe('broken-scenario corpus', () => {
  for (const { name, files, entries } of loaded) {
    it(`${name}: exactly the expected diagnostics`, () => {
      files.forEach((file, i) => {
        expect(produced(entries[i]!.diagnostics), relative(corpus, file)).toEqual(expected(file).sort());
        expect(entries[i]!.scenario === undefined, 'playable iff no error').toBe(
          entries[i]!.diagnostics.some((d) => d.severity === 'error'),
        );
      });
    });

    it(`${name}: every message is non-empty and names its node or field`, () => {
      files.forEach((file, i) => {
        for (const d of entries[i]!.diagnostics) {
          expect(d.message.trim().length, d.code).toBeGreaterThan(10);
          if (FILE_LEVEL.has(d.code)) continue;
          if (d.code === 'SCN052') expect(d.message).toMatch(/'(listen|empathy|honesty|calm)'/);
          if (ACROSS_NODES.has(d.code)) {
            const ids = nodeIds(file);
            const quoted = [...d.message.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
            expect(quoted.length, `${d.code}: ${d.message}`).toBeGreaterThan(0);
            for (const q of quoted) expect(ids, `${d.code} names '${q}'`).toContain(q);
            continue;
          }
          const node = nodeAt(file, d.line);
          if (node !== undefined) expect(d.message, `${d.code} at ${d.line}`).toContain(`node '${node}'`);
          else if (d.code !== 'SCN052')
            expect(namesField(d.message, text(file).split('\n')[d.line - 1] ?? ''), `${d.code}: ${d.message}`).toBe(true);
        }
      });
    });
  }

  it('covers every diagnostic code of the catalogue', () => {
    const covered = new Set(loaded.flatMap(({ files }) => files.flatMap(expected)).map((e) => e.split(' ')[0]));
    const missing = Object.keys(CODES).filter((c) => !covered.has(c));
    expect(missing).toEqual([]);
  });

  it('names every corpus file after its id, so only the intended problems are reported', () => {
    for (const { files } of loaded) {
      for (const file of files) expect(relative(corpus, file)).toMatch(/^scn\d{3}-[a-z0-9-]+(\/scn\d{3}-[a-z0-9-]+)?\.ya?ml$/);
    }
  });
});
