/**
 * Test-side helpers that read the shipped scenarios with the engine and find paths through them,
 * so browser and golden tests follow the scenario as it is written today.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadScenario } from '../src/engine/authoring.ts';
import {
  clampMood,
  createRunner,
  getNode,
  isBoilingOver,
  seededRandom,
  type ConversationResult,
  type Ending,
  type Scenario,
} from '../src/engine/index.ts';
import { manualClock } from './manual-clock.ts';

const root = resolve(import.meta.dirname, '..');

/** The ids of the scenarios under scenarios/, sorted. */
export const SHIPPED_IDS: readonly string[] = readdirSync(resolve(root, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

export function shippedScenario(id: string): Scenario {
  return loaded(`scenarios/${id}.yaml`, id);
}

/** A scenario of the browser tests' own (tests/fixtures/e2e/<id>.yaml), built into their game. */
export function e2eFixture(id: string): Scenario {
  return loaded(`tests/fixtures/e2e/${id}.yaml`, id);
}

/**
 * Each file checked once per test process: the layout spec alone asked for every scenario four
 * times as it was imported, and checking was the largest part of a browser test worker's own
 * work. A loaded scenario is frozen, so every caller may share it.
 */
const cache = new Map<string, Scenario>();
function loaded(file: string, id: string): Scenario {
  const hit = cache.get(file);
  if (hit) return hit;
  const r = loadScenario(readFileSync(resolve(root, file), 'utf8'), file, { expectedId: id });
  if (!r.scenario) throw new Error(`${file} does not load: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  cache.set(file, r.scenario);
  return r.scenario;
}

export interface Move {
  readonly nodeId: string;
  readonly choiceId: string;
  readonly interrupt?: boolean;
  /** The reply timer ran out on this line before the reply. */
  readonly late?: boolean;
}

/** The first path (depth-first, file order) that ends with `ending`, counting mood 100 as lost. */
export function pathTo(scenario: Scenario, ending: Ending, byMood?: boolean): Move[] | undefined {
  const walk = (id: string, mood: number, trail: Move[]): Move[] | undefined => {
    const node = getNode(scenario, id);
    if (!node) return undefined;
    if (node.kind === 'ending') return node.ending === ending && byMood !== true ? trail : undefined;
    for (const c of node.choices) {
      const after = clampMood(mood + c.mood);
      const next = [...trail, { nodeId: id, choiceId: c.id }];
      if (isBoilingOver(after)) {
        if (ending === 'lost' && byMood !== false) return next;
        continue;
      }
      const found = walk(c.next, after, next);
      if (found) return found;
    }
    return undefined;
  };
  return walk(scenario.start, scenario.customer.mood, []);
}

/** The first path (depth-first, file order) that reaches node `target` without the mood boiling over. */
export function pathToNode(scenario: Scenario, target: string): Move[] | undefined {
  const walk = (id: string, mood: number, trail: Move[], seen: ReadonlySet<string>): Move[] | undefined => {
    if (id === target) return trail;
    const node = getNode(scenario, id);
    if (node?.kind !== 'decision' || seen.has(id)) return undefined;
    for (const c of node.choices) {
      const after = clampMood(mood + c.mood);
      if (isBoilingOver(after)) continue;
      const found = walk(c.next, after, [...trail, { nodeId: id, choiceId: c.id }], new Set([...seen, id]));
      if (found) return found;
    }
    return undefined;
  };
  return walk(scenario.start, scenario.customer.mood, [], new Set());
}

/** Plays moves in the engine and returns its result: the oracle the browser must agree with. */
export function playMoves(scenario: Scenario, moves: readonly Move[]): ConversationResult {
  const runner = createRunner(scenario, { clock: manualClock(), random: seededRandom(1) });
  runner.start();
  for (const m of moves) {
    if (!m.interrupt) runner.lineDelivered();
    if (m.late) runner.expire();
    if (runner.state.phase === 'ended') break;
    runner.choose(m.choiceId);
  }
  return runner.result();
}

/** The text of a choice in a language (source language where it has none). */
export function choiceText(scenario: Scenario, move: Move, lang: string): string {
  const node = getNode(scenario, move.nodeId);
  if (node?.kind !== 'decision') throw new Error(`no decision node ${move.nodeId}`);
  const choice = node.choices.find((c) => c.id === move.choiceId)!;
  return (choice.text as Record<string, string>)[lang] ?? choice.text[scenario.source]!;
}
