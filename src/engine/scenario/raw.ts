/**
 * Defensive access to a scenario as parsed from YAML but not yet validated, so that graph checks
 * can still run (and report) on the parts of a file that are well-formed while other parts are not.
 */
import type { Path } from './yaml-source.ts';

export type RawMap = Readonly<Record<string, unknown>>;

export function asMap(v: unknown): RawMap | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as RawMap) : undefined;
}

export function own(map: RawMap | undefined, key: string): unknown {
  return map && Object.hasOwn(map, key) ? map[key] : undefined;
}

export interface RawChoice {
  readonly index: number;
  readonly value: RawMap;
  readonly path: Path;
}

export interface RawNode {
  readonly id: string;
  readonly value: RawMap;
  readonly path: Path;
  readonly choices: readonly RawChoice[];
}

/** The nodes of a raw scenario that are mappings, with their choices that are mappings. */
export function rawNodes(raw: unknown): RawNode[] {
  const nodes = asMap(own(asMap(raw), 'nodes'));
  if (!nodes) return [];
  const out: RawNode[] = [];
  for (const id of Object.keys(nodes)) {
    const value = asMap(nodes[id]);
    if (!value) continue;
    const list = own(value, 'choices');
    const choices: RawChoice[] = [];
    if (Array.isArray(list)) {
      list.forEach((c, index) => {
        const m = asMap(c);
        if (m) choices.push({ index, value: m, path: ['nodes', id, 'choices', index] });
      });
    }
    out.push({ id, value, path: ['nodes', id], choices });
  }
  return out;
}

/** Every text-valued field of a raw scenario with its path (voice files are not texts). */
export function rawTexts(raw: unknown): { path: Path; value: unknown }[] {
  const top = asMap(raw);
  const out: { path: Path; value: unknown }[] = [];
  const add = (path: Path, value: unknown) => {
    if (value !== undefined) out.push({ path, value });
  };
  add(['title'], own(top, 'title'));
  add(['brief'], own(top, 'brief'));
  add(['customer', 'name'], own(asMap(own(top, 'customer')), 'name'));
  for (const node of rawNodes(raw)) {
    add([...node.path, 'customer'], own(node.value, 'customer'));
    add([...node.path, 'narration'], own(node.value, 'narration'));
    for (const c of node.choices) {
      add([...c.path, 'text'], own(c.value, 'text'));
      add([...c.path, 'feedback'], own(c.value, 'feedback'));
    }
  }
  return out;
}

/** The effective id of a raw choice: its `id`, or its 1-based index as a string. */
export function rawChoiceId(c: RawChoice): string {
  const id = own(c.value, 'id');
  return typeof id === 'string' ? id : String(c.index + 1);
}
