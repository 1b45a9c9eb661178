/**
 * Golden transcripts: the best path of every shipped scenario, played in the engine, must read
 * exactly as `tests/golden/<id>.txt`. An edit that changes what a scenario teaches (its best
 * replies, their scores, the ending) shows up here as a diff a trainer can read.
 * After a deliberate change: `npx vitest run tests/golden -u`, then review the diff.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestPath, transcript } from '../../src/engine/index.ts';
import { playMoves, shippedScenario } from '../scenario-paths.ts';

const ids = readdirSync(resolve(import.meta.dirname, '../../scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

describe('golden transcripts of the best path', () => {
  it('covers at least one scenario', () => expect(ids.length).toBeGreaterThan(0));
  for (const id of ids) {
    it(id, async () => {
      const scenario = shippedScenario(id);
      const result = playMoves(scenario, bestPath(scenario).steps);
      await expect(transcript(scenario, result)).toMatchFileSnapshot(`./${id}.txt`);
    });
  }
});
