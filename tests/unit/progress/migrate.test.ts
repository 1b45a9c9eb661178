/**
 * migrateAttempt: frozen version-1 records become exactly the hand-written version-2 records;
 * anything malformed, unknown or newer is refused with a reason; nothing ever throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTEMPT_MIGRATIONS, ATTEMPT_VERSION, checkDraft, checkProfile, migrateAttempt } from '../../../src/engine/progress/index.ts';
import { deepFreeze, played, v1Export, v2Expected } from './make.ts';

describe('migrateAttempt', () => {
  it('migrates the frozen version-1 records to exactly the expected version-2 records', () => {
    v1Export.attempts.forEach((raw, i) => {
      const r = migrateAttempt(deepFreeze(structuredClone(raw)));
      expect(r).toEqual({ ok: true, record: v2Expected[i], migratedFrom: 1 });
    });
  });

  it('passes a current record through unchanged, without migratedFrom', () => {
    const a = played(['wait', 'own']);
    expect(migrateAttempt(a)).toEqual({ ok: true, record: a });
  });

  it('has one ordered migration per older version', () => {
    expect(ATTEMPT_MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: ATTEMPT_VERSION - 1 }, (_, i) => i + 1));
  });

  it('refuses a newer version, saying so', () => {
    const r = migrateAttempt({ ...played(['wait', 'own']), v: 3 });
    expect(r).toEqual({
      ok: false,
      problem: expect.stringMatching(/newer version of Hot Seat \(record version 3; this game reads up to 2\)/),
    });
  });

  it.each([
    [null, /not a record/],
    [[1, 2], /not a record/],
    ['{"v":2}', /not a record/],
    [{}, /no version number/],
    [{ v: '2' }, /no version number/],
    [{ v: 1.5 }, /no version number/],
    [{ v: 0 }, /unknown record version 0/],
  ])('refuses %j', (raw, problem) => {
    expect(migrateAttempt(raw)).toEqual({ ok: false, problem: expect.stringMatching(problem) });
  });

  it('names the field and the version when a version-1 record is malformed', () => {
    const bad = structuredClone(v1Export.attempts[0]!) as { steps: { moodAfter: unknown }[] };
    bad.steps[1]!.moodAfter = 'angry';
    expect(migrateAttempt(bad)).toEqual({
      ok: false,
      problem: expect.stringMatching(/^version 1: steps\.1\.moodAfter: .*expected number/),
    });
  });

  it('refuses a current record with an unknown key, a bad language, or a NaN score', () => {
    const a = played(['wait', 'own']);
    expect(migrateAttempt({ ...a, extra: 1 })).toMatchObject({ ok: false, problem: expect.stringContaining('extra') });
    expect(migrateAttempt({ ...a, lang: 'fr' })).toMatchObject({ ok: false, problem: expect.stringContaining('lang') });
    expect(migrateAttempt({ ...a, scores: { ...a.scores, calm: NaN } })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('scores.calm'),
    });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ v: fc.integer({ min: -1, max: 4 }), steps: fc.anything() }, { requiredKeys: [] })),
        (raw) => {
          const r = migrateAttempt(raw);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('survives a record whose getters throw', () => {
    const hostile = {
      v: 1,
      get id(): string {
        throw new Error('boom');
      },
    };
    expect(migrateAttempt(hostile)).toMatchObject({ ok: false });
  });
});

describe('checkProfile and checkDraft', () => {
  it('accept valid records and explain invalid ones', () => {
    expect(checkProfile({ id: 'p', name: 'Ana', createdAt: 1 })).toMatchObject({ ok: true });
    expect(checkProfile({ id: '', name: 'Ana', createdAt: 1 })).toMatchObject({ ok: false, problem: expect.stringContaining('id') });
    const draft = {
      v: 2,
      fingerprint: 'f',
      profileId: 'p',
      scenarioId: 'two-paths',
      lang: 'en',
      actions: [
        { type: 'start', at: 1, seed: 7 },
        { type: 'choose', at: 2, choiceId: 'wait' },
      ],
      savedAt: 3,
    };
    expect(checkDraft(draft)).toEqual({ ok: true, record: draft });
    expect(checkDraft({ ...draft, actions: [{ type: 'jump', at: 1 }] })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('actions.0'),
    });
    expect(checkDraft({ ...draft, v: 3 })).toMatchObject({ ok: false, problem: expect.stringContaining('v') });
  });

  it('reads a draft saved before drafts were versioned, with an unknown fingerprint', () => {
    const old = { profileId: 'p', scenarioId: 'two-paths', lang: 'en', actions: [{ type: 'start', at: 1, seed: 7 }], savedAt: 3 };
    expect(checkDraft(old)).toEqual({ ok: true, record: { v: 2, fingerprint: null, ...old } });
    expect(checkDraft({ ...old, extra: 1 })).toMatchObject({ ok: false });
  });
});
