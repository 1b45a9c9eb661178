/**
 * Property test of the loader's contract on broken input: whatever the bytes, it never throws,
 * does bounded work (each file read once, again only to point at a clashing id, and a syntax
 * error's repairs within their budget), points every diagnostic at a real place (line and column
 * ≥ 1), and returns a scenario exactly when no diagnostic is an error. The work is counted in
 * tokens, not timed, so a busy machine cannot fail it (`npm run bench` times the fault probe).
 * Inputs are valid scenarios broken in structure (keys deleted, renamed, given random values) and
 * in text (cut short, stray bytes, tabs, BOMs, CRLF), plus short YAML-looking strings. The whole
 * file runs in well under 20 s.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasErrors, loadLibrary, loadScenario, MAX_REPAIR_TOKENS, MAX_YAML_TOKENS, type LoadResult } from '../../src/engine/authoring.ts';
import { countingTokens, tokensIn } from './lexed-tokens.ts';
import { root } from './helpers.ts';
import { mutateStructure, mutateText, parsed, structuralMutation, textMutation, yamlish } from './mutate.ts';

const seedFiles = [
  ...readdirSync(resolve(root, 'tests/fixtures/valid'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `tests/fixtures/valid/${f}`),
  'scenarios/late-delivery.yaml',
];
const seeds = seedFiles.map((file) => {
  const text = readFileSync(resolve(root, file), 'utf8');
  return { file, id: file.replace(/^.*\/|\.yaml$/g, ''), text, data: parsed(text) };
});
const seed = fc.constantFrom(...seeds);

/** `FUZZ_SCALE=20 npx vitest run tests/unit/loader-fuzz.test.ts` for a longer hunt. */
const scale = Number(process.env['FUZZ_SCALE'] ?? 1);
const runs = (n: number) => Math.round(n * scale);
/** The configuration's hang limit, stretched with the runs. */
const timeout = 300_000 * scale;

/**
 * The most reading one load may do for `texts`: each file read once, and again only to point at a
 * clashing id (a read stops one token past the file limit), plus the repairs' budget (a try stops
 * one token past what is left of it).
 */
function readingBound(texts: readonly string[]): number {
  return texts.reduce((n, text) => n + 2 * Math.min(tokensOf(text), MAX_YAML_TOKENS + 1) + MAX_REPAIR_TOKENS + 1, 0);
}
/** The seeds come round again and again: each is counted once. */
const seedTokens = new Map(seeds.map((s) => [s.text, tokensIn(s.text)]));
const tokensOf = (text: string) => seedTokens.get(text) ?? tokensIn(text);

/** Runs the loader once on `texts` and checks every promise of its contract. */
function holds(what: string, texts: readonly string[], load: () => LoadResult | readonly LoadResult[]): void {
  const { result, tokens } = countingTokens(() => [load()].flat());
  expect(tokens, what).toBeLessThanOrEqual(readingBound(texts));
  for (const r of result) {
    for (const d of r.diagnostics) {
      expect(Number.isInteger(d.line) && d.line >= 1, `${what}: line ${d.line}`).toBe(true);
      expect(Number.isInteger(d.column) && d.column >= 1, `${what}: column ${d.column}`).toBe(true);
      expect(d.message.length, what).toBeGreaterThan(0);
    }
    expect(r.scenario !== undefined, `${what}: scenario iff no error`).toBe(!hasErrors(r.diagnostics));
  }
}

describe('the loader on broken input', () => {
  it('loads every seed without errors (so each mutant starts from a valid file)', () => {
    for (const s of seeds) expect(hasErrors(loadScenario(s.text, s.file).diagnostics), s.file).toBe(false);
  });

  it(
    'survives keys deleted, renamed and replaced by random values',
    () => {
      fc.assert(
        fc.property(seed, fc.array(structuralMutation, { minLength: 1, maxLength: 4 }), (s, mutations) => {
          const text = mutateStructure(s.data, mutations);
          holds(`${s.file} ${JSON.stringify(mutations)}`, [text], () => loadScenario(text, `${s.id}.yaml`, { expectedId: s.id }));
        }),
        { numRuns: runs(120) },
      );
    },
    timeout,
  );

  it(
    'survives files cut short and stray bytes, tabs, BOMs and CRLF, alone and beside the original',
    () => {
      fc.assert(
        fc.property(seed, fc.array(textMutation, { minLength: 1, maxLength: 3 }), (s, edits) => {
          const bytes = mutateText(s.text, edits);
          const original = new TextEncoder().encode(s.text);
          // Two files with one id in a library: the mutant may also be the one that clashes.
          holds(`${s.file} ${JSON.stringify(edits)}`, [s.text, new TextDecoder().decode(bytes)], () =>
            loadLibrary(
              [
                { file: `a/${s.id}.yaml`, bytes: original },
                { file: `b/${s.id}.yaml`, bytes },
              ],
              { fileExists: () => false },
            ),
          );
        }),
        { numRuns: runs(120) },
      );
    },
    timeout,
  );

  it(
    'survives short YAML-looking strings',
    () => {
      fc.assert(
        fc.property(yamlish, (text) => holds(JSON.stringify(text), [text], () => loadScenario(text, 'x.yaml'))),
        { numRuns: runs(1_000) },
      );
    },
    timeout,
  );

  it(
    'survives any random JSON value written as YAML',
    () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
          const text = mutateStructure({ root: value }, []).replace(/^root:/, '');
          holds(JSON.stringify(value), [text], () => loadScenario(text, 'x.yaml'));
        }),
        { numRuns: runs(300) },
      );
    },
    timeout,
  );
});
