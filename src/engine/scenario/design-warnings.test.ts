/**
 * The design warnings as the checker reports them: each fires just past its threshold and not at
 * it, at the place a trainer edits, and its message names the nodes involved and what to change.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load.ts';
import type { Diagnostic } from './diagnostics.ts';

/**
 * Four decisions, clean and each at a threshold: the best reply is the strictly longest at 'c'
 * and 'd' (exactly half), 'a' and 'd' offer partial credit (more than a third), the path through
 * b:wrong ties the best path on listen and empathy, and nothing changes mood (difficulty 1).
 */
const BASE = `id: w
format: 1
source: en
languages: [en]
title: W
brief: W
channel: phone
difficulty: 1
customer: { name: W, mood: 50 }
start: a
nodes:
  a:
    customer: "One."
    choices:
      - { id: best, text: "Best.", score: { listen: 2, empathy: 1 }, feedback: f, next: b }
      - { id: part, text: "Partly right, and longer.", score: { listen: 1 }, feedback: f, next: b }
      - { id: wrong, text: "Wrong.", score: { empathy: -1 }, feedback: f, next: b }
  b:
    customer: "Two."
    choices:
      - { id: best, text: "Best again.", score: { honesty: 2, calm: 1 }, feedback: f, next: c }
      - { id: wrong, text: "Wrong again.", score: { honesty: -1 }, feedback: f, next: c }
  c:
    customer: "Three."
    choices:
      - { id: best, text: "The best reply, and the longest.", score: { listen: 1, empathy: 1 }, feedback: f, next: d }
      - { id: wrong, text: "Wrong at the end.", score: { calm: -1 }, feedback: f, next: d }
  d:
    customer: "Four."
    choices:
      - { id: best, text: "Best is long here too.", score: { honesty: 1, calm: 2 }, feedback: f, next: win }
      - { id: part, text: "Partly.", score: { calm: 1 }, feedback: f, next: win }
      - { id: wrong, text: "No.", score: { calm: -2 }, feedback: f, next: win }
  win: { customer: "Thanks.", ending: resolved }
`;

const check = (text: string): Diagnostic[] => loadScenario(text, 'w.yaml').diagnostics as Diagnostic[];
const edit = (...pairs: [string, string][]) =>
  pairs.reduce((t, [from, to]) => (t.includes(from) ? t.replace(from, to) : expect.fail(`no '${from}'`)), BASE);
/** 1-based line and column of `needle`'s first character, in the line after the one naming `after`. */
const at = (text: string, needle: string, after = ''): { line: number; column: number } => {
  const lines = text.split('\n');
  const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
  const line = lines.findIndex((l, i) => i >= from && l.includes(needle));
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
};

describe('design warnings', () => {
  it('stay silent on a scenario at every threshold', () => {
    expect(check(BASE)).toEqual([]);
  });

  it('SCN060: a path through a mistake that beats the best path on a principle, at the mistake', () => {
    const text = edit([
      '{ id: wrong, text: "Wrong again.", score: { honesty: -1 }',
      '{ id: wrong, text: "Wrong again.", score: { honesty: -1, empathy: 3 }',
    ]);
    const [d, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'SCN060', severity: 'warning', ...at(text, '{ id: wrong', '  b:') });
    expect(d!.message).toContain("the path through 'wrong' (node 'b') reaches empathy 5, more than the best path's 2");
    expect(d!.message).toContain('(a:best → b:wrong → c:best → d:best)');
    expect(d!.message).toMatch(/score empathy lower on that path .* or higher on the best path \(a:best → b:best → c:best → d:best\)/);
    // One point less and the mistake's path only ties the best path: no warning.
    expect(check(text.replace('empathy: 3', 'empathy: 0'))).toEqual([]);
  });

  it('SCN061: more than half of the decisions with the best reply strictly the longest, at nodes:', () => {
    const text = edit(['text: "Best again."', 'text: "Best again, and longer."']);
    const [d, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'SCN061', severity: 'warning', ...at(text, 'nodes:') });
    expect(d!.message).toBe(
      "the longest reply gives it away: in 3 of 4 decisions the best reply is also the longest ('b', 'c', 'd'); make some wrong replies long and polished, and some best replies short",
    );
    // A tie for the longest is no tell.
    expect(check(text.replace('"Wrong again."', '"Wrong again, also long."'))).toEqual([]);
  });

  it('SCN062: fewer than a third of the decisions with partial credit, naming those without', () => {
    const text = edit(['{ id: part, text: "Partly.", score: { calm: 1 }', '{ id: part, text: "Partly.", score: { calm: 0 }']);
    const [d, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'SCN062', severity: 'warning', ...at(text, 'nodes:') });
    expect(d!.message).toBe(
      "one right answer: only 1 of 4 decisions offer partial credit (a reply above 0 but below the best); give at least 2 a plausible, partly right reply (without one: 'b', 'c', 'd')",
    );
    // Exactly a third is enough: drop 'd' and one partial reply in three decisions passes.
    const three = text.replaceAll('next: d }', 'next: win }').replace(/ {2}d:\n(?: {4}.*\n)+/, '');
    expect(check(three)).toEqual([]);
    expect(
      check(three.replace('score: { listen: 1 }, feedback: f, next: b', 'score: { listen: 0 }, feedback: f, next: b')).map((x) => x.code),
    ).toEqual(['SCN062']);
  });

  it('SCN063: a declared difficulty other than the estimate, at its value, saying which way to change', () => {
    const text = edit(['difficulty: 1', 'difficulty: 3']);
    const [d, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'SCN063', severity: 'warning', ...at(text, '3', 'difficulty:') });
    expect(d!.message).toBe(
      "difficulty disagrees: 'difficulty' is 3, but it plays like a 1 for players who do not read: a random player reaches the best path's ending ('resolved') in 100% of plays and makes the customer boil over in 0% (challenge 0.00; below 0.45 is 1, below 0.65 is 2, else 3); make wrong replies cost more mood or start angrier, or declare 1",
    );
    // Angry from the start, and every wrong reply costs 50: most players boil her over.
    const harsh = edit(
      ['mood: 50 }', 'mood: 60 }'],
      ...['Wrong.",', 'Wrong again.",', 'Wrong at the end.",'].map((w): [string, string] => [w, `${w} mood: 50,`]),
    );
    const [h] = check(harsh);
    expect(h).toMatchObject({ code: 'SCN063' });
    expect(h!.message).toMatch(
      /^difficulty disagrees: 'difficulty' is 1, but it plays like a 3 .* make wrong replies cost less mood or start calmer, or declare 3$/,
    );
    expect(check(harsh.replace('difficulty: 1', 'difficulty: 3'))).toEqual([]);
    // One band off is enough to disagree.
    expect(check(harsh.replace('difficulty: 1', 'difficulty: 2')).map((x) => x.message)).toEqual([
      expect.stringMatching(/'difficulty' is 2, but it plays like a 3 /),
    ]);
  });
});
