/**
 * One walk over a parsed document for what the checker must know before it reads any value: the
 * keys written twice in a mapping, how many values the document holds, and which node each alias
 * names. Three walks with the package's `visit` (which copies the path at every node) used to do
 * this; one walk by hand, allocating nothing per node, costs a fraction of them. Nodes are told
 * apart with `instanceof`, twice as fast as the package's `isScalar` family here, which is safe
 * because every document this reads was made by the same copy of the package.
 */
import { Alias, Pair, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';

export interface Survey {
  /** Each mapping key written a second time in its mapping: mapping by mapping, outer first. */
  readonly duplicateKeys: readonly Scalar[];
  /** Scalars, mappings and sequences in the tree as written (keys included, aliases not expanded). */
  readonly values: number;
  /** The node each alias names (the last anchor of its name met before it), or undefined. */
  readonly aliases: ReadonlyMap<Alias, unknown>;
}

/**
 * Walks `doc` once, in document order, each node before what it holds (so an alias inside its
 * own anchor names it, as the package's `visit` has it). Never throws; works
 * without recursion, so a deep document cannot exhaust the stack here.
 */
export function surveyDocument(doc: Document.Parsed): Survey {
  const duplicateKeys: Scalar[] = [];
  const latest = new Map<string, unknown>();
  const aliases = new Map<Alias, unknown>();
  let values = 0;
  const todo: unknown[] = [doc.contents];
  while (todo.length > 0) {
    const node = todo.pop();
    // Most nodes are scalars and pairs: asked first.
    if (node instanceof Scalar) {
      values++;
      if (node.anchor) latest.set(node.anchor, node);
    } else if (node instanceof Pair) todo.push(node.value, node.key);
    else if (node instanceof YAMLMap || node instanceof YAMLSeq) {
      values++;
      if (node.anchor) latest.set(node.anchor, node);
      if (node instanceof YAMLMap) findDuplicates(node.items, duplicateKeys);
      // Pushed last first, so they come off the stack in the order they are written.
      for (let i = node.items.length - 1; i >= 0; i--) todo.push(node.items[i]);
    } else if (node instanceof Alias) aliases.set(node, latest.get(node.source));
    else if (node !== null && node !== undefined) values++;
  }
  return { duplicateKeys, values, aliases };
}

/**
 * Keys equal in type and value are one key written twice (1 and "1" are two keys). A scenario's
 * mappings are small: up to a dozen keys are compared pairwise, without a set to allocate.
 */
function findDuplicates(items: readonly unknown[], out: Scalar[]): void {
  if (items.length > 12) return findDuplicatesInLarge(items, out);
  for (let i = 1; i < items.length; i++) {
    const key = keyOf(items[i]);
    if (key === undefined) continue;
    for (let j = 0; j < i; j++) {
      const earlier = keyOf(items[j]);
      if (earlier !== undefined && sameValue(earlier.value, key.value)) {
        out.push(key);
        break;
      }
    }
  }
}

function findDuplicatesInLarge(items: readonly unknown[], out: Scalar[]): void {
  const seen = new Set<unknown>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    if (seen.has(key.value)) out.push(key);
    else seen.add(key.value);
  }
}

/** As a Set compares: NaN equals NaN, and 0 equals -0. */
const sameValue = (a: unknown, b: unknown): boolean => a === b || (a !== a && b !== b);

const keyOf = (item: unknown): Scalar | undefined => (item instanceof Pair && item.key instanceof Scalar ? item.key : undefined);
