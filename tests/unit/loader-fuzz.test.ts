/**
 * Property test of the loader's contract on broken input: whatever the bytes, it never throws,
 * answers quickly, points every diagnostic at a real place (line and column ≥ 1), and returns a
 * scenario exactly when no diagnostic is an error. Inputs are valid scenarios broken in structure
 * (keys deleted, renamed, given random values) and in text (cut short, stray bytes, tabs, BOMs,
 * CRLF), plus short YAML-looking strings. The whole file runs in well under 20 s.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasErrors, loadLibrary, loadScenario, type LoadResult } from '../../src/engine/authoring.ts';
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
/** Each property gets far more than vitest's 5 s default, since a slow CI machine must not flake. */
const timeout = 30_000 * scale;

/** Generous: a scenario file loads in milliseconds; two seconds means something went quadratic. */
const TIME_LIMIT_MS = 2_000;
let slowest = { ms: 0, what: '' };

/** Runs the loader once and checks every promise of its contract. */
function holds(what: string, load: () => LoadResult | readonly LoadResult[]): void {
  const started = performance.now();
  const results = [load()].flat();
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { ms, what };
  expect(ms, what).toBeLessThan(TIME_LIMIT_MS);
  for (const r of results) {
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
          holds(`${s.file} ${JSON.stringify(mutations)}`, () => loadScenario(text, `${s.id}.yaml`, { expectedId: s.id }));
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
          holds(`${s.file} ${JSON.stringify(edits)}`, () =>
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
        fc.property(yamlish, (text) => holds(JSON.stringify(text), () => loadScenario(text, 'x.yaml'))),
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
          holds(JSON.stringify(value), () => loadScenario(text, 'x.yaml'));
        }),
        { numRuns: runs(300) },
      );
    },
    timeout,
  );

  it(`never took ${TIME_LIMIT_MS} ms on one input`, () => {
    expect(slowest.ms, slowest.what).toBeLessThan(TIME_LIMIT_MS);
  });
});
