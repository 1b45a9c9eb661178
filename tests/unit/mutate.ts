/**
 * Arbitraries that break valid scenarios the ways files really break: a key deleted, renamed or
 * given a value of the wrong kind (structure), and a file cut short, or with stray bytes, tabs,
 * byte-order marks or CRLF line ends inserted (text). Used by the loader's fuzz test.
 */
import fc from 'fast-check';
import { parse, stringify } from 'yaml';

type Json = unknown;

/** Keys that have tripped up YAML loaders and object code before, plus near-misses of real fields. */
const NASTY_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'Next',
  'feedbak',
  'choices',
  'ending',
  'id',
  '',
  ' ',
  'ja',
  'zh-CN',
];

export interface StructuralMutation {
  readonly kind: 'delete' | 'replace' | 'rename';
  /** Each number picks a child (modulo the count) one level deeper; the walk stops at a leaf. */
  readonly path: readonly number[];
  readonly value: Json;
  readonly name: string;
}

export const structuralMutation: fc.Arbitrary<StructuralMutation> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'rename'),
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  value: fc.jsonValue({ maxDepth: 3 }),
  name: fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 12 })),
});

/** Sets an own property, even `__proto__`, without touching any prototype. */
function put(target: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies mutations to a copy of the parsed scenario and writes it back as YAML. */
export function mutateStructure(data: Json, mutations: readonly StructuralMutation[]): string {
  const root = structuredClone(data) as Record<string, Json>;
  for (const m of mutations) {
    let parent: Json = { root };
    let key: string | number = 'root';
    for (const step of m.path) {
      const here = (parent as Record<string | number, Json>)[key];
      if (typeof here !== 'object' || here === null) break;
      const keys: (string | number)[] = Array.isArray(here) ? here.map((_, i) => i) : Object.keys(here);
      if (keys.length === 0) break;
      parent = here;
      key = keys[step % keys.length]!;
    }
    if (parent === null || typeof parent !== 'object' || key === 'root') continue;
    const p = parent as Record<string | number, Json>;
    if (m.kind === 'replace') p[key] = m.value;
    else if (Array.isArray(p)) p.splice(Number(key), 1);
    else {
      const old = p[key];
      delete p[key];
      if (m.kind === 'rename') put(p as Record<string, Json>, m.name, old);
    }
  }
  return stringify(root);
}

/** Parses a seed once, so each run only mutates and writes. */
export const parsed = (text: string): Json => parse(text) as Json;

const encoder = new TextEncoder();
const junk = fc.oneof(
  fc.constantFrom(
    '\t',
    '\uFEFF',
    '\r\n',
    '\r',
    '\n',
    ': ',
    '- ',
    '"',
    "'",
    '[',
    '{',
    '&a ',
    '*a',
    '!!binary ',
    '#',
    '|',
    '>',
    '---\n',
    '...\n',
    '\u0000',
  ),
  fc.string({ maxLength: 6 }),
);

/** A text edit: cut the file at some offset, or insert junk (text or raw bytes) somewhere. */
export const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: junk }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('crlf' as const) }),
);

export type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies text edits to the UTF-8 bytes of a file (byte offsets, so multi-byte characters can be split). */
export function mutateText(text: string, edits: readonly TextMutation[]): Uint8Array {
  let bytes = encoder.encode(text);
  for (const e of edits) {
    if (e.kind === 'crlf') {
      bytes = encoder.encode(new TextDecoder().decode(bytes).replaceAll('\n', '\r\n'));
      continue;
    }
    const at = Math.floor(e.at * bytes.length);
    if (e.kind === 'truncate') bytes = bytes.slice(0, at);
    else bytes = Uint8Array.from([...bytes.slice(0, at), ...(e.kind === 'bytes' ? e.bytes : encoder.encode(e.text)), ...bytes.slice(at)]);
  }
  return bytes;
}

/** Short YAML-looking texts built from the format's own words and YAML's punctuation. */
export const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('id', 'format', 'nodes', 'choices', 'next', 'ending', 'customer', 'score', 'start', 'en', 'x'),
      fc.constantFrom(
        ': ',
        ':',
        '\n',
        '\n  ',
        '\n    ',
        '- ',
        '[',
        ']',
        '{',
        '}',
        ', ',
        '"',
        "'",
        '&a ',
        '*a',
        '<<: ',
        '!!str ',
        '? ',
        '# c',
        '|',
        '>-',
        '\t',
        '\uFEFF',
        '1',
        '-3',
        'true',
        'null',
        '~',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
