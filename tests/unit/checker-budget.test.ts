/**
 * Bounded work in the checker: each file of the fault probe gets a short, clear answer — one
 * diagnostic naming the limit and what to do, or at most the usual 50 and a count of the rest —
 * from the same loader the CLI, the build and the browser use. The work itself is counted where
 * it is bounded: the tokens read, the diagnostics worked out. (How long each takes is measured
 * by `npm run bench`, not here.)
 */
import { describe, expect, it } from 'vitest';
import { isCollection, isPair, parseDocument } from 'yaml';
import {
  loadScenario,
  loadScenarioBytes,
  MAX_DEPTH,
  MAX_DIAGNOSTICS,
  MAX_NODES,
  MAX_REPAIR_TOKENS,
  MAX_YAML_TOKENS,
} from '../../src/engine/authoring.ts';
import { editDistance, suggest } from '../../src/engine/scenario/suggest.ts';
import { syntaxDiagnostics } from '../../src/engine/scenario/syntax.ts';
import { parseYamlWithin, readYamlWithin } from '../../src/engine/scenario/yaml-source.ts';
import { MAX_QUOTED } from '../../src/engine/scenario/messages/render.ts';
import { countingTokens, tokensIn } from './lexed-tokens.ts';
import { chain, PROBES } from './probe-files.ts';

/** How many collections deep a parsed value nests, counted on the package's own document. */
function nesting(node: unknown): number {
  if (!isCollection(node)) return 0;
  const inner = node.items.flatMap((item) => (isPair(item) ? [nesting(item.key), nesting(item.value)] : [nesting(item)]));
  return 1 + Math.max(0, ...inner);
}

const load = (name: string) => loadScenario(PROBES[name]!(), `${name}.yaml`);
const TOO_LARGE = `the file is too large to check: it holds more than 200,000 YAML tokens (keys, values, punctuation and line breaks), over twice what 200 nodes in five languages need; split it into several scenarios`;

