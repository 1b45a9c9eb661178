/**
 * The design questions, each on small hand-made scenarios whose answers can be worked out by hand:
 * the longest-reply tell, partial credit, the difficulty estimate and its bands, a mistake that pays.
 */
import { describe, expect, it } from 'vitest';
import {
  bandOf,
  challengeToShow,
  CHALLENGE_BANDS,
  designReport,
  estimateDifficulty,
  longestIsBest,
  offersPartialCredit,
} from './design.ts';
import { loadScenario } from './load.ts';
import type { Choice, DecisionNode, Scenario } from './model.ts';
import { ZERO_SCORES } from './model.ts';

const scenario = (yaml: string): Scenario => {
  const r = loadScenario(yaml, 'x.yaml');
  if (!r.scenario) throw new Error(JSON.stringify(r.diagnostics));
  return r.scenario;
};
const head = (mood: number, start = 'a') =>
  `id: x\nformat: 1\nsource: en\nlanguages: [en]\ntitle: X\nbrief: X\nchannel: phone\ndifficulty: 1\ncustomer: { name: X, mood: ${mood} }\nstart: ${start}\nnodes:\n`;
const ENDS: Record<string, string> = { win: 'resolved', pass: 'escalated', stop: 'ended' };
/** The ending nodes a test scenario leads to. */
const ends = (...ids: string[]) => ids.map((id) => `  ${id}: { customer: "Bye.", ending: ${ENDS[id]} }\n`).join('');

const base = scenario(
  `${head(50)}  a:\n    customer: "Hm."\n    choices:\n      - { text: "A", score: { listen: 1, empathy: 1, honesty: 1, calm: 1 }, feedback: f, next: win }\n      - { text: "B", feedback: f, next: win }\n${ends('win')}`,
);

/** A decision of replies given as [English text, points on listen]; the Japanese texts are all long. */
function node(replies: [string, number][]): DecisionNode {
  const choices: Choice[] = replies.map(([en, points], index) => ({
    id: `r${index}`,
    index,
    text: { en, ja: 'とても長い日本語の返答です。'.repeat(3) },
    score: { ...ZERO_SCORES, listen: points },
    mood: 0,
    next: 'win',
    hold: false,
    teaches: [],
  }));
  return { kind: 'decision', id: 'a', customer: { en: 'Hm.' }, venting: false, shuffle: true, choices };
}

describe('the longest reply', () => {
  it('gives it away when the best reply is strictly the longest, in code points of the source language', () => {
    expect(
      longestIsBest(
        base,
        node([
          ['Short.', 1],
          ['The best reply, and the longest.', 3],
          ['Middling reply.', 0],
        ]),
      ),
    ).toBe(true);
    // Four emoji are four code points (eight UTF-16 units): still shorter than "Short." (6).
    expect(
      longestIsBest(
        base,
        node([
          ['Short.', 1],
          ['😀😀😀😀', 3],
        ]),
      ),
    ).toBe(false);
  });

  it('counts when the longest shares the highest total with another reply', () => {
    expect(
      longestIsBest(
        base,
        node([
          ['Also best.', 3],
          ['Best, and the longest one.', 3],
        ]),
      ),
    ).toBe(true);
  });

  it('does not when the longest is not best, or two replies share the longest length', () => {
    expect(
      longestIsBest(
        base,
        node([
          ['Best.', 3],
          ['A long and polished wrong reply.', -2],
        ]),
      ),
    ).toBe(false);
    expect(
      longestIsBest(
        base,
        node([
          ['Best reply!', 3],
          ['Wrong reply', -2],
          ['Bad', -1],
        ]),
      ),
    ).toBe(false);
  });
});

describe('partial credit', () => {
  const partial = (totals: number[]) => offersPartialCredit(node(totals.map((t, i) => [`reply ${i}`, t])));

  it("is a reply above 0 and below the decision's best", () => {
    expect(partial([3, 1, -2])).toBe(true);
    expect(partial([-1, 2, 1])).toBe(true);
  });

  it('is not a reply at 0, a reply tied with the best, or a decision whose best is not above 1', () => {
    expect(partial([3, 0, -2])).toBe(false);
    expect(partial([3, 3, -1])).toBe(false);
    expect(partial([1, 1, 0])).toBe(false);
    expect(partial([-1, -2])).toBe(false);
  });
});

