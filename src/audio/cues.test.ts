import { describe, expect, it } from 'vitest';
import { fixture, play } from '../../tests/unit/helpers.ts';
import type { RunnerEvent } from '../engine/index.ts';
import { AMBIENCE, cuesFor } from './cues.ts';

describe('sound cues', () => {
  it('follows a whole conversation: clicks for replies, mood cues, the ending', () => {
    const scenario = fixture('tests/fixtures/valid/two-paths.yaml');
    const events: RunnerEvent[] = [];
    const { runner } = play(scenario, []);
    runner.subscribe((e) => events.push(e));
    runner.lineDelivered();
    runner.choose('wait');
    runner.lineDelivered();
    runner.choose('own');
    const cues = events.flatMap((e) => cuesFor(e, 'phone'));
    expect(cues).toEqual(['ui-click', 'mood-down', 'ui-click', 'mood-down', 'phone-hangup', 'ending-resolved']);
  });
  it('pings in chat when a message has arrived, and chimes for each e-mail', () => {
    expect(cuesFor({ type: 'delivered', nodeId: 'x' }, 'chat')).toEqual(['chat-ping']);
    expect(cuesFor({ type: 'delivered', nodeId: 'x' }, 'phone')).toEqual([]);
    expect(cuesFor({ type: 'mood', from: 50, to: 53 }, 'phone')).toEqual([]);
    expect(cuesFor({ type: 'mood', from: 50, to: 60 }, 'chat')).toEqual(['mood-up']);
  });
  it('has an ambient bed for every channel', () => {
    expect(Object.keys(AMBIENCE).sort()).toEqual(['chat', 'email', 'in-person', 'phone']);
  });
});
