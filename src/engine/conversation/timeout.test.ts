import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/unit/helpers.ts';
import { seededRandom } from '../ports.ts';
import { TIMEOUT_MOOD_PENALTY } from '../scoring/rules.ts';
import type { Scenario } from '../scenario/model.ts';
import { createRunner, resumeRunner, retryFrom } from './runner.ts';
import type { RunnerEvent } from './events.ts';
import { manualClock } from '../../../tests/manual-clock.ts';

const scenario = fixture('tests/fixtures/valid/two-paths.yaml');
const withMood = (mood: number): Scenario => ({ ...scenario, customer: { ...scenario.customer, mood } });

function started(s: Scenario = scenario) {
  const clock = manualClock(1_000);
  const runner = createRunner(s, { clock, random: seededRandom(1) });
  const events: RunnerEvent[] = [];
  runner.subscribe((e) => events.push(e));
  runner.start();
  clock.advance(500);
  runner.lineDelivered();
  clock.advance(30_000);
  return { runner, clock, events };
}

describe('running out of time (scenario-format.md, "Rules of play")', () => {
  it('raises the mood by 10 once per decision, says so with a mood event, and marks the reply late', () => {
    const { runner, events } = started();
    runner.expire();
    runner.expire();
    expect(TIMEOUT_MOOD_PENALTY).toBe(10);
    expect(runner.state.mood).toBe(70);
    expect(events.filter((e) => e.type === 'mood')).toEqual([{ type: 'mood', from: 60, to: 70 }]);
    expect(events.filter((e) => e.type === 'expired')).toHaveLength(1);
    runner.choose('wait');
    // The reply's own effect comes on top of the wait: 70 - 10.
    expect(runner.state.steps[0]).toMatchObject({ late: true, moodBefore: 70, moodAfter: 60 });
  });

  it('counts again on the next decision', () => {
    const { runner } = started();
    runner.expire();
    runner.choose('wait');
    runner.lineDelivered();
    runner.expire();
    expect(runner.state.mood).toBe(70);
    runner.choose('own');
    expect(runner.result().steps.map((s) => s.late)).toEqual([true, true]);
    expect(runner.result().finalMood).toBe(40);
  });

  it('ends the contact at once as lost when the wait brings the mood to 100', () => {
    const { runner, events } = started(withMood(95));
    runner.expire();
    expect(runner.state.mood).toBe(100);
    expect(runner.state.phase).toBe('ended');
    const r = runner.result();
    expect(r).toMatchObject({ ending: 'lost', endedBy: 'mood', finalMood: 100, steps: [] });
    expect(events.map((e) => e.type).slice(-3)).toEqual(['mood', 'expired', 'ended']);
    expect(() => runner.choose('wait')).toThrowError(expect.objectContaining({ code: 'already-ended' }));
  });

  it('changes nothing when no reply timer runs: a slow reply is simply a reply', () => {
    const { runner } = started();
    runner.choose('wait');
    expect(runner.state.steps[0]).toMatchObject({ late: false, moodBefore: 60, moodAfter: 50 });
  });

  it('is replayed from a saved action log: the same mood, the same late reply, the same loss', () => {
    const { runner } = started();
    runner.expire();
    runner.choose('wait');
    const resumed = resumeRunner(scenario, runner.actions, { clock: manualClock(), random: seededRandom(5) });
    expect(resumed.state).toEqual(runner.state);
    expect(resumed.state.mood).toBe(60);
    const hot = started(withMood(90)).runner;
    hot.expire();
    const again = resumeRunner(withMood(90), hot.actions, { clock: manualClock(), random: seededRandom(5) });
    expect(again.state).toMatchObject({ phase: 'ended', ending: 'lost', endedBy: 'mood', mood: 100 });
  });

  it('is left out when the learner tries that line again: the new answer comes in time', () => {
    const { runner } = started();
    runner.expire();
    runner.choose('wait');
    const again = retryFrom(runner, 0, { clock: manualClock(90_000), random: seededRandom(5) });
    expect(again.state).toMatchObject({ phase: 'listening', nodeId: 'open', mood: 60 });
    expect(again.state.expiredAt).toBeUndefined();
    again.choose('wait');
    expect(again.state.steps[0]).toMatchObject({ late: false, moodBefore: 60, moodAfter: 50 });
  });
});
