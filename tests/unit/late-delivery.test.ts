/**
 * What the spine asks of late-delivery: a phone call with at least six decisions, every ending but
 * `ended` reachable, every principle able to score both ways, feedback on every reply, no warnings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/authoring.ts';
import { principleMaxima, PRINCIPLES, reachableEndings, type DecisionNode } from '../../src/engine/index.ts';
import { root } from './helpers.ts';

const text = readFileSync(resolve(root, 'scenarios/late-delivery.yaml'), 'utf8');
const { scenario, diagnostics } = loadScenario(text, 'scenarios/late-delivery.yaml', { expectedId: 'late-delivery' });
const decisions = Object.values(scenario?.nodes ?? {}).filter((n): n is DecisionNode => n.kind === 'decision');

describe('late-delivery', () => {
  it('loads with no diagnostics at all', () => {
    expect(diagnostics).toEqual([]);
    expect(scenario?.channel).toBe('phone');
  });
  it('has at least six decision nodes, each reply with feedback', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(6);
    for (const c of decisions.flatMap((n) => n.choices)) expect(c.feedback?.en, c.id).toBeTruthy();
  });
  it('can end resolved, escalated and lost', () => {
    const endings = reachableEndings(scenario!);
    for (const e of ['resolved', 'escalated', 'lost'] as const) expect(endings.has(e), e).toBe(true);
  });
  it('lets every principle score above 0 and lose points', () => {
    const best = principleMaxima(scenario!).any;
    for (const p of PRINCIPLES) {
      expect(best[p], p).toBeGreaterThan(0);
      expect(
        decisions.some((n) => n.choices.some((c) => c.score[p] < 0)),
        p,
      ).toBe(true);
    }
  });
  it('opens with a venting line, so interrupting is possible', () => {
    expect((scenario!.nodes[scenario!.start] as DecisionNode).venting).toBe(true);
  });
});
