import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunner, seededRandom } from '../index.ts';
import { bestPath } from './analysis.ts';
import { getNode } from './build.ts';
import { loadScenario } from './load.ts';
import { moodOnArrival, startingAt } from './play-from.ts';
import { manualClock } from '../../../tests/manual-clock.ts';

const file = resolve(import.meta.dirname, '../../../scenarios/late-delivery.yaml');
const scenario = loadScenario(readFileSync(file, 'utf8'), 'late-delivery.yaml').scenario!;

describe('play from here', () => {
  it('gives each node on the best path the mood the best path has on arriving there', () => {
    let mood = scenario.customer.mood;
    expect(moodOnArrival(scenario, scenario.start)).toBe(mood);
    for (const step of bestPath(scenario).steps) {
      const node = getNode(scenario, step.nodeId);
      const choice = node?.kind === 'decision' ? node.choices.find((c) => c.id === step.choiceId)! : undefined;
      mood = Math.min(100, Math.max(0, mood + choice!.mood));
      expect(moodOnArrival(scenario, choice!.next)).toBe(mood);
    }
  });

  it('gives every reachable node a mood, and an unknown node none', () => {
    for (const id of Object.keys(scenario.nodes)) expect(moodOnArrival(scenario, id)).toEqual(expect.any(Number));
    expect(moodOnArrival(scenario, 'no-such-node')).toBeUndefined();
  });

  it('plays the scenario from any node with the mood given, to an ending', () => {
    for (const id of Object.keys(scenario.nodes)) {
      const slice = startingAt(scenario, id, 42);
      const runner = createRunner(slice, { clock: manualClock(), random: seededRandom(1) });
      runner.start();
      expect(runner.state.nodeId).toBe(id);
      expect(runner.state.mood).toBe(42);
      while (runner.state.phase !== 'ended') {
        const node = getNode(slice, runner.state.nodeId);
        if (node?.kind !== 'decision') break;
        runner.lineShown();
        runner.choose(node.choices[0]!.id);
      }
      expect(runner.state.phase).toBe('ended');
    }
    expect(() => startingAt(scenario, 'nowhere', 50)).toThrow(/no node 'nowhere'/);
  });
});
