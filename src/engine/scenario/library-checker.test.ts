/**
 * The incremental checker answers exactly as `loadLibrary` does, whatever happens to the files
 * between checks, and reuses its earlier answer for a file only while nothing it depends on changed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../scripts/bench/generated-scenario.ts';
import { createLibraryChecker } from './library-checker.ts';
import { loadLibrary, type SourceFile } from './library.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const VOICE_FIXTURE = resolve(import.meta.dirname, '../../../tests/fixtures/broken/scn042-voice-missing.yaml');
const voiceFile: SourceFile = { file: 'scenarios/scn042-voice-missing.yaml', bytes: readFileSync(VOICE_FIXTURE) };
const small = (id: string, seed: number) => encode(generateScenario(id, seed, 8));

/** What can happen to a library between two saves. */
type Step =
  | { kind: 'rewrite'; slot: number; seed: number }
  | { kind: 'break'; slot: number; cut: number }
  | { kind: 'steal-id'; slot: number; from: number }
  | { kind: 'remove'; slot: number }
  | { kind: 'voice'; present: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('rewrite' as const), slot: fc.nat(3), seed: fc.nat(50) }),
  fc.record({ kind: fc.constant('break' as const), slot: fc.nat(3), cut: fc.nat(2000) }),
  fc.record({ kind: fc.constant('steal-id' as const), slot: fc.nat(3), from: fc.nat(3) }),
  fc.record({ kind: fc.constant('remove' as const), slot: fc.nat(3) }),
  fc.record({ kind: fc.constant('voice' as const), present: fc.boolean() }),
);

describe('createLibraryChecker', () => {
  it('answers as loadLibrary after any sequence of edits, removals, id clashes and voice files', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        const voices = new Set(['audio/sfx.mp3']);
        const fileExists = (p: string) => voices.has(p);
        const check = createLibraryChecker({ fileExists });
        const slots = new Map<number, Uint8Array>([0, 1, 2, 3].map((i) => [i, small(`s${i}`, i + 1)]));
        const files = (): SourceFile[] => [
          voiceFile,
          ...[...slots].sort(([a], [b]) => a - b).map(([i, bytes]) => ({ file: `scenarios/s${i}.yaml`, bytes })),
        ];
        expect(check(files())).toEqual(loadLibrary(files(), { fileExists }));
        for (const s of steps) {
          if (s.kind === 'rewrite') slots.set(s.slot, small(`s${s.slot}`, s.seed));
          if (s.kind === 'break') slots.set(s.slot, (slots.get(s.slot) ?? small(`s${s.slot}`, 1)).slice(0, s.cut));
          if (s.kind === 'steal-id') slots.set(s.slot, small(`s${s.from}`, s.slot + 7));
          if (s.kind === 'remove') slots.delete(s.slot);
          if (s.kind === 'voice') voices[s.present ? 'add' : 'delete']('audio/voice/open-ja.mp3');
          expect(check(files())).toEqual(loadLibrary(files(), { fileExists }));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the earlier answer for a file whose bytes did not change', () => {
    const check = createLibraryChecker();
    const a = { file: 'scenarios/a.yaml', bytes: small('a', 1) };
    const b = { file: 'scenarios/b.yaml', bytes: small('b', 2) };
    const first = check([a, b]);
    const second = check([a, { ...b, bytes: small('b', 3) }]);
    expect(second[0]!.scenario).toBe(first[0]!.scenario);
    expect(second[1]!.scenario).not.toBe(first[1]!.scenario);
    expect(second[1]!.scenario).toEqual(loadLibrary([{ ...b, bytes: small('b', 3) }])[0]!.scenario);
  });

  it('notices a buffer changed in place after it was checked', () => {
    const check = createLibraryChecker();
    const bytes = small('a', 1);
    expect(check([{ file: 'scenarios/a.yaml', bytes }])[0]!.diagnostics).toEqual([]);
    bytes.set(encode('id: [oops'), 0);
    expect(check([{ file: 'scenarios/a.yaml', bytes }])[0]!.diagnostics.map((d) => d.code)).toContain('SCN001');
  });

  it('compares bytes that do not start on a word boundary, as a view into a larger buffer gives', () => {
    const check = createLibraryChecker();
    const view = (text: string) => {
      const bytes = encode(`#${text}`);
      return new Uint8Array(bytes.buffer, 1, bytes.byteLength - 1);
    };
    const text = generateScenario('a', 1, 8);
    expect(check([{ file: 'scenarios/a.yaml', bytes: view(text) }])[0]!.diagnostics).toEqual([]);
    // Same length, one byte different near the end: the id no longer matches the file name.
    const changed = text.replace('id: a\n', 'id: b\n');
    expect(check([{ file: 'scenarios/a.yaml', bytes: view(changed) }])[0]!.diagnostics.map((d) => d.code)).toEqual(['SCN014']);
  });

  it('checks a file again when a voice file it names appears', () => {
    const voices = new Set(['audio/sfx.mp3']);
    const check = createLibraryChecker({ fileExists: (p) => voices.has(p) });
    expect(check([voiceFile])[0]!.diagnostics.map((d) => d.code)).toEqual(['SCN042']);
    voices.add('audio/voice/open-ja.mp3');
    expect(check([voiceFile])[0]!.diagnostics).toEqual([]);
  });
});
