/**
 * `__proto__` keys where a scenario has maps of free keys are reported like any other wrong key,
 * never dropped silently; the file is not playable until they are gone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/authoring.ts';
import { root } from './helpers.ts';

const base = readFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml'), 'utf8');
const codes = (text: string) => {
  const r = loadScenario(text, 'two-paths.yaml');
  return { playable: r.scenario !== undefined, found: r.diagnostics.map((d) => [d.code, d.line, d.message]) };
};

describe('__proto__ keys in a scenario', () => {
  it('in a text map is an unknown language', () => {
    expect(
      codes(base.replace('title: { en: Two paths, ja: 二つの道 }', 'title: { en: Two paths, ja: 二つの道, __proto__: { x: 1 } }')),
    ).toEqual({
      playable: false,
      found: [['SCN017', 9, "'title' has a text in '__proto__', which is not a language of the game (en, vi, ja, zh-CN, ko)"]],
    });
  });

  it('in a score is an unknown principle', () => {
    expect(codes(base.replace('score: { listen: 2, calm: 1 }', 'score: { listen: 2, calm: 1, __proto__: 99 }'))).toEqual({
      playable: false,
      found: [
        ['SCN036', 25, "node 'open', choice 1: 'score' names '__proto__', which is not a principle (listen, empathy, honesty, calm)"],
      ],
    });
  });

  it('as a node id is a malformed id', () => {
    const r = codes(base.replace('nodes:\n', 'nodes:\n  __proto__:\n    customer: { en: "x", ja: "x" }\n    ending: resolved\n'));
    expect(r.playable).toBe(false);
    expect(r.found).toContainEqual(['SCN013', 18, "node '__proto__': a node id may only use lower-case letters, digits and hyphens"]);
  });

  it('leaves no trace on Object.prototype', () => {
    codes(base.replace('score: { listen: 2, calm: 1 }', 'score: { listen: 2, calm: 1, __proto__: { polluted: 1 } }'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
