/**
 * exportProgress / parseImport: an export imports back exactly; version-1 files are migrated;
 * everything unsafe or malformed is refused as a whole, with a reason, before anything is stored.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportProgress, parseImport } from '../../../src/engine/progress/index.ts';
import { progressArb } from './arbitraries.ts';
import { attempt, played, profile, v1Export, v1ExportText, v2Expected } from './make.ts';

const good = () =>
  JSON.parse(exportProgress([profile()], [played(['wait', 'own'], { id: 'a1' }), played(['wait', 'hold'], { id: 'a2' })], 0)) as Record<
    string,
    unknown
  > & { attempts: Record<string, unknown>[]; profiles: Record<string, unknown>[] };
/** Refused with an English sentence matching `pattern` and, as data, a refusal of `kind`. */
const refused = (text: string, pattern: RegExp, kind: string) =>
  expect(parseImport(text)).toEqual({ ok: false, problem: expect.stringMatching(pattern), refusal: expect.objectContaining({ kind }) });

afterEach(() => vi.restoreAllMocks());

describe('exportProgress', () => {
  it('writes the versioned document', () => {
    const doc = JSON.parse(exportProgress([profile()], [], Date.UTC(2024, 5, 2, 9, 30)));
    expect(doc).toEqual({
      format: 'hot-seat-progress',
      version: 2,
      exportedAt: '2024-06-02T09:30:00.000Z',
      profiles: [profile()],
      attempts: [],
    });
  });

  it('round-trips exactly: import of an export restores every record deep-equal', () => {
    fc.assert(
      fc.property(progressArb, time(), ([profiles, attempts], at) => {
        const back = parseImport(exportProgress(profiles, attempts, at));
        expect(back).toEqual({ ok: true, profiles, attempts, migrated: 0, exportedAt: new Date(at).toISOString() });
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips real played attempts and migrated ones', () => {
    const profiles = [...v1Export.profiles, profile()];
    const attempts = [...v2Expected, played(['!argue', 'sorry'], { id: 'r1' })];
    expect(parseImport(exportProgress(profiles, attempts, 1))).toEqual({
      ok: true,
      profiles,
      attempts,
      migrated: 0,
      exportedAt: new Date(1).toISOString(),
    });
  });
});

function time() {
  return fc.integer({ min: 0, max: 4_102_444_800_000 });
}

describe('parseImport', () => {
  it('reads a frozen version-1 file, migrating every attempt', () => {
    expect(parseImport(v1ExportText)).toEqual({
      ok: true,
      profiles: v1Export.profiles,
      attempts: v2Expected,
      migrated: 3,
      exportedAt: '2024-06-02T09:30:00.000Z',
    });
  });

  it('refuses text that is not JSON, and JSON that is not a progress file', () => {
    refused('{"format": "hot-seat-progress", ', /not JSON/, 'not-json');
    refused('', /not JSON/, 'not-json');
    for (const t of ['[]', '"progress"', 'null', '{"format":"other","version":2}'])
      refused(t, /not a Hot Seat progress file/, 'not-progress-file');
  });

  it('refuses a file over the size limit before parsing it, counting UTF-8 bytes', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseImport('x'.repeat(10 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      problem: expect.stringMatching(/too large .*10 MB/),
      refusal: { kind: 'too-large', limitBytes: 10 * 1024 * 1024 },
    });
    expect(parse).not.toHaveBeenCalled();
    const text = exportProgress([profile('p1', 'é'.repeat(60))], [], 0);
    expect(parseImport(text, { maxBytes: text.length + 10 })).toMatchObject({ ok: false, problem: expect.stringMatching(/too large/) });
    expect(parseImport(text, { maxBytes: text.length + 60 })).toMatchObject({ ok: true });
  });

  it('refuses a newer file version, and a missing or bad version', () => {
    refused(
      JSON.stringify({ ...good(), version: 3 }),
      /newer version of Hot Seat \(file version 3; this game reads up to 2\)/,
      'newer-version',
    );
    expect(parseImport(JSON.stringify({ ...good(), version: 3 }))).toMatchObject({
      refusal: { kind: 'newer-version', version: 3, supported: 2 },
    });
    refused(JSON.stringify({ ...good(), version: undefined }), /no valid version/, 'no-version');
    refused(JSON.stringify({ ...good(), version: 0 }), /no valid version/, 'no-version');
  });

  it.each(['__proto__', 'constructor', 'prototype'])("refuses the key '%s' at any depth", (key) => {
    refused(
      `{"${key}": {"polluted": true}, "format": "hot-seat-progress", "version": 2}`,
      new RegExp(`contains the key '${key}'`),
      'forbidden-key',
    );
    const doc = good();
    const text = JSON.stringify(doc).replace('"moodBefore":', `"${key}":{"isAdmin":true},"moodBefore":`);
    expect(text).toContain(key);
    refused(text, new RegExp(`key '${key}'`), 'forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses the whole file when one record does not validate, saying which and why', () => {
    const doc = good();
    doc.attempts[1] = { ...doc.attempts[1], ending: 'won' };
    refused(JSON.stringify(doc), /^nothing was imported: 1 problem in the file: attempt 2 \('a2'\): ending: /, 'invalid-records');
    const doc2 = good();
    doc2.profiles[0] = { ...doc2.profiles[0], name: '' };
    refused(JSON.stringify(doc2), /profile 1 \('p1'\): name: /, 'invalid-records');
    const doc3 = good();
    doc3.attempts[0] = { ...doc3.attempts[0], v: 9 };
    refused(JSON.stringify(doc3), /attempt 1 \('a1'\): was written by a newer version/, 'invalid-records');
  });

  it('refuses numbers the game cannot produce, naming the field', () => {
    const bad = (change: (a: Record<string, unknown>) => Record<string, unknown>, pattern: RegExp) => {
      const doc = good();
      doc.attempts[0] = change(doc.attempts[0]!);
      refused(JSON.stringify(doc), pattern, 'invalid-records');
    };
    const steps = (a: Record<string, unknown>) => a.steps as Record<string, unknown>[];
    bad((a) => ({ ...a, durationMs: 1e300 }), /attempt 1 \('a1'\): durationMs: /);
    bad((a) => ({ ...a, durationMs: (a.durationMs as number) + 1 }), /durationMs: must be endedAt − startedAt/);
    bad((a) => ({ ...a, startedAt: 8.64e15, endedAt: 0 }), /endedAt: is before startedAt/);
    bad((a) => ({ ...a, scores: { ...(a.scores as object), listen: 1e308 } }), /scores\.listen: /);
    bad((a) => ({ ...a, scores: { ...(a.scores as object), calm: -1e6 } }), /scores\.calm: /);
    bad((a) => ({ ...a, scores: { ...(a.scores as object), calm: 0.5 } }), /scores\.calm: /);
    bad((a) => ({ ...a, best: { ...(a.best as object), honesty: 1e308 } }), /best\.honesty: /);
    bad((a) => ({ ...a, steps: [{ ...steps(a)[0], elapsedMs: -5 }, ...steps(a).slice(1)] }), /steps\.0\.elapsedMs: /);
    bad(
      (a) => ({ ...a, steps: [{ ...steps(a)[0], score: { listen: 9, empathy: 0, honesty: 0, calm: 0 } }, ...steps(a).slice(1)] }),
      /steps\.0\.score\.listen: /,
    );
    bad((a) => ({ ...a, interruptions: 2 ** 53 - 1 }), /interruptions: does not match the replies/);
    bad((a) => ({ ...a, steps: [], holds: 1 }), /holds: does not match the replies \(0\)/);
  });

  it('lists at most five problems and counts the rest', () => {
    const doc = { ...good(), attempts: Array.from({ length: 8 }, (_, i) => ({ ...attempt({ id: `b${i}` }), lang: 'xx' })) };
    const r = parseImport(JSON.stringify(doc));
    expect(r).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^nothing was imported: 8 problems in the file: .*; and 3 more$/),
      refusal: { kind: 'invalid-records', count: 8, more: 3 },
    });
    expect(!r.ok && r.refusal.kind === 'invalid-records' && r.refusal.details).toHaveLength(5);
  });

  it('refuses duplicate ids, attempts of a profile not in the file, unknown fields and missing lists', () => {
    const doc = good();
    refused(JSON.stringify({ ...doc, attempts: [doc.attempts[0], doc.attempts[0]] }), /attempt 'a1' appears twice/, 'invalid-records');
    refused(JSON.stringify({ ...doc, profiles: [doc.profiles[0], doc.profiles[0]] }), /profile 'p1' appears twice/, 'invalid-records');
    refused(JSON.stringify({ ...doc, profiles: [] }), /belongs to profile 'p1', which is not in the file/, 'invalid-records');
    refused(JSON.stringify({ ...doc, note: 'hi' }), /unexpected fields: note/, 'unexpected-fields');
    refused(JSON.stringify({ ...doc, attempts: {} }), /incomplete/, 'incomplete');
  });

  it('never throws, whatever text it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof parseImport(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    expect(parseImport('['.repeat(200_000) + ']'.repeat(200_000))).toMatchObject({ ok: false });
  });
});
