/**
 * What the shipped library promises: at least twelve scenarios covering every channel and
 * difficulty, each complete in five languages with no warnings, a best path of at least five
 * decisions, a way to win (but for the one you can't) and a way to lose, every principle able to
 * score, and the special cases the source texts call for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/authoring.ts';
import { bestPath, CHANNELS, LANGUAGES, principleMaxima, PRINCIPLES, reachableEndings, type Scenario } from '../../src/engine/index.ts';
import { root } from './helpers.ts';

const files = readdirSync(resolve(root, 'scenarios')).filter((f) => f.endsWith('.yaml')).sort();
const library = files.map((f) => {
  const id = f.replace(/\.yaml$/, '');
  const r = loadScenario(readFileSync(resolve(root, 'scenarios', f), 'utf8'), `scenarios/${f}`, { expectedId: id });
  return { id, ...r };
});
const scenarios = library.map((e) => e.scenario).filter((s): s is Scenario => s !== undefined);
const byId = (id: string) => scenarios.find((s) => s.id === id)!;

describe('the scenario library', () => {
  it('has at least twelve scenarios over all channels and difficulties 1 to 3', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    expect(new Set(scenarios.map((s) => s.channel))).toEqual(new Set(CHANNELS));
    expect(new Set(scenarios.map((s) => s.difficulty))).toEqual(new Set([1, 2, 3]));
  });

  for (const entry of library) {
    describe(entry.id, () => {
      it('loads with no diagnostics at all, in all five languages', () => {
        expect(entry.diagnostics).toEqual([]);
        expect([...entry.scenario!.languages].sort()).toEqual([...LANGUAGES].sort());
      });
      it('has at least five decisions on its best path', () => {
        expect(bestPath(entry.scenario!).steps.length).toBeGreaterThanOrEqual(5);
      });
      it('can be won (unless it is the one that cannot) and can be lost', () => {
        const endings = reachableEndings(entry.scenario!);
        if (entry.id !== 'wont-be-won') expect(endings.has('resolved')).toBe(true);
        expect(endings.has('lost') || endings.has('escalated')).toBe(true);
      });
      it('lets every principle score above 0', () => {
        const best = principleMaxima(entry.scenario!).any;
        for (const p of PRINCIPLES) expect(best[p], p).toBeGreaterThan(0);
      });
    });
  }

  it('teaches that ending an abusive call politely is right: its best path ends "ended"', () => {
    expect(bestPath(byId('abusive-caller')).ending).toBe('ended');
  });

  it('has a customer who leaves whatever you do, whose best path still scores well', () => {
    const s = byId('wont-be-won');
    expect(reachableEndings(s).has('resolved')).toBe(false);
    const best = bestPath(s);
    for (const p of PRINCIPLES) expect(best.scores[p], p).toBeGreaterThan(0);
  });

  it('puts the caller on hold as a tempting, punished reply on the phone', () => {
    for (const s of scenarios.filter((x) => x.channel === 'phone' && x.id !== 'abusive-caller')) {
      const holds = Object.values(s.nodes).flatMap((n) => (n.kind === 'decision' ? n.choices.filter((c) => c.hold) : []));
      expect(holds.length, s.id).toBeGreaterThan(0);
      for (const c of holds) expect(c.score.listen + c.score.empathy + c.score.honesty + c.score.calm, `${s.id} ${c.id}`).toBeLessThan(0);
    }
  });
});
