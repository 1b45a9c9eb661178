/**
 * `principleMaxima` is a fast walk that builds no paths; these tests prove it gives exactly the
 * numbers of the path-building `bestPathFrom(…, p, filter).value`, over all paths and over paths
 * through a mistake, on every shipped scenario and fixture and on random acyclic scenarios whose
 * moods swing hard enough to boil over at 100 on the way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/authoring.ts';
import {
  bestPathFrom,
  buildScenario,
  principleMaxima,
  PRINCIPLES,
  type PathFilter,
  type Scenario,
  type Scores,
} from '../../src/engine/index.ts';
import { randomScenario } from './random-scenario.ts';
import { root } from './helpers.ts';

const byPaths = (s: Scenario, filter: PathFilter): Scores | undefined => {
  const paths = PRINCIPLES.map((p) => [p, bestPathFrom(s, s.start, s.customer.mood, p, filter)?.value] as const);
  return paths.some(([, v]) => v === undefined) ? undefined : (Object.fromEntries(paths) as unknown as Scores);
};
const expectSame = (s: Scenario) => {
  const m = principleMaxima(s);
  expect(m.any).toEqual(byPaths(s, 'any'));
  expect(m.throughMistake).toEqual(byPaths(s, 'through-mistake'));
};

const files = ['scenarios', 'tests/fixtures/valid'].flatMap((dir) =>
  readdirSync(resolve(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${dir}/${f}`),
);

describe('principleMaxima', () => {
  it.each(files)('equals the best path per principle for %s', (file) => {
    const { scenario } = loadScenario(readFileSync(resolve(root, file), 'utf8'), file);
    expect(scenario, file).toBeDefined();
    expectSame(scenario!);
  });

  it('equals the best path per principle on random acyclic scenarios', () => {
    fc.assert(
      fc.property(randomScenario(), (s) => {
        expectSame(s);
      }),
      { numRuns: 300 },
    );
  });

  it('is 0 for every principle when the start is an ending', () => {
    const s = buildScenario({
      id: 'x',
      format: 1,
      source: 'en',
      languages: ['en'],
      title: 't',
      brief: 'b',
      channel: 'phone',
      difficulty: 1,
      customer: { name: 'n', mood: 50 },
      start: 'end',
      nodes: { end: { customer: 'bye', ending: 'ended' } },
    });
    expect(principleMaxima(s)).toEqual({ any: { listen: 0, empathy: 0, honesty: 0, calm: 0 }, throughMistake: undefined });
  });
});
