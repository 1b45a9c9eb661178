import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/unit/helpers.ts';
import { randomScenario } from '../../../tests/unit/random-scenario.ts';
import { addScores, clampMood, isBoilingOver, isMistake, totalScore } from '../scoring/rules.ts';
import { loadScenario } from './load.ts';
import { bestPath, bestPathFrom, ENDING_RANK, principleMaxima, reachableEndings, type BestPath } from './analysis.ts';
import { ZERO_SCORES, type DecisionNode, type Scenario } from './model.ts';
import type { Ending } from './vocabulary.ts';

/** Every path from the start, with the mood rules applied, in file order of its choices. */
function allPaths(s: Scenario): BestPath[] {
  const out: BestPath[] = [];
  const walk = (id: string, mood: number, prefix: BestPath): void => {
    const node = s.nodes[id]!;
    if (node.kind === 'ending') return void out.push({ ...prefix, ending: node.ending });
    for (const c of node.choices) {
      const after = clampMood(mood + c.mood);
      const scores = addScores(prefix.scores, c.score);
      const path = {
        steps: [...prefix.steps, { nodeId: id, choiceId: c.id }],
        scores,
        value: totalScore(scores),
        ending: 'lost' as Ending,
      };
      if (isBoilingOver(after)) out.push(path);
      else walk(c.next, after, path);
    }
  };
  walk(s.start, clampMood(s.customer.mood), { steps: [], scores: ZERO_SCORES, value: 0, ending: 'lost' });
  return out;
}

/** The contract's order, spelt out: highest total, better ending, fewer decisions, file order. */
function contractBest(paths: BestPath[]): BestPath {
  return paths.reduce((a, b) =>
    b.value !== a.value
      ? b.value > a.value
        ? b
        : a
      : ENDING_RANK[b.ending] !== ENDING_RANK[a.ending]
        ? ENDING_RANK[b.ending] > ENDING_RANK[a.ending]
          ? b
          : a
        : b.steps.length < a.steps.length
          ? b
          : a,
  );
}

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

/** Two ways to the same total and ending: one reply, or two replies. */
const SHORTCUT = `
id: shortcut
format: 1
source: en
languages: [en]
title: Shortcut
brief: Fewer decisions win a tie.
channel: chat
difficulty: 1
customer: { name: Lee, mood: 50 }
start: a
nodes:
  a:
    customer: "Well?"
    choices:
      - { id: long-way, text: "Step", score: { listen: 1 }, feedback: f, next: b }
      - { id: direct, text: "Fix", score: { listen: 2 }, feedback: f, next: win }
  b:
    customer: "And?"
    choices:
      - { id: finish, text: "Finish", score: { listen: 1 }, feedback: f, next: win }
      - { id: drop, text: "Drop", score: { calm: -1 }, feedback: f, next: win }
  win: { customer: "Thanks.", ending: resolved }
`;

describe('best-path analysis', () => {
  it('takes each principle at its own best over all paths for the maxima, but one path for the best path', () => {
    expect(principleMaxima(twoPaths).any).toEqual({ listen: 3, empathy: 2, honesty: 2, calm: 2 });
    const best = bestPath(twoPaths);
    expect(totalScore(best.scores)).toBe(best.value);
    expect(best.scores).toEqual(
      allPaths(twoPaths).find((p) => p.steps.map((x) => x.choiceId).join() === best.steps.map((x) => x.choiceId).join())!.scores,
    );
  });

  it('is the one path the contract names, on random scenarios (checked against every path)', () => {
    fc.assert(
      fc.property(randomScenario({ decisions: 7, choices: 4 }), (s) => {
        const expected = contractBest(allPaths(s));
        const got = bestPath(s);
        expect(got.steps).toEqual(expected.steps);
        expect(got.scores).toEqual(expected.scores);
        expect(got.ending).toBe(expected.ending);
      }),
      { numRuns: 400 },
    );
  });

  it('answers the same from any state whatever was asked before (states solved are kept per scenario)', () => {
    fc.assert(
      fc.property(
        randomScenario({ decisions: 6, choices: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 100 }), fc.boolean()), { minLength: 1, maxLength: 6 }),
        (s, asks) => {
          const ids = Object.keys(s.nodes);
          for (const [i, mood, throughMistake] of asks) {
            const id = ids[i % ids.length]!;
            const filter = throughMistake ? 'through-mistake' : 'any';
            // A copy is a different scenario to the cache: it is solved from nothing.
            const fresh = bestPathFrom(structuredClone(s), id, mood, 'total', filter);
            expect(bestPathFrom(s, id, mood, 'total', filter)).toEqual(fresh);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds the best path for one principle, or through a mistake, as the contract orders paths', () => {
    const objectives = ['listen', 'empathy', 'honesty', 'calm', 'total'] as const;
    fc.assert(
      fc.property(
        randomScenario({ decisions: 6, choices: 4 }),
        fc.constantFrom(...objectives),
        fc.boolean(),
        (s, objective, throughMistake) => {
          const mistake = (p: BestPath) =>
            p.steps.some((st) => isMistake((s.nodes[st.nodeId] as DecisionNode).choices.find((c) => c.id === st.choiceId)!.score));
          const paths = allPaths(s)
            .filter((p) => !throughMistake || mistake(p))
            .map((p) => ({ ...p, value: objective === 'total' ? p.value : p.scores[objective] }));
          const got = bestPathFrom(s, s.start, s.customer.mood, objective, throughMistake ? 'through-mistake' : 'any');
          if (paths.length === 0) return void expect(got).toBeUndefined();
          // Highest value, then (for one principle) the higher total, then the contract's order.
          const top = paths.filter((p) => p.value === Math.max(...paths.map((x) => x.value)));
          const expected = contractBest(top.filter((p) => totalScore(p.scores) === Math.max(...top.map((x) => totalScore(x.scores)))));
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('prefers fewer decisions when totals and endings tie', () => {
    const s = loadScenario(SHORTCUT, 'shortcut.yaml').scenario!;
    expect(bestPath(s).steps.map((x) => x.choiceId)).toEqual(['direct']);
  });

  it('stops a path where mood reaches 100, so points after it are not counted', () => {
    const trap = loadScenario(TRAP, 'trap.yaml').scenario!;
    // hot→push→more would be listen 7, but 80+15+10 = 105 ends the call at 'push': the reply
    // is made and counts (1+3), node d is never reached.
    expect(bestPath(trap, 'listen').value).toBe(4);
    expect(bestPath(trap, 'listen').ending).toBe('lost');
    expect(principleMaxima(trap).any).toEqual({ listen: 4, empathy: 2, honesty: 1, calm: 2 });
    expect(bestPath(trap, 'total').steps.map((s) => s.choiceId)).toEqual(['cool', 'ask']);
  });

  it('knows which endings some path reaches, counting mood 100 as lost', () => {
    expect([...reachableEndings(twoPaths)].sort()).toEqual(['escalated', 'lost', 'resolved']);
  });

  it('prefers the better ending when totals tie', () => {
    const tie = loadScenario(
      TRAP.replace('score: { calm: 2 }', 'score: { listen: 2, empathy: 1, honesty: 1, calm: 1 }'),
      'trap.yaml',
    ).scenario!;
    expect(bestPath(tie, 'total').ending).toBe('resolved');
  });
});
