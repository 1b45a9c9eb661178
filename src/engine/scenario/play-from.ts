/**
 * "Play from here" for trainers: a conversation that starts at any node, with the mood the best
 * path has there (or one the trainer sets). The scenario is the same one, entered at another node.
 */
import { bestPath } from './analysis.ts';
import { getNode } from './build.ts';
import type { Scenario } from './model.ts';
import { PRINCIPLES } from './vocabulary.ts';
import { clampMood } from '../scoring/rules.ts';

/**
 * The customer's mood on arriving at `nodeId`: along the best path when it passes there, else
 * along the way there that scores most (ties: fewer replies, then file order). Undefined when
 * no path from the start reaches the node.
 */
export function moodOnArrival(scenario: Scenario, nodeId: string): number | undefined {
  let mood = scenario.customer.mood;
  if (nodeId === scenario.start) return mood;
  for (const step of bestPath(scenario).steps) {
    const node = getNode(scenario, step.nodeId);
    const choice = node?.kind === 'decision' ? node.choices.find((c) => c.id === step.choiceId) : undefined;
    if (!choice) break;
    mood = clampMood(mood + choice.mood);
    if (choice.next === nodeId) return mood;
  }
  // Off the best path: the best-scoring way there, found over the graph (it has no cycles).
  const best = new Map<string, { total: number; steps: number; mood: number }>([
    [scenario.start, { total: 0, steps: 0, mood: scenario.customer.mood }],
  ]);
  for (const id of topological(scenario)) {
    const here = best.get(id);
    const node = getNode(scenario, id);
    if (!here || node?.kind !== 'decision' || here.mood >= 100) continue;
    for (const c of node.choices) {
      const next = {
        total: here.total + PRINCIPLES.reduce((sum, p) => sum + c.score[p], 0),
        steps: here.steps + 1,
        mood: clampMood(here.mood + c.mood),
      };
      const known = best.get(c.next);
      if (!known || next.total > known.total || (next.total === known.total && next.steps < known.steps)) best.set(c.next, next);
    }
  }
  return best.get(nodeId)?.mood;
}

/**
 * The node ids reachable from the start, in an order where every reply leads further on (each
 * node before every node its replies reach). Pure; scenarios are acyclic (SCN040).
 */
export function topological(scenario: Scenario): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = getNode(scenario, id);
    if (node?.kind === 'decision') for (const c of node.choices) visit(c.next);
    order.unshift(id);
  };
  visit(scenario.start);
  return order;
}

/** The scenario entered at `nodeId` with the customer's mood `mood` (clamped to 0–100). */
export function startingAt(scenario: Scenario, nodeId: string, mood: number): Scenario {
  if (!getNode(scenario, nodeId)) throw new Error(`'${scenario.id}' has no node '${nodeId}'`);
  return { ...scenario, start: nodeId, customer: { ...scenario.customer, mood: clampMood(Math.round(mood)) } };
}
