/**
 * Random acyclic scenarios for property tests: node i's choices lead only to nodes after it (or to
 * the endings), with scores of both signs, mood swings big enough to boil over at 100, and reply
 * texts of a few lengths, often equal, some with characters outside the Basic Multilingual Plane
 * (one code point, two UTF-16 units).
 */
import fc from 'fast-check';
import { buildScenario, type Scenario } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/engine/scenario/schema.ts';

const ENDS = ['win', 'walk', 'pass', 'stop'] as const;

export const randomScenario = ({ decisions = 12, choices = 6 } = {}) =>
  fc
    .record({
      mood: fc.integer({ min: 0, max: 100 }),
      decisions: fc.array(
        fc.array(
          fc.record({
            jump: fc.nat(5),
            score: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 }),
            mood: fc.integer({ min: -50, max: 50 }),
            words: fc.array(fc.constantFrom('a', 'é', '😀'), { maxLength: 3 }),
          }),
          { minLength: 2, maxLength: choices },
        ),
        { minLength: 1, maxLength: decisions },
      ),
    })
    .map(({ mood, decisions }): Scenario => {
      const count = decisions.length;
      const nodes: ScenarioFile['nodes'] = {
        win: { customer: 'ok', ending: 'resolved' },
        walk: { customer: 'bye', ending: 'lost' },
        pass: { customer: 'manager', ending: 'escalated' },
        stop: { customer: 'click', ending: 'ended' },
      };
      decisions.forEach((choices, i) => {
        nodes[`n${i}`] = {
          customer: `line ${i}`,
          choices: choices.map((c, k) => {
            const to = i + 1 + c.jump;
            const next = to < count ? `n${to}` : ENDS[(k + c.jump) % ENDS.length]!;
            const [listen, empathy, honesty, calm] = c.score as [number, number, number, number];
            return { text: `reply ${k} ${c.words.join('')}`, score: { listen, empathy, honesty, calm }, mood: c.mood, next };
          }),
        };
      });
      const file: ScenarioFile = {
        id: 'random',
        format: 1,
        source: 'en',
        languages: ['en'],
        title: 't',
        brief: 'b',
        channel: 'chat',
        difficulty: 1,
        customer: { name: 'n', mood },
        start: 'n0',
        nodes,
      };
      return buildScenario(file);
    });
