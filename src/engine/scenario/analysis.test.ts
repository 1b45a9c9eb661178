import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/unit/helpers.ts';
import { loadScenario } from './load.ts';
import { bestPath, bestScores, reachableEndings } from './analysis.ts';

const twoPaths = fixture('tests/fixtures/valid/two-paths.yaml');

/** A diamond with a trap: the high-listen branch makes the customer boil over before its bonus. */
const TRAP = `
id: trap
format: 1
source: en
languages: [en]
title: Trap
brief: Best scores must respect mood.
channel: phone
difficulty: 2
customer: { name: Kim, mood: 80 }
start: a
nodes:
  a:
    customer: "Hm."
    choices:
      - { id: hot, text: "Hot", score: { listen: 1 }, mood: 15, feedback: f, next: b }
      - { id: cool, text: "Cool", score: { listen: 1 }, mood: -10, feedback: f, next: c }
  b:
    customer: "Grr."
    choices:
      - { id: push, text: "Push", score: { listen: 3 }, mood: 10, feedback: f, next: d }
      - { id: soothe, text: "Soothe", score: { empathy: 2, honesty: 1, calm: 1 }, mood: -20, feedback: f, next: win }
  c:
    customer: "Fine."
    choices:
      - { id: ask, text: "Ask", score: { listen: 2, empathy: 1, honesty: 1, calm: 1 }, mood: 0, feedback: f, next: win }
      - { id: leave, text: "Leave", score: { calm: 2 }, mood: 0, feedback: f, next: gone }
  d:
    customer: "Go on."
    choices:
      - { id: more, text: "More", score: { listen: 3 }, feedback: f, next: win }
      - { id: less, text: "Less", score: { calm: 1 }, feedback: f, next: win }
  win: { customer: "Thanks.", ending: resolved }
  gone: { customer: "Bye.", ending: lost }
`;

describe('best-path analysis', () => {
  it('takes each principle at its own best over all paths', () => {
    expect(bestScores(twoPaths)).toEqual({ listen: 3, empathy: 3, honesty: 2, calm: 1 });
  });

  it('stops a path where mood reaches 100, so points after it are not counted', () => {
    const trap = loadScenario(TRAP, 'trap.yaml').scenario!;
    // hot→push→more would be listen 7, but 80+15+10 = 105 ends the call at 'push': the reply
    // is made and counts (1+3), node d is never reached.
    expect(bestPath(trap, 'listen').value).toBe(4);
    expect(bestPath(trap, 'listen').ending).toBe('lost');
    expect(bestScores(trap)).toEqual({ listen: 4, empathy: 2, honesty: 1, calm: 2 });
    expect(bestPath(trap, 'total').steps.map((s) => s.choiceId)).toEqual(['cool', 'ask']);
  });

  it('knows which endings some path reaches, counting mood 100 as lost', () => {
    expect([...reachableEndings(twoPaths)].sort()).toEqual(['escalated', 'lost', 'resolved']);
  });

  it('prefers the better ending when totals tie', () => {
    const tie = loadScenario(TRAP.replace('score: { calm: 2 }', 'score: { listen: 2, empathy: 1, honesty: 1, calm: 1 }'), 'trap.yaml').scenario!;
    expect(bestPath(tie, 'total').ending).toBe('resolved');
  });
});
