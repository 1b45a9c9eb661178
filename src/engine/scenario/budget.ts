/**
 * The work a file may ask of the checker, counted before the work is done: the values it holds
 * once aliases are expanded, and the nodes of the scenario. A file beyond either gets one
 * diagnostic that says what to do, and is not analysed further.
 */
import { isAlias, isMap, isPair, isSeq } from 'yaml';
import type { YamlSource } from './yaml-source.ts';
import { MAX_NODES, MAX_YAML_NODES } from './limits.ts';
import { asMap, own } from './raw.ts';
import { message } from './messages/render.ts';

/**
 * How many values the document holds with every alias expanded, counting no further than just
 * past `limit` (an alias of a large anchor costs its whole size each time it is used). Without an
 * alias that is the survey's count; an alias whose anchor holds it recurses without end and throws
 * a RangeError, as expanding it would.
 */
export function expandedSize(source: YamlSource, limit = MAX_YAML_NODES): number {
  const { values, aliases } = source.survey;
  if (aliases.size === 0) return values;
  const sizes = new Map<unknown, number>();
  const size = (node: unknown): number => {
    if (node === null || node === undefined) return 0;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let n = 1;
    if (isAlias(node)) n = size(aliases.get(node));
    else if (isPair(node)) n = size(node.key) + size(node.value);
    else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        n += size(item);
        if (n > limit) break;
      }
    }
    sizes.set(node, n);
    return n;
  };
  return size(source.doc.contents);
}

/**
 * Problems found but not worked out into diagnostics, only counted: each of them would sort after
 * `MAX_DIAGNOSTICS` that are worked out, so none could be listed. SCN099 gives their number.
 */
export interface Unlisted {
  count: number;
}

/** Why a file whose values, aliases expanded, are over `MAX_YAML_NODES` is not read. */
export const TOO_MANY_VALUES = message('SCN002.values', { max: MAX_YAML_NODES });

/** Why a scenario with more than `MAX_NODES` nodes is not analysed, or undefined. */
export function tooManyNodes(raw: unknown): ReturnType<typeof message> | undefined {
  const nodes = asMap(own(asMap(raw), 'nodes'));
  const count = nodes ? Object.keys(nodes).length : 0;
  return count > MAX_NODES ? message('SCN002.nodes', { count, max: MAX_NODES }) : undefined;
}
