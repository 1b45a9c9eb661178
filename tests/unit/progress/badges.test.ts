/**
 * badgesOf: each badge unlocks with the first attempt that meets its criterion and not before,
 * says how far along a locked one is, and is never taken away.
 */
import { describe, expect, it } from 'vitest';
import { BADGES, badgesOf, type Badge, type BadgeId, type ScenarioInfo } from '../../../src/engine/progress/index.ts';
import { attempt, played } from './make.ts';

const best = { listen: 4, empathy: 4, honesty: 4, calm: 4 };
const catalogue: ScenarioInfo[] = [
  { id: 'phone-easy', difficulty: 1, channel: 'phone', best },
  { id: 'mail-hard', difficulty: 3, channel: 'email', best },
  { id: 'chat-mid', difficulty: 2, channel: 'chat', best },
  { id: 'counter', difficulty: 2, channel: 'in-person', best },
];
const badge = (list: Badge[], id: BadgeId) => list.find((b) => b.id === id)!;
/** A play on `scenarioId` at time `t`, scoring `score` on every principle unless told otherwise. */
const at = (t: number, scenarioId = 'phone-easy', over: Parameters<typeof attempt>[0] = {}) =>
  attempt({
    id: `a${t}`,
    scenarioId,
    endedAt: t,
    best,
    scores: { listen: 2, empathy: 2, honesty: 2, calm: 2 },
    ending: 'escalated',
    ...over,
  });

describe('badgesOf', () => {
  it('lists every badge, locked, for a learner who has not played', () => {
    const list = badgesOf([], catalogue);
    expect(list.map((b) => b.id)).toEqual([...BADGES]);
    expect(list.every((b) => !b.unlocked && b.at === null && b.have === 0)).toBe(true);
    expect(badge(list, 'every-channel').need).toBe(4);
  });

  it('unlocks "first resolved" with the first resolved conversation, not before', () => {
    expect(badge(badgesOf([at(1), at(2, 'phone-easy', { ending: 'lost' })], catalogue), 'first-resolved').unlocked).toBe(false);
    const list = badgesOf([at(3, 'phone-easy', { ending: 'resolved' }), at(1), at(5, 'phone-easy', { ending: 'resolved' })], catalogue);
    expect(badge(list, 'first-resolved')).toEqual({ id: 'first-resolved', unlocked: true, at: 3, have: 1, need: 1 });
  });

  it('unlocks "best path" with a play that scores the best path total, measured as given', () => {
    expect(
      badge(badgesOf([at(1, 'phone-easy', { scores: { listen: 4, empathy: 4, honesty: 4, calm: 3 } })], catalogue), 'best-path').unlocked,
    ).toBe(false);
    // Beating the best path on one principle and losing on another still falls short of its total.
    expect(
      badge(badgesOf([at(1, 'phone-easy', { scores: { listen: 6, empathy: 4, honesty: 4, calm: 1 } })], catalogue), 'best-path').unlocked,
    ).toBe(false);
    expect(badge(badgesOf([at(2, 'phone-easy', { scores: best })], catalogue), 'best-path')).toMatchObject({ unlocked: true, at: 2 });
  });

  it('counts plays in a row without an interruption for "steady hand", starting again after one', () => {
    const plays = [1, 2, 3, 4].map((t) => at(t));
    expect(badge(badgesOf(plays, catalogue), 'steady-hand')).toMatchObject({ unlocked: false, have: 4, need: 5 });
    const broken = [...plays, at(5, 'phone-easy', { interruptions: 1 }), at(6)];
    expect(badge(badgesOf(broken, catalogue), 'steady-hand')).toMatchObject({ unlocked: false, have: 1 });
    const steady = [...plays, at(5)];
    expect(badge(badgesOf(steady, catalogue), 'steady-hand')).toMatchObject({ unlocked: true, at: 5, have: 5 });
    // Once earned, a later interruption does not take it away.
    expect(badge(badgesOf([...steady, at(6, 'phone-easy', { interruptions: 2 })], catalogue), 'steady-hand')).toMatchObject({
      unlocked: true,
      at: 5,
    });
  });

  it('unlocks "every channel" when the last channel the catalogue offers is played', () => {
    const three = [at(1), at(2, 'mail-hard'), at(3, 'chat-mid'), at(4, 'chat-mid')];
    expect(badge(badgesOf(three, catalogue), 'every-channel')).toMatchObject({ unlocked: false, have: 3, need: 4 });
    expect(badge(badgesOf([...three, at(9, 'counter')], catalogue), 'every-channel')).toMatchObject({ unlocked: true, at: 9, have: 4 });
    // Attempts on scenarios the catalogue does not know say nothing about channels.
    expect(badge(badgesOf([at(1, 'gone')], catalogue), 'every-channel').have).toBe(0);
  });

  it('asks for calm at the best path level, and for a resolution, on a difficulty-3 scenario', () => {
    const calmEasy = at(1, 'phone-easy', { scores: { calm: 4 }, ending: 'resolved' });
    expect(badge(badgesOf([calmEasy], catalogue), 'calm-under-fire').unlocked).toBe(false);
    expect(badge(badgesOf([calmEasy], catalogue), 'hard-won').unlocked).toBe(false);
    const shortHard = at(2, 'mail-hard', { scores: { calm: 3 } });
    expect(badge(badgesOf([shortHard], catalogue), 'calm-under-fire').unlocked).toBe(false);
    const list = badgesOf([shortHard, at(3, 'mail-hard', { scores: { calm: 5 } }), at(4, 'mail-hard', { ending: 'resolved' })], catalogue);
    expect(badge(list, 'calm-under-fire')).toMatchObject({ unlocked: true, at: 3 });
    expect(badge(list, 'hard-won')).toMatchObject({ unlocked: true, at: 4 });
  });

  it('unlocks "principle mastered" at the third play in a row at 80 % on one principle, naming it', () => {
    const good = (t: number) => at(t, 'phone-easy', { scores: { listen: 1, empathy: 1, honesty: 4, calm: 1 } });
    expect(badge(badgesOf([good(1), good(2)], catalogue), 'principle-mastered')).toMatchObject({
      unlocked: false,
      have: 2,
      need: 3,
      principle: 'honesty',
    });
    expect(badge(badgesOf([good(1), good(2), good(3)], catalogue), 'principle-mastered')).toMatchObject({
      unlocked: true,
      at: 3,
      principle: 'honesty',
    });
    expect(badge(badgesOf([good(1), good(2), at(3), good(4)], catalogue), 'principle-mastered')).toMatchObject({
      unlocked: false,
      have: 1,
    });
  });

  it('works on real played attempts and does not depend on their order', () => {
    const plays = [played(['wait', 'own'], { id: 'r1' }), played(['!argue', 'sorry'], { id: 'r2' })];
    const twoPaths: ScenarioInfo[] = [{ id: 'two-paths', difficulty: 1, channel: 'phone' }];
    const list = badgesOf(plays, twoPaths);
    expect(badge(list, 'first-resolved').unlocked).toBe(true);
    expect(badge(list, 'best-path').unlocked).toBe(true);
    expect(badgesOf([...plays].reverse(), twoPaths)).toEqual(list);
  });
});
