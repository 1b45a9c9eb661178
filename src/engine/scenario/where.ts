/**
 * Names a place in a scenario the way a trainer thinks of it:
 * `['nodes','recap','choices',1,'next']` → "node 'recap', choice 2: next".
 */
import type { Path } from './yaml-source.ts';

/**
 * The context part ("node 'recap', choice 2") and the field part ("'next'", "'languages' item 2":
 * list positions count from 1, as a trainer counts them) of a path.
 */
export function describePath(path: Path): { context: string; field: string } {
  const parts: string[] = [];
  let i = 0;
  if (path[0] === 'nodes' && path.length >= 2) {
    parts.push(`node '${String(path[1])}'`);
    i = 2;
    if (path[2] === 'choices' && typeof path[3] === 'number') {
      parts.push(`choice ${path[3] + 1}`);
      i = 4;
    }
  }
  return { context: parts.join(', '), field: fieldName(path.slice(i)) };
}

/** `['customer', 'name']` → "'customer.name'"; `['languages', 1]` → "'languages' item 2". */
function fieldName(rest: Path): string {
  const words: string[] = [];
  let names: string[] = [];
  const close = () => {
    if (names.length) words.push(`'${names.join('.')}'`);
    names = [];
  };
  for (const segment of rest) {
    if (typeof segment === 'number') {
      close();
      words.push(`item ${segment + 1}`);
    } else names.push(segment);
  }
  close();
  return words.join(' ');
}

/** "node 'recap', choice 2: " + detail, or "'customer.mood' " style for top-level fields. */
export function phrase(path: Path, detail: string): string {
  const { context, field } = describePath(path);
  if (context && field) return `${context}: ${field} ${detail}`;
  if (context) return `${context}: ${detail}`;
  if (field) return `${field} ${detail}`;
  // A problem of the file's top level: name the scenario, so the sentence has a subject.
  return `the scenario ${detail}`;
}