describe('difficulty bands', () => {
  it('puts a challenge below the first bound in 1, below the second in 2, else 3', () => {
    expect(CHALLENGE_BANDS).toEqual([0.45, 0.65]);
    expect([0, 0.4499, 0.45, 0.6499, 0.65, 1].map(bandOf)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('shows a challenge rounded down to two decimals, in the band of the value itself', () => {
    expect([0.4496, 0.45, 0.57, 0.6499, 0.65, 1].map(challengeToShow)).toEqual([0.44, 0.45, 0.57, 0.64, 0.65, 1]);
  });
});

/** One decision: a good reply to `win`, a fair one to `pass`, a bad one whose mood change is `bad`. */
const three = (mood: number, bad: number, fair = 0) =>
  scenario(
    `${head(mood)}  a:\n    customer: "Hm."\n    choices:\n      - { id: good, text: "Good", score: { listen: 1, empathy: 1, honesty: 1, calm: 1 }, mood: -10, feedback: f, next: win }\n      - { id: fair, text: "Fair enough", score: { listen: 1 }, mood: ${fair}, feedback: f, next: pass }\n      - { id: bad, text: "Bad", score: { calm: -1 }, mood: ${bad}, feedback: f, next: win }\n${ends('win', 'pass')}`,
  );

describe('the difficulty estimate', () => {
  it('is 1 when random players mostly reach the best ending and never boil over', () => {
    const d = estimateDifficulty(three(50, 10));
    // good and bad both reach 'resolved': 2/3; nothing boils over.
    expect(d).toMatchObject({ declared: 1, estimated: 1, reachesBestEnding: expect.closeTo(2 / 3, 12) });
    expect(d.random.boilOver).toBe(0);
    expect(d.challenge).toBeCloseTo((1 / 3 + 0) / 2, 12);
  });

  it('is 2 when one play in three boils over and one reaches the best ending', () => {
    const d = estimateDifficulty(three(60, 40));
    expect(d.random.boilOver).toBeCloseTo(1 / 3, 12);
    expect(d.challenge).toBeCloseTo((2 / 3 + 1 / 3) / 2, 12);
    expect(d.estimated).toBe(2);
  });

  it('is 3 when most plays boil over', () => {
    const d = estimateDifficulty(three(95, 20, 10));
    expect(d.random.boilOver).toBeCloseTo(2 / 3, 12);
    expect(d.estimated).toBe(3);
  });

  it('measures the ending the best path takes, whatever it is', () => {
    // The best path ends the contact ('stop', ended): reaching 'resolved' does not count.
    const s = scenario(
      `${head(50)}  a:\n    customer: "You idiot."\n    choices:\n      - { id: end-it, text: "I'm ending this call.", score: { calm: 3, honesty: 1 }, feedback: f, next: stop }\n      - { id: give-in, text: "Fine, have a refund.", score: { empathy: 1 }, feedback: f, next: win }\n      - { id: argue, text: "Mind your language.", score: { calm: -1 }, feedback: f, next: win }\n${ends('win', 'stop')}`,
    );
    const d = estimateDifficulty(s);
    expect(d.reachesBestEnding).toBeCloseTo(1 / 3, 12);
    expect(d.random.endingNode.resolved).toBeCloseTo(2 / 3, 12);
    expect(d.challenge).toBeCloseTo(1 / 3, 12);
  });

  it('reports where the always-longest and always-shortest players end', () => {
    const d = estimateDifficulty(three(60, 40));
    expect(d.longest).toMatchObject({ ending: 'escalated', endedBy: 'node', total: 1 });
    // "Bad" (3 letters) is shorter than "Good": 60 + 40 boils over.
    expect(d.shortest).toMatchObject({ ending: 'lost', endedBy: 'mood', total: -1, steps: [{ nodeId: 'a', choiceId: 'bad' }] });
  });
});

/** Snap first, apologise after: the apology's empathy is `apology`; the right move scores empathy 1. */
const recovery = (apology: number) =>
  scenario(`${head(50)}  a:
    customer: "You charged me twice!"
    choices:
      - { id: own-it, text: "I'm sorry. I can see both charges.", score: { listen: 1, empathy: 1, honesty: 1, calm: 1 }, feedback: f, next: win }
      - { id: calm-down, text: "Please calm down and I will look into it.", score: { empathy: -1 }, mood: 10, feedback: f, next: b }
  b:
    customer: "Don't tell me to calm down!"
    choices:
      - { id: apologise, text: "You're right. I'm sorry.", score: { empathy: ${apology} }, feedback: f, next: win }
      - { id: check, text: "I understand. Let me check your account now.", score: { listen: 1 }, feedback: f, next: win }
${ends('win')}`);

describe('the design report', () => {
  it('finds a mistake that pays: a path through a mistake above the best path on one principle', () => {
    const r = designReport(recovery(3));
    expect(r.best.steps.map((s) => s.choiceId)).toEqual(['own-it']);
    expect(r.mistakesPay).toEqual([
      {
        principle: 'empathy',
        best: 1,
        viaMistake: 2,
        path: expect.objectContaining({
          steps: [
            { nodeId: 'a', choiceId: 'calm-down' },
            { nodeId: 'b', choiceId: 'apologise' },
          ],
          ending: 'resolved',
        }),
        mistake: { nodeId: 'a', choiceId: 'calm-down' },
      },
    ]);
  });

  it('finds none when the recovery only matches the right move', () => {
    expect(designReport(recovery(2)).mistakesPay).toEqual([]);
  });

  it('lists the decisions whose best reply is the longest, and those without partial credit', () => {
    const r = designReport(recovery(3));
    expect(r.decisions).toBe(2);
    // 'a': the best reply (own-it) is shorter than calm-down; 'b': apologise (3) is shorter than check (1).
    expect(r.longestTells).toEqual([]);
    expect(r.noPartialCredit).toEqual(['a']);
    const tell = designReport(
      scenario(
        `${head(50)}  a:\n    customer: "Hm."\n    choices:\n      - { id: long, text: "The best reply is the longest.", score: { listen: 2 }, feedback: f, next: win }\n      - { id: part, text: "Partly right.", score: { listen: 1 }, feedback: f, next: win }\n${ends('win')}`,
      ),
    );
    expect(tell).toMatchObject({ decisions: 1, longestTells: ['a'], noPartialCredit: [] });
  });
});
