/**
 * The format contract lives in the repository (docs/scenario-format.md) and stays in step with the
 * schema: every field its tables name is a field of the schema, and every field of the schema is
 * either in the contract or one of the project's optional additions, which the guide describes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../src/engine/scenario/schema-paths.ts';
import { root } from './helpers.ts';

const contract = readFileSync(resolve(root, 'docs/scenario-format.md'), 'utf8');
const guide = readFileSync(resolve(root, 'docs/authoring.md'), 'utf8');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const ADDITIONS = ['hold', 'teaches', 'translated'];

/** The field names in the first column of the contract's tables (`customer.name` → `name`). */
function contractFields(): Set<string> {
  const names = [...contract.matchAll(/^\| ([^|]*`[^|]*) \|/gm)].flatMap((m) =>
    [...m[1]!.matchAll(/`([^`]+)`/g)].map((f) => f[1]!.split('.').pop()!),
  );
  return new Set(names);
}

describe('docs/scenario-format.md', () => {
  it('is linked from the README and the guide', () => {
    expect(readme).toContain('](docs/scenario-format.md)');
    expect(guide).toContain('](scenario-format.md)');
  });

  it('names only fields the schema has, and the schema has no field the contract or the guide leaves out', () => {
    const named = contractFields();
    const schema = new Set(Object.values(FIELDS).flat());
    expect([...named].filter((f) => !schema.has(f))).toEqual([]);
    expect([...schema].filter((f) => !named.has(f) && !ADDITIONS.includes(f))).toEqual([]);
    for (const f of ADDITIONS) {
      expect(named.has(f), `${f} is an addition, not in the contract`).toBe(false);
      expect(guide).toContain(`\`${f}\``);
    }
  });
});
