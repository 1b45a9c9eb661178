/**
 * Bounded work in the checker: each file of the fault probe gets a short, clear answer — one
 * diagnostic naming the limit and what to do, or at most the usual 50 and a count of the rest —
 * from the same loader the CLI, the build and the browser use. (How long each takes is measured
 * by hand and in the README, not here.)
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, MAX_NODES } from '../../src/engine/authoring.ts';
import { editDistance, suggest } from '../../src/engine/scenario/suggest.ts';
import { chain, PROBES } from './probe-files.ts';

const load = (name: string) => loadScenario(PROBES[name]!(), `${name}.yaml`);

describe('the checker on files made to stall it', () => {
  it('refuses a scenario of more nodes than the limit with one diagnostic, and checks one at the limit', () => {
    expect(load('chain-2500').diagnostics).toEqual([
      expect.objectContaining({
        code: 'SCN002',
        message: `the file has 2,500 nodes; a scenario may have at most ${MAX_NODES}: split it into several scenarios`,
      }),
    ]);
    const atLimit = loadScenario(chain(MAX_NODES), 'chain.yaml');
    expect(atLimit.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(atLimit.scenario).toBeDefined();
  }, 60_000);

  it('refuses a wide anchor aliased many times by the values it expands to', () => {
    expect(load('bomb-wide').diagnostics).toEqual([
      expect.objectContaining({
        code: 'SCN002',
        message: expect.stringMatching(/^the file holds more than 200,000 values once its aliases \(\*name\) are expanded/),
      }),
    ]);
  });

  it.each(['errors-60k', 'unknown-20k', 'errors-10k', 'syntax-10k'])('lists 50 problems of %s and counts the rest', (name) => {
    const { diagnostics } = load(name);
    expect(diagnostics).toHaveLength(51);
    expect(diagnostics[50]).toMatchObject({
      code: 'SCN099',
      message: expect.stringMatching(/^\d+ more problems are not listed; fix these first$/),
    });
  });

  it('reports a duplicate key in a mapping of thousands', () => {
    const text = PROBES['errors-10k']!() + 'e17: 1\n';
    expect(loadScenario(text, 'x.yaml').diagnostics[0]).toMatchObject({
      code: 'SCN001',
      message: 'YAML syntax: the same field appears twice in one mapping; keep one',
    });
  });

  it('offers no did-you-mean for a name too long to be a typo, and compares a bounded number of candidates', () => {
    expect(suggest('a'.repeat(100_000), ['a'.repeat(100_001)])).toBeUndefined();
    expect(suggest('titel', ['x'.repeat(100_000), 'title'])).toBe('title');
    expect(suggest('node-1', [...Array.from({ length: 5_000 }, (_, i) => `other-${i}`), 'node-2'])).toBeUndefined();
    expect(editDistance('titel', 'title')).toBe(1);
  });
});
