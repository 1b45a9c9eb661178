/** Places in a scenario are named as a trainer counts: replies and list items from 1. */
import { describe, expect, it } from 'vitest';
import { phrase } from './where.ts';

describe('phrase', () => {
  it('names a reply of a node by its position from 1', () => {
    expect(phrase(['nodes', 'recap', 'choices', 1, 'next'], 'is wrong')).toBe("node 'recap', choice 2: 'next' is wrong");
  });

  it('names an item of a list by its position from 1, never as a dotted index', () => {
    expect(phrase(['languages', 1], "is 'fr'")).toBe("'languages' item 2 is 'fr'");
    expect(phrase(['nodes', 'n1', 'choices', 0, 'tags', 0, 'x'], 'is odd')).toBe("node 'n1', choice 1: 'tags' item 1 'x' is odd");
  });

  it('joins nested fields with dots, and falls back to the scenario itself', () => {
    expect(phrase(['customer', 'name', 'ja'], 'is empty')).toBe("'customer.name.ja' is empty");
    expect(phrase([], 'has an unknown field')).toBe('the scenario has an unknown field');
  });
});
