/**
 * `bestScores` is a fast walk that builds no paths; these tests prove it gives exactly the numbers
 * of the path-building `bestPath(scenario, p).value`, on every shipped scenario and fixture and on
 * random acyclic scenarios whose moods swing hard enough to boil over at 100 on the way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/authoring.ts';
import { bestPath, bestScores, buildScenario, PRINCIPLES, type Scenario, type Scores } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/engine/scenario/schema.ts';
import { root } from './helpers.ts';

const byPaths = (s: Scenario): Scores => Object.fromEntries(PRINCIPLES.map((p) => [p, bestPath(s, p).value])) as unknown as Scores;

const files = ['scenarios', 'tests/fixtures/valid'].flatMap((dir) =>
  readdirSync(resolve(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => `${dir}/${f}`),
);

/** A random acyclic scenario: node i's choices lead only to nodes after it (or to the endings). */
const randomScenario = fc
  .record({
    mood: fc.integer({ min: 0, max: 100 }),
    decisions: fc.array(
      fc.array(fc.record({ jump: fc.nat(5), score: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 }), mood: fc.integer({ min: -50, max: 50 }) }), { minLength: 2, maxLength: 6 }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ mood, decisions }): Scenario => {
    const count = decisions.length;
    const nodes: ScenarioFile['nodes'] = { win: { customer: 'ok', ending: 'resolved' }, walk: { customer: 'bye', ending: 'lost' } };
    decisions.forEach((choices, i) => {
      nodes[`n${i}`] = {
        customer: `line ${i}`,
        choices: choices.map((c, k) => {
          const to = i + 1 + c.jump;
          const next = to < count ? `n${to}` : k % 2 ? 'win' : 'walk';
          const [listen, empathy, honesty, calm] = c.score as [number, number, number, number];
          return { text: `reply ${k}`, score: { listen, empathy, honesty, calm }, mood: c.mood, next };
        }),
      };
    });
    const file: ScenarioFile = { id: 'random', format: 1, source: 'en', languages: ['en'], title: 't', brief: 'b', channel: 'chat', difficulty: 1, customer: { name: 'n', mood }, start: 'n0', nodes };
    return buildScenario(file);
  });

describe('bestScores', () => {
  it.each(files)('equals the best path per principle for %s', (file) => {
    const { scenario } = loadScenario(readFileSync(resolve(root, file), 'utf8'), file);
    expect(scenario, file).toBeDefined();
    expect(bestScores(scenario!)).toEqual(byPaths(scenario!));
  });

  it('equals the best path per principle on random acyclic scenarios', () => {
    fc.assert(
      fc.property(randomScenario, (s) => {
        expect(bestScores(s)).toEqual(byPaths(s));
      }),
      { numRuns: 300 },
    );
  });

  it('is 0 for every principle when the start is an ending', () => {
    const s = buildScenario({ id: 'x', format: 1, source: 'en', languages: ['en'], title: 't', brief: 'b', channel: 'phone', difficulty: 1, customer: { name: 'n', mood: 50 }, start: 'end', nodes: { end: { customer: 'bye', ending: 'ended' } } });
    expect(bestScores(s)).toEqual({ listen: 0, empathy: 0, honesty: 0, calm: 0 });
  });
});
