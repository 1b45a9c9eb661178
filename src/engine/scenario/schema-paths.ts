/**
 * Where a zod issue sits in a scenario file: which kind of mapping a path points into, the fields
 * that mapping may hold (taken from the schema, so a new field needs no second list), and the raw
 * value at a path.
 */
import { choiceSchema, nodeSchema, scenarioSchema } from './schema.ts';
import type { Path } from './yaml-source.ts';

/** The fields each kind of mapping may hold, for "did you mean". */
export const FIELDS: Readonly<Record<string, readonly string[]>> = {
  top: Object.keys(scenarioSchema.shape),
  customer: Object.keys(scenarioSchema.shape.customer.shape),
  node: Object.keys(nodeSchema.shape),
  choice: Object.keys(choiceSchema.shape),
};

const TEXT_FIELDS = new Set(['title', 'brief', 'name', 'customer', 'narration', 'text', 'feedback', 'voice']);

export type MappingKind = 'top' | 'customer' | 'node' | 'choice' | 'score' | 'text' | 'nodes' | 'other';

/** What kind of mapping the path points into: decides the wording and the code. */
export function mappingKind(path: Path): MappingKind {
  const last = path[path.length - 1];
  if (path.length === 0) return 'top';
  if (path.length === 1 && last === 'customer') return 'customer';
  if (path.length === 1 && last === 'nodes') return 'nodes';
  if (path[0] === 'nodes' && path.length === 2) return 'node';
  if (path[0] === 'nodes' && path[2] === 'choices' && path.length === 4) return 'choice';
  if (last === 'score') return 'score';
  if (typeof last === 'string' && TEXT_FIELDS.has(last)) return 'text';
  return 'other';
}

/** The raw value at a path, or undefined where the file has none. */
export function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}
