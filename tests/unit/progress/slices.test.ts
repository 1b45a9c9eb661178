/**
 * Large progress a slice at a time: work over many records pauses between slices (so the page
 * can breathe) and gives the same result as all at once; lists are shown a page at a time and a
 * chart draws at most so many evenly spaced points.
 */
import { describe, expect, it } from 'vitest';
import { evenlySpaced, inSlices, newestAttempts, parseImport, parseImportInSlices } from '../../../src/engine/progress/index.ts';
import { manyAttempts } from '../../e2e/many-attempts.ts';
import { attempt } from './make.ts';

describe('inSlices', () => {
  it('pauses between slices only, and visits every item once in order', async () => {
    const log: string[] = [];
    await inSlices(
      [1, 2, 3, 4, 5],
      (n, i) => void log.push(`${n}@${i}`),
      async () => void log.push('pause'),
      2,
    );
    expect(log).toEqual(['1@0', '2@1', 'pause', '3@2', '4@3', 'pause', '5@4']);
  });

  it('stops when an item says so, and never pauses for nothing', async () => {
    const log: string[] = [];
    await inSlices(
      [1, 2, 3, 4],
      (n) => (log.push(String(n)), n < 3),
      async () => void log.push('pause'),
      2,
    );
    expect(log).toEqual(['1', '2', 'pause', '3']);
    let pauses = 0;
    await inSlices(
      [],
      () => undefined,
      async () => void pauses++,
    );
    await inSlices(
      [1, 2],
      () => undefined,
      async () => void pauses++,
      2,
    );
    expect(pauses).toBe(0);
  });
});

describe('parseImportInSlices', () => {
  it('reads a large file with pauses between slices, giving what parseImport gives', async () => {
    const text = manyAttempts(2_000);
    let pauses = 0;
    const sliced = await parseImportInSlices(text, async () => void pauses++);
    expect(sliced).toEqual(parseImport(text));
    expect(sliced.ok && sliced.attempts).toHaveLength(2_000);
    // 2,000 attempts in slices of 500, a profile slice, and one pause between the two lists.
    expect(pauses).toBe(4);
  });

  it('refuses what parseImport refuses, with the same reason', async () => {
    const doc = JSON.parse(manyAttempts(3));
    doc.attempts[1].durationMs = 1e300;
    const text = JSON.stringify(doc);
    const sliced = await parseImportInSlices(text, async () => undefined);
    expect(sliced).toEqual(parseImport(text));
    expect(sliced.ok).toBe(false);
  });
});

describe('newestAttempts', () => {
  const many = Array.from({ length: 120 }, (_, i) => attempt({ id: `a${String(i).padStart(3, '0')}`, endedAt: 1_000 + (i % 60) * 10 }));

  it('gives a page of the newest first, and how many are left', () => {
    const first = newestAttempts(many, 50);
    expect(first.shown).toHaveLength(50);
    expect(first.left).toBe(70);
    expect(first.shown[0]).toMatchObject({ id: 'a119', endedAt: 1_590 });
    // Equal times: the larger id first, so a page never depends on the order the store gave.
    expect(first.shown.slice(0, 2).map((a) => a.id)).toEqual(['a119', 'a059']);
    const all = newestAttempts(many, 500);
    expect(all.left).toBe(0);
    expect(all.shown.slice(0, 50)).toEqual(first.shown);
    expect(new Set(all.shown.map((a) => a.id)).size).toBe(120);
  });

  it('counts a page below zero as empty and leaves its input as it was', () => {
    const copy = [...many];
    expect(newestAttempts(many, -3)).toEqual({ shown: [], left: 120 });
    expect(many).toEqual(copy);
  });
});

describe('evenlySpaced', () => {
  it('keeps everything up to the limit, else evenly spaced ones with the first and the last', () => {
    const xs = Array.from({ length: 27_000 }, (_, i) => i);
    expect(evenlySpaced(xs.slice(0, 10), 600)).toEqual(xs.slice(0, 10));
    const drawn = evenlySpaced(xs, 600);
    expect(drawn).toHaveLength(600);
    expect(drawn[0]).toBe(0);
    expect(drawn[599]).toBe(26_999);
    const gaps = drawn.slice(1).map((x, i) => x - drawn[i]!);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
    expect(evenlySpaced(xs, 1)).toEqual([26_999]);
    expect(evenlySpaced(xs, 0)).toEqual([]);
  });
});
