/**
 * The simulated players: the random player's exact numbers equal an enumeration of every path
 * weighted by its probability; the always-longest and always-shortest players pick by code points
 * of the source text, ties to the earlier reply; boiling over ends a play as `lost` by mood.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomScenario } from '../../../tests/unit/random-scenario.ts';
import { addScores, clampMood, isBoilingOver, totalScore } from '../scoring/rules.ts';
import { loadScenario } from './load.ts';
import { ZERO_SCORES, type DecisionNode, type Scenario, type Scores } from './model.ts';
import { byLength, playPolicy, randomPlayer, replyLength } from './players.ts';
import { ENDINGS, type Ending } from './vocabulary.ts';

/** Every path from the start with its probability under uniform random play. */
function enumerate(s: Scenario): { p: number; ending: Ending; byMood: boolean; scores: Scores }[] {
  const out: { p: number; ending: Ending; byMood: boolean; scores: Scores }[] = [];
  const walk = (id: string, mood: number, p: number, scores: Scores): void => {
    const node = s.nodes[id]!;
    if (node.kind === 'ending') return void out.push({ p, ending: node.ending, byMood: false, scores });
    for (const c of node.choices) {
      const after = clampMood(mood + c.mood);
      const next = addScores(scores, c.score);
      if (isBoilingOver(after)) out.push({ p: p / node.choices.length, ending: 'lost', byMood: true, scores: next });
      else walk(c.next, after, p / node.choices.length, next);
    }
  };
  walk(s.start, clampMood(s.customer.mood), 1, ZERO_SCORES);
  return out;
}

/** The play of a player, spelt out: at each decision the first reply whose length is the extreme. */
function followExtreme(s: Scenario, shortest: boolean) {
  const ids: string[] = [];
  let scores = ZERO_SCORES;
  let id = s.start;
  let mood = clampMood(s.customer.mood);
  for (let node = s.nodes[id]!; ; node = s.nodes[id]!) {
    if (node.kind === 'ending') return { ids, scores, ending: node.ending, endedBy: 'node' };
    const lengths = node.choices.map((c) => [...c.text.en!].length);
    const c = node.choices[lengths.indexOf(shortest ? Math.min(...lengths) : Math.max(...lengths))]!;
    ids.push(c.id);
    scores = addScores(scores, c.score);
    mood = clampMood(mood + c.mood);
    if (isBoilingOver(mood)) return { ids, scores, ending: 'lost', endedBy: 'mood' };
    id = c.next;
  }
}

const SMALL = `
id: small
format: 1
source: en
languages: [en, ja]
title: Small
brief: Players who do not read.
channel: chat
difficulty: 1
customer: { name: Kim, mood: 70 }
start: a
nodes:
  a:
    customer: "Hm."
    choices:
      - { id: same-1, text: { en: "four", ja: "とても長い日本語の返答です" }, score: { listen: 1 }, mood: 10, feedback: f, next: b }
      - { id: same-2, text: "five", score: { empathy: 1 }, mood: -10, feedback: f, next: b }
      - { id: emoji, text: "😀😀😀", score: { calm: 1 }, mood: -5, feedback: f, next: b }
  b:
    customer: "And?"
    choices:
      - { id: boil, text: "Longest reply here", score: { calm: -2, honesty: 1 }, mood: 30, feedback: f, next: win }
      - { id: calm, text: "Short", score: { honesty: 2 }, mood: -20, feedback: f, next: win }
  win: { customer: "Thanks.", ending: resolved }
`;
const small = loadScenario(SMALL, 'small.yaml').scenario!;
const decision = (id: string) => small.nodes[id] as DecisionNode;

