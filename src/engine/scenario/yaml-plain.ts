/**
 * A parsed document's value as plain objects, arrays and scalars: what the package's
 * `doc.toJS()` gives, for the documents a scenario file is. The package's conversion serves every
 * case (aliases, merge keys, tags with their own classes, keys that are collections) and pays for
 * that at every node; a file with none of them needs only this. Anything else answers undefined
 * and is left to the package.
 */
import { Pair, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';

/** Not a value: the document holds something only the package converts. */
const OTHER: unique symbol = Symbol('other');

/**
 * `doc.toJS()` for a document without aliases (the caller knows: see `Survey.aliases`), or
 * undefined when the document holds a merge key, a key that is not a plain scalar, or a
 * collection of a tag's own class. Recursive: call it only on documents read within a depth limit.
 */
export function plainValue(doc: Document.Parsed): { value: unknown } | undefined {
  const value = plain(doc.contents);
  return value === OTHER ? undefined : { value };
}

function plain(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (node instanceof Scalar) return typeof node.value === 'string' ? flat(node.value) : node.value;
  // Exactly these classes: a tag's own class (an ordered map, a set) converts otherwise.
  const kind = (node as object).constructor;
  if (kind === YAMLSeq) {
    const items = (node as YAMLSeq).items;
    const out: unknown[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = plain(items[i]);
      if (v === OTHER) return OTHER;
      out[i] = v;
    }
    return out;
  }
  if (kind === YAMLMap) {
    const out: Record<string, unknown> = {};
    for (const pair of (node as YAMLMap).items) {
      if (!(pair instanceof Pair) || !(pair.key instanceof Scalar)) return OTHER;
      const key: unknown = pair.key.value;
      if (key === '<<' || (typeof key === 'object' && key !== null)) return OTHER;
      const v = plain(pair.value);
      if (v === OTHER) return OTHER;
      // As the package does: a null key is "", any other scalar its string.
      const name = key === null ? '' : String(key as string | number | boolean | bigint);
      // A name Object.prototype has (__proto__, toString) becomes the object's own, as the package makes it.
      if (name in out) Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
      else out[name] = v;
    }
    return out;
  }
  return OTHER;
}

/**
 * The same string in one piece. The package builds a quoted text a character at a time and a
 * folded one a line at a time, so it arrives as a chain of dozens of joined pieces; reading a
 * character makes V8 lay the string out flat once and drop the chain. The texts live as long as
 * the scenario: in one piece a generated 40-node file's scenario keeps about 0.3 MB of heap
 * rather than 1.05 MB, and the checker no longer carries the pieces through the collector
 * (tests/unit/scenario-memory.test.ts).
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/**
 * Lays every string in `value` out in one piece (see `flat`): for the value the package converts
 * itself (a file with aliases). Recursive: call it only on a value of bounded depth and size.
 */
export function flatTexts(value: unknown): unknown {
  if (typeof value === 'string') flat(value);
  else if (Array.isArray(value)) for (const item of value) flatTexts(item);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) flatTexts(item);
  return value;
}
