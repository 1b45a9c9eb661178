/**
 * What the progress screens say in words: the recommendation explains itself, an import says what
 * came in, and counts take the plural each language asks for.
 */
import { describe, expect, it } from 'vitest';
import { importedText } from '../../src/app/progress-flows.ts';
import { LANGUAGES } from '../../src/engine/index.ts';
import type { Recommendation } from '../../src/engine/progress/index.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { recommendText } from '../../src/ui/progress/recommend-text.ts';

const next = (over: Partial<Recommendation>): Recommendation => ({
  scenarioId: 'unpaid-invoice',
  principle: 'honesty',
  why: 'lowest',
  plays: 5,
  mean: 0.42,
  reason: 'replay',
  bestThere: 0.9,
  ...over,
});

describe('recommendText', () => {
  it('says which principle is lowest, over how many plays, and what to try', async () => {
    const en = await createI18n('en');
    expect(recommendText(en, next({}), 'The unpaid invoice')).toBe(
      'Honesty is your lowest over your last 5 plays (42%): try “The unpaid invoice”.',
    );
    expect(recommendText(en, next({ plays: 1, mean: 0.5 }), 'The unpaid invoice')).toBe(
      'Honesty is your lowest in your last play (50%): try “The unpaid invoice”.',
    );
    expect(recommendText(en, next({ reason: 'unplayed', bestThere: null }), 'X')).toMatch(/try “X”\. You have not played it yet\.$/);
    expect(recommendText(en, next({ reason: 'not-mastered', bestThere: 0.3 }), 'X')).toMatch(/ Your best Honesty there so far: 30%\.$/);
  });

  it('says why for a newcomer, a principle never practised, and a learner who mastered everything', async () => {
    const en = await createI18n('en');
    expect(
      recommendText(en, next({ why: 'start', plays: 0, mean: null, principle: 'listen', reason: 'unplayed' }), 'The late delivery'),
    ).toBe('New here? Start with “The late delivery”: it practises Listen. You have not played it yet.');
    expect(recommendText(en, next({ why: 'unpractised', principle: 'calm', plays: 0, mean: null }), 'X')).toBe(
      'You have not practised Calm yet: try “X”.',
    );
    expect(recommendText(en, next({ why: 'keep-sharp', mean: 0.9 }), 'X')).toBe(
      'You have mastered every principle. Keep Honesty sharp (90% over your last 5 plays): try “X”.',
    );
  });

  it('reads whole in every language, leaving no placeholder behind', async () => {
    for (const lang of LANGUAGES) {
      const i18n = await createI18n(lang);
      for (const why of ['start', 'unpractised', 'lowest', 'keep-sharp'] as const) {
        for (const reason of ['unplayed', 'not-mastered', 'replay'] as const) {
          const text = recommendText(i18n, next({ why, reason, plays: 3 }), 'T');
          expect(text, `${lang} ${why} ${reason}`).not.toMatch(/\{\{|\}\}|progress\./);
          expect(text).toContain('T');
        }
      }
    }
  });
});

describe('importedText', () => {
  it('counts learners and attempts with the right plural, and says what was already there', async () => {
    const en = await createI18n('en');
    const of = (profiles: number, attempts: number, knownAttempts = 0) =>
      ({ profiles: Array(profiles).fill(null), attempts: Array(attempts).fill(null), knownAttempts }) as never;
    expect(importedText(en, of(1, 1))).toBe('Imported 1 learner and 1 attempt.');
    expect(importedText(en, of(2, 5, 3))).toBe('Imported 2 learners and 5 attempts. 3 attempts in the file were already on this device.');
    expect(importedText(en, of(0, 1, 1))).toBe('Imported 0 learners and 1 attempt. 1 attempt in the file was already on this device.');
    expect(importedText(en, of(0, 0, 4))).toBe('Nothing new: everything in this file is already on this device.');
    const ja = await createI18n('ja');
    expect(importedText(ja, of(1, 1))).toBe('学習者1人とプレイ記録1件をインポートしました。');
  });
});
