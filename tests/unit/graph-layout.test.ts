/**
 * The author view's graph: every shipped scenario lays out with one box per node and one arrow
 * per reply (two replies between the same nodes are two arrows), each arrow from its node to the
 * reply's next node, with its caption, and the boxes do not overlap.
 */
import { describe, expect, it } from 'vitest';
import { layoutScenario } from '../../src/ui/graph/graph-layout.ts';
import { SHIPPED_IDS, shippedScenario } from '../scenario-paths.ts';

const shipped = SHIPPED_IDS.map(shippedScenario);

describe('the scenario graph', () => {
  it.each(shipped.map((s) => [s.id, s] as const))('%s: one arrow per reply, one box per node', (_id, scenario) => {
    const layout = layoutScenario(scenario, (c) => `caption ${c.id}`);
    const replies = Object.values(scenario.nodes).flatMap((n) =>
      n.kind === 'decision' ? n.choices.map((c) => ({ from: n.id, to: c.next, choiceId: c.id })) : [],
    );
    expect(layout.edges.map((e) => ({ from: e.from, to: e.to, choiceId: e.choiceId })).sort(byKey)).toEqual(replies.sort(byKey));
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(Object.keys(scenario.nodes).sort());
    for (const e of layout.edges) {
      expect(e.label).toBe(`caption ${e.choiceId}`);
      expect(e.points.length).toBeGreaterThanOrEqual(2);
    }
    for (const a of layout.nodes)
      for (const b of layout.nodes)
        if (a !== b) expect(Math.abs(a.x - b.x) >= a.width || Math.abs(a.y - b.y) >= a.height, `${a.id} overlaps ${b.id}`).toBe(true);
  });

  it('has shipped scenarios to lay out', () => expect(shipped.length).toBeGreaterThanOrEqual(16));
});

const byKey = (a: { from: string; choiceId: string }, b: { from: string; choiceId: string }) =>
  `${a.from}/${a.choiceId}`.localeCompare(`${b.from}/${b.choiceId}`);