describe('the checker on files made to stall it', () => {
  it.each(['errors-60k', 'chain-2500'])('stops reading %s at the token limit and says so in one diagnostic', (name) => {
    expect(parseYamlWithin(PROBES[name]!(), MAX_YAML_TOKENS)).toBeUndefined();
    expect(load(name).diagnostics).toEqual([expect.objectContaining({ code: 'SCN002', severity: 'error', line: 1, message: TOO_LARGE })]);
  });

  it('reads a file under the token limit to the end, counting what it read', () => {
    const source = parseYamlWithin(PROBES['unknown-20k']!(), MAX_YAML_TOKENS);
    expect(source?.tokens).toBeGreaterThan(100_000);
    expect(source!.tokens).toBeLessThanOrEqual(MAX_YAML_TOKENS);
  });

  it('refuses a scenario of more nodes than the limit with one diagnostic, and checks one at the limit', () => {
    expect(loadScenario(chain(MAX_NODES + 1), 'chain.yaml').diagnostics).toEqual([
      expect.objectContaining({
        code: 'SCN002',
        message: `the file has 201 nodes; a scenario may have at most ${MAX_NODES}: split it into several scenarios`,
      }),
    ]);
    const atLimit = loadScenario(chain(MAX_NODES), 'chain.yaml');
    expect(atLimit.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(atLimit.scenario).toBeDefined();
  });

  it.each([
    ['flow lists 10,000 deep', `id: x\nnodes: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['flow maps 5,000 deep', `id: x\nnodes: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}\n`],
    ['block mappings 1,350 deep', `id: x\n${Array.from({ length: 1_350 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`],
  ])('refuses %s by the depth limit, before anything recursive runs', (_name, text) => {
    expect(loadScenario(text, 'x.yaml').diagnostics).toEqual([
      expect.objectContaining({
        code: 'SCN002',
        message: `the file is nested more than ${MAX_DEPTH} levels deep, where a scenario needs about 6; check the indentation and that every '[' and '{' is closed`,
      }),
    ]);
  });

  it('reads a file nested to the depth limit', () => {
    const text = `id: x\nnodes: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\n`;
    expect(loadScenario(text, 'x.yaml').diagnostics.map((d) => d.key)).not.toContain('SCN002.depth');
  });

  // The parser's stack only decides whether the depth is measured at all: the limit stays exact
  // for every way YAML can nest (block, compact, flow, complex keys, a mix of them).
  it.each([
    ['block mappings', (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' v\n'],
    ['block lists', (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2)}-`).join('\n') + ' v\n'],
    ['compact lists', (n: number) => `${'- '.repeat(n)}v\n`],
    ['flow lists', (n: number) => `${'['.repeat(n)}v${']'.repeat(n)}\n`],
    ['flow maps', (n: number) => `${'{a: '.repeat(n)}v${'}'.repeat(n)}\n`],
    ['complex keys', (n: number) => `${'? '.repeat(n)}v\n`],
    ['flow maps as a key', (n: number) => `${'{'.repeat(n - 1)}a: b${'}'.repeat(n - 1)}: c\n`],
    [
      'lists and mappings in turn',
      (n: number) => Array.from({ length: n }, (_, i) => ' '.repeat(i) + (i % 2 ? '- k:' : 'k:')).join('\n') + ' v\n',
    ],
  ])('measures %s against the depth limit exactly', (_name, nested) => {
    for (const n of [2, 5, 9]) {
      const text = nested(n);
      const depth = nesting(parseDocument(text).contents);
      expect(depth).toBeGreaterThanOrEqual(n);
      expect(readYamlWithin(text, Infinity, depth - 1)).toBe('depth');
      expect(readYamlWithin(text, Infinity, depth)).not.toBe('depth');
    }
  });

  it('refuses a file over the size limit before reading it', () => {
    const bytes = new TextEncoder().encode(PROBES['chain-6000']!());
    expect(loadScenarioBytes(bytes, 'chain-6000.yaml').diagnostics).toEqual([
      expect.objectContaining({
        code: 'SCN002',
        message: `the file is ${bytes.byteLength} bytes; a scenario may be at most 1000000 bytes`,
      }),
    ]);
  });

  it('refuses a wide anchor aliased many times by the values it expands to, pointing at the first alias', () => {
    const text = PROBES['bomb-wide']!();
    const before = text.slice(0, text.indexOf('*big')).split('\n');
    expect(load('bomb-wide').diagnostics).toEqual([
      expect.objectContaining({
        code: 'SCN002',
        line: before.length,
        column: before[before.length - 1]!.length + 1,
        message: expect.stringMatching(/^the file holds more than 200,000 values once its aliases \(\*name\) are expanded/),
      }),
    ]);
  });

  it('tries the repairs of a syntax error within their budget, and still names the mistake', () => {
    const text = PROBES['lost-quote']!();
    const { result, tokens } = countingTokens(() => loadScenario(text, 'late-delivery.yaml'));
    const line = text.split('\n').findIndex((l, i, all) => /^ +feedback:$/.test(all[i - 1] ?? '') && /^ +en: [^"]/.test(l)) + 1;
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'SCN001', key: 'SCN001.BLOCK_AS_IMPLICIT_KEY', line })]);
    // The repairs used their whole budget on this file (there were more to try)…
    expect(tokens).toBeGreaterThan(MAX_REPAIR_TOKENS);
    // …and read no more than that beyond the one reading of the file.
    expect(tokens).toBeLessThanOrEqual(tokensIn(text) + MAX_REPAIR_TOKENS + 1);
  });

  it('works out the first 50 of 10,000 syntax errors and only counts the rest', () => {
    const source = parseYamlWithin(PROBES['syntax-10k']!(), MAX_YAML_TOKENS)!;
    const unlisted = { count: 0 };
    const worked = syntaxDiagnostics(source, 'syntax-10k.yaml', unlisted);
    expect(worked).toHaveLength(MAX_DIAGNOSTICS);
    expect(unlisted.count).toBe(10_000 - MAX_DIAGNOSTICS);
    // The first ones in the file, each at the bracket left open.
    expect(worked.map((d) => d.line)).toEqual(Array.from({ length: MAX_DIAGNOSTICS }, (_, i) => i + 2));
    expect(worked[0]).toMatchObject({ column: 5, message: expect.stringContaining("the '[' that starts here is never closed") });
    const { diagnostics } = load('syntax-10k');
    expect(diagnostics).toHaveLength(51);
    expect(diagnostics[50]).toMatchObject({
      code: 'SCN099',
      severity: 'error',
      message: '9950 more problems are not listed; fix these first',
    });
  });

  it.each([
    ['unknown-20k', 20_000],
    ['errors-10k', 10_000],
  ])('lists 50 problems of %s and counts the rest exactly', (name, problems) => {
    const { diagnostics } = load(name);
    expect(diagnostics).toHaveLength(51);
    expect(diagnostics[50]).toMatchObject({
      code: 'SCN099',
      severity: 'error',
      message: `${problems - MAX_DIAGNOSTICS} more problems are not listed; fix these first`,
    });
  });

  it('reports a duplicate key in a mapping of thousands', () => {
    const text = PROBES['errors-10k']!() + 'e17: 1\n';
    expect(loadScenario(text, 'x.yaml').diagnostics[0]).toMatchObject({
      code: 'SCN001',
      message: 'YAML syntax: the same field appears twice in one mapping; keep one',
    });
  });

  it('answers a 100,000-character key and a 100,000-character name with short messages', () => {
    const [key] = load('didyoumean-100000').diagnostics;
    expect(key).toMatchObject({ code: 'SCN001', message: expect.stringContaining('at most 1024 chars') });
    const written = PROBES['didyoumean-100000']!().replace(/\n {2}(b+):\n/, '\n  ? $1\n  :\n');
    const [start] = loadScenario(written, 'two-paths.yaml').diagnostics;
    expect(start).toMatchObject({ code: 'SCN030', params: { start: `${'a'.repeat(MAX_QUOTED)}…` } });
    expect(start!.message.length).toBeLessThan(MAX_QUOTED + 100);
  });

  it('offers no did-you-mean for a name too long to be a typo, and compares a bounded number of candidates', () => {
    expect(suggest('a'.repeat(100_000), ['a'.repeat(100_001)])).toBeUndefined();
    expect(suggest('titel', ['x'.repeat(100_000), 'title'])).toBe('title');
    expect(suggest('node-1', [...Array.from({ length: 5_000 }, (_, i) => `other-${i}`), 'node-2'])).toBeUndefined();
    expect(editDistance('titel', 'title')).toBe(1);
  });
});
