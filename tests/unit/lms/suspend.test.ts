/**
 * Suspend data: an unfinished conversation replays to the same moment after a relaunch, within
 * SCORM 1.2's 4,096 characters.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestPath, resumeRunner, seededRandom, type Action } from '../../../src/engine/index.ts';
import { decodeSuspend, encodeSuspend } from '../../../src/engine/lms/suspend.ts';
import { SUSPEND_LIMIT } from '../../../src/engine/lms/scorm-data.ts';
import { fixture, play } from '../helpers.ts';
import { manualClock } from '../../manual-clock.ts';

const scenario = fixture('tests/fixtures/valid/authoring-example.yaml');
const options = () => ({ clock: manualClock(), random: seededRandom(9) });

describe('suspend data', () => {
  it("replays to the same state, each line's presentation included", () => {
    const steps = bestPath(scenario).steps.map((s) => s.choiceId);
    const { runner, clock } = play(scenario, steps.slice(0, Math.max(1, steps.length - 1)));
    // The presenter begins the next line after the customer's beat.
    clock.advance(300);
    runner.lineShown();
    expect(runner.actions.at(-1)?.type).toBe('present');
    const text = encodeSuspend({ scenarioId: scenario.id, lang: 'vi', actions: runner.actions }, SUSPEND_LIMIT['1.2']);
    const back = decodeSuspend(text)!;
    expect(back).toMatchObject({ scenarioId: scenario.id, lang: 'vi' });
    expect(back.actions).toEqual(runner.actions);
    expect(resumeRunner(scenario, back.actions, options()).state).toEqual(runner.state);
  });

  it('keeps the longest beginning that fits, which still replays', () => {
    const actions: Action[] = [{ type: 'start', at: 1_700_000_000_000, seed: 4_000_000_000 }];
    for (let i = 0; i < 2_000; i++)
      actions.push(
        { type: 'delivered', at: 1_700_000_000_000 + i * 1000 },
        { type: 'choose', at: 1_700_000_000_500 + i * 1000, choiceId: `choice-${i}` },
      );
    const text = encodeSuspend({ scenarioId: 'long', lang: 'en', actions }, 4096);
    expect(text.length).toBeLessThanOrEqual(4096);
    const back = decodeSuspend(text)!;
    expect(back.actions.length).toBeGreaterThan(100);
    expect(back.actions).toEqual(actions.slice(0, back.actions.length));
    expect(encodeSuspend({ scenarioId: 'long', lang: 'en', actions }, 10)).toBe('');
    expect(encodeSuspend({ scenarioId: 'x', lang: 'en', actions: [] }, 4096)).toBe('');
  });

  it('round-trips any log, and refuses anything else without throwing', () => {
    const action = fc.oneof(
      fc.record({ type: fc.constant('present' as const), at: fc.nat(100_000) }),
      fc.record({ type: fc.constant('delivered' as const), at: fc.nat(100_000) }),
      fc.record({ type: fc.constant('expire' as const), at: fc.nat(100_000) }),
      fc.record({ type: fc.constant('choose' as const), at: fc.nat(100_000), choiceId: fc.stringMatching(/^[a-z0-9-]{1,12}$/) }),
    );
    fc.assert(
      fc.property(fc.nat(2 ** 32 - 1), fc.array(action, { maxLength: 40 }), (seed, rest) => {
        let t = 5_000;
        const actions: Action[] = [{ type: 'start', at: t, seed }, ...rest.map((a) => ({ ...a, at: (t += a.at) }))];
        expect(decodeSuspend(encodeSuspend({ scenarioId: 'a-b', lang: 'zh-CN', actions }, 64_000))?.actions).toEqual(actions);
      }),
    );
    fc.assert(fc.property(fc.string(), (junk) => void decodeSuspend(junk)));
    for (const bad of [
      '',
      'hs1',
      'hs2|a|en|s1.1',
      'hs1|A B|en|s1.1',
      'hs1|a|fr|s1.1',
      'hs1|a|en|x1',
      'hs1|a|en|s1.1,c5',
      'hs1|a|en|s1.1,d5.x',
      'hs1|a|en|s1.1,p5.x',
      'hs1|a|en|s1.1,q5',
      'hs1|a|en|s1.1|more',
    ])
      expect(decodeSuspend(bad), bad).toBeUndefined();
  });
});
