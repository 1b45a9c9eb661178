/**
 * Names a place in a scenario in a given language (the English wording is `where.ts`'s): the
 * node, the choice counted from 1, and the field, e.g. "ノード 'recap'、選択肢 2、'next'".
 */
import type { Path } from '../yaml-source.ts';

/** The words one language names places with. */
export interface PlaceWords {
  readonly node: (id: string) => string;
  readonly choice: (n: number) => string;
  readonly item: (n: number) => string;
  /** Between the parts of a place. */
  readonly sep: string;
  /** What a problem of the file's top level is about. */
  readonly scenario: string;
}

/** The place of `path` in `w`'s language; the scenario itself for the empty path. */
export function placeOf(path: Path, w: PlaceWords): string {
  const parts: string[] = [];
  let i = 0;
  if (path[0] === 'nodes' && path.length >= 2) {
    parts.push(w.node(String(path[1])));
    i = 2;
    if (path[2] === 'choices' && typeof path[3] === 'number') {
      parts.push(w.choice(path[3] + 1));
      i = 4;
    }
  }
  let names: string[] = [];
  const close = () => {
    if (names.length) parts.push(`'${names.join('.')}'`);
    names = [];
  };
  for (const segment of path.slice(i)) {
    if (typeof segment === 'number') {
      close();
      parts.push(w.item(segment + 1));
    } else names.push(segment);
  }
  close();
  return parts.length ? parts.join(w.sep) : w.scenario;
}

/** A short list is spelt out; a long one is left to the guide (`long`). */
export const spelt = (values: readonly string[], sep: string, long: string) => (values.length <= 8 ? values.join(sep) : long);

/** At most five quoted ids, then how many more (`more(n)`). */
export const quoted = (ids: readonly string[], sep: string, more: (n: number) => string) =>
  ids
    .slice(0, 5)
    .map((id) => `'${id}'`)
    .join(sep) + (ids.length > 5 ? more(ids.length - 5) : '');

export const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The node and choice of `path` (a 'customer' field in full) and `colon`, or nothing at the top level. */
export function contextOf(path: Path, w: PlaceWords, colon: string): string {
  const cut =
    path[0] === 'customer'
      ? path
      : path[0] === 'nodes' && path.length >= 2
        ? path.slice(0, path[2] === 'choices' && typeof path[3] === 'number' ? 4 : 2)
        : [];
  return cut.length ? placeOf(cut, w) + colon : '';
}