describe('the random player', () => {
  it('equals the enumeration of every path weighted by its probability, on random scenarios', () => {
    fc.assert(
      fc.property(randomScenario({ decisions: 6, choices: 4 }), (s) => {
        const paths = enumerate(s);
        const r = randomPlayer(s);
        for (const e of ENDINGS)
          expect(r.endingNode[e]).toBeCloseTo(
            paths.filter((x) => !x.byMood && x.ending === e).reduce((n, x) => n + x.p, 0),
            12,
          );
        expect(r.boilOver).toBeCloseTo(
          paths.filter((x) => x.byMood).reduce((n, x) => n + x.p, 0),
          12,
        );
        expect(r.meanTotal).toBeCloseTo(
          paths.reduce((n, x) => n + x.p * totalScore(x.scores), 0),
          12,
        );
        // Every play ends somewhere: the chances add up to 1.
        expect(ENDINGS.reduce((n, e) => n + r.endingNode[e], r.boilOver)).toBeCloseTo(1, 12);
      }),
      { numRuns: 300 },
    );
  });

  it('counts boiling over apart from a lost ending node, with the points scored on the way', () => {
    // From 70: same-1 (80) then boil (110) boils over; the other five paths resolve.
    const r = randomPlayer(small);
    expect(r.boilOver).toBeCloseTo(1 / 6, 12);
    expect(r.endingNode).toEqual({ resolved: expect.closeTo(5 / 6, 12), escalated: 0, lost: 0, ended: 0 });
    // Mean of the six path totals: (1-1) (1+2) (1-1) (1+2) (1-1) (1+2) = 9 / 6.
    expect(r.meanTotal).toBeCloseTo(1.5, 12);
  });
});

describe('the always-longest and always-shortest players', () => {
  it('measure a reply in code points of the source-language text', () => {
    expect(replyLength(small, decision('a').choices[0]!)).toBe(4);
    expect(replyLength(small, decision('a').choices[2]!)).toBe(3);
  });

  it('count any text as its code points, a lone surrogate as one', () => {
    const reply = decision('a').choices[0]!;
    // Halves of a pair drawn apart can meet (a pair) or not (lone); whole pairs and plain letters too.
    const piece = fc.constantFrom('a', 'é', '日', '😀', '\uD83D', '\uDE00', ' ');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
        (text) => replyLength(small, { ...reply, text: { ...reply.text, [small.source]: text } }) === [...text].length,
      ),
      { numRuns: 300 },
    );
    const c = (text: string) => ({ ...reply, text: { [small.source]: text } });
    expect(replyLength(small, c('a\uD83D'))).toBe(2);
    expect(replyLength(small, c('\uDE00\uD83D\uDE00'))).toBe(2);
  });

  it('pick the earlier reply when lengths tie', () => {
    expect(byLength(small)(decision('a')).id).toBe('same-1');
    expect(byLength(small, true)(decision('a')).id).toBe('emoji');
    const tied = { ...decision('a'), choices: [decision('a').choices[1]!, decision('a').choices[0]!] };
    expect(byLength(small)(tied).id).toBe('same-2');
  });

  it('end as lost by mood when a reply boils the customer over, counting that reply', () => {
    const longest = playPolicy(small, byLength(small));
    expect(longest).toEqual({
      ending: 'lost',
      endedBy: 'mood',
      scores: { listen: 1, empathy: 0, honesty: 1, calm: -2 },
      total: 0,
      steps: [
        { nodeId: 'a', choiceId: 'same-1' },
        { nodeId: 'b', choiceId: 'boil' },
      ],
    });
    const shortest = playPolicy(small, byLength(small, true));
    expect(shortest).toMatchObject({
      ending: 'resolved',
      endedBy: 'node',
      total: 3,
      steps: [
        { nodeId: 'a', choiceId: 'emoji' },
        { nodeId: 'b', choiceId: 'calm' },
      ],
    });
  });

  it('follow the first longest (or shortest) reply at every decision, on random scenarios', () => {
    fc.assert(
      fc.property(randomScenario({ decisions: 6, choices: 4 }), fc.boolean(), (s, shortest) => {
        const played = playPolicy(s, byLength(s, shortest));
        const { ids, ...rest } = followExtreme(s, shortest);
        expect(played.steps.map((x) => x.choiceId)).toEqual(ids);
        expect(played).toMatchObject({ ...rest, total: totalScore(rest.scores) });
      }),
      { numRuns: 200 },
    );
  });
});
