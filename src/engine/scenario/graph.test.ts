/**
 * A node's headroom lets the walks solve every mood below it as one state, so it must be exact:
 * below it no path boils over, and at or above it some path does (a node is never entered at
 * MOOD_MAX: the customer has boiled over by then). Checked against every path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomScenario } from '../../../tests/unit/random-scenario.ts';
import { clampMood, isBoilingOver } from '../scoring/rules.ts';
import { graphOf } from './graph.ts';
import { loadScenario } from './load.ts';
import { MOOD_MAX } from './vocabulary.ts';
import type { Scenario } from './model.ts';

/** Whether some path from `id`, entered at `mood`, boils the customer over (every path walked). */
function canBoil(s: Scenario, id: string, mood: number): boolean {
  const node = s.nodes[id]!;
  if (node.kind === 'ending') return false;
  return node.choices.some((c) => {
    const after = clampMood(mood + c.mood);
    return isBoilingOver(after) || canBoil(s, c.next, after);
  });
}

const headroomFits = (s: Scenario) => {
  const g = graphOf(s);
  g.ids.forEach((id, n) => {
    for (let mood = 0; mood < MOOD_MAX; mood++) expect(canBoil(s, id, mood), `${id} at ${mood}`).toBe(mood >= g.headroom[n]!);
  });
};

/** Calmed to nothing, then three sharp rises: only a walk that lifts the mood back to 0 sees it boil. */
const DIP = `
id: dip
format: 1
source: en
languages: [en]
title: Dip
brief: The mood cannot fall below 0.
channel: chat
difficulty: 1
customer: { name: Sam, mood: 30 }
start: a
nodes:
  a:
    customer: "Well?"
    choices:
      - { id: soothe, text: "Sorry.", score: { empathy: 1 }, mood: -50, feedback: f, next: b }
      - { id: shrug, text: "Hm.", score: { calm: 1 }, mood: 5, feedback: f, next: done }
  b:
    customer: "And?"
    choices:
      - { id: push, text: "Pay up.", score: { honesty: 1 }, mood: 40, feedback: f, next: c }
      - { id: wait, text: "Wait.", score: { calm: 1 }, mood: 0, feedback: f, next: done }
  c:
    customer: "What?"
    choices:
      - { id: again, text: "Pay now.", score: { honesty: 1 }, mood: 40, feedback: f, next: d }
      - { id: stop, text: "Sorry.", score: { calm: 1 }, mood: -10, feedback: f, next: done }
  d:
    customer: "Really?"
    choices:
      - { id: more, text: "Today.", score: { honesty: 1 }, mood: 40, feedback: f, next: done }
      - { id: ease, text: "Sorry.", score: { calm: 1 }, mood: -10, feedback: f, next: done }
  done: { customer: "Bye.", ending: resolved }
`;

describe('graphOf headroom', () => {
  it('is exact where the mood has been lifted back to 0 on the way', () => {
    const s = loadScenario(DIP, 'dip.yaml').scenario!;
    // From any mood, soothe (to 0) then push, again, more reach 120: no mood of node a is safe.
    const g = graphOf(s);
    expect(g.headroom[g.index.get('a')!]).toBe(0);
    headroomFits(s);
  });

  it('is exact on random scenarios: below it nothing boils over, from it something does', () => {
    fc.assert(fc.property(randomScenario({ decisions: 6, choices: 3 }), headroomFits), { numRuns: 200 });
  });
});
