/**
 * Deterministic choice order: the order of a node's choices follows from the conversation's seed
 * and the node id, so a replay or a resumed conversation shows the same order again.
 */
import { seededRandom } from '../ports.ts';

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A permutation of `items` (Fisher–Yates) fixed by `seed` and `key`. */
export function seededShuffle<T>(items: readonly T[], seed: number, key: string): T[] {
  const random = seededRandom((seed ^ hash(key)) >>> 0);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
