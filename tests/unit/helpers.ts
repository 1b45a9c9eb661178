/**
 * Shared helpers for engine tests: load fixture scenarios and play paths.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadScenario } from '../../src/engine/authoring.ts';
import { createRunner, seededRandom, type Scenario } from '../../src/engine/index.ts';
import { manualClock } from '../manual-clock.ts';

export const root = resolve(import.meta.dirname, '../..');

export function fixture(path: string): Scenario {
  const file = resolve(root, path);
  const result = loadScenario(readFileSync(file, 'utf8'), path);
  if (!result.scenario) throw new Error(`fixture ${path} does not load: ${JSON.stringify(result.diagnostics)}`);
  return result.scenario;
}

/** Plays choice ids in order, waiting for each line to finish first unless the id starts with '!' (interrupt). */
export function play(scenario: Scenario, ids: string[], options: { seed?: number; replyLimitMs?: number; thinkMs?: number } = {}) {
  const clock = manualClock(1_000);
  const runner = createRunner(scenario, {
    clock,
    random: seededRandom(options.seed ?? 1),
    rules: options.replyLimitMs === undefined ? {} : { replyLimitMs: options.replyLimitMs },
  });
  runner.start();
  for (const raw of ids) {
    clock.advance(500);
    const interrupt = raw.startsWith('!');
    if (!interrupt) runner.lineDelivered();
    clock.advance(options.thinkMs ?? 1_000);
    runner.choose(interrupt ? raw.slice(1) : raw);
  }
  return { runner, clock };
}
