import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, YAMLSeq } from 'yaml';
import { surveyDocument } from './yaml-survey.ts';

const doc = (text: string) => parseDocument(text, { uniqueKeys: false, logLevel: 'silent' });
const keysOf = (text: string) => surveyDocument(doc(text)).duplicateKeys.map((k) => [k.value, k.range?.[0]]);

/** The same answers found the slow way, with the package's own walk. */
function byVisit(text: string) {
  const d = doc(text);
  let values = 0;
  const latest = new Map<string, unknown>();
  const aliases: unknown[] = [];
  visit(d, (_key, node) => {
    if (isAlias(node)) aliases.push(latest.get(node.source));
    else if (isScalar(node) || isMap(node) || isSeq(node)) {
      values++;
      if (node.anchor) latest.set(node.anchor, node);
    }
  });
  return { values, aliases: aliases.map((n) => (isScalar(n) ? n.value : n && d.createNode(n).toJSON())) };
}

function surveyed(text: string) {
  const d = doc(text);
  const s = surveyDocument(d);
  const aliases = [...s.aliases.values()].map((n) => (isScalar(n) ? n.value : n && d.createNode(n).toJSON()));
  return { values: s.values, aliases };
}

describe('surveyDocument', () => {
  it('finds every key written twice in its mapping, at the second writing, outer mappings first', () => {
    const text = 'a: 1\nb: 2\na: 3\nm:\n  x: 1\n  x: 2\nb: 4\n';
    expect(keysOf(text)).toEqual([
      ['a', text.indexOf('a: 3')],
      ['b', text.indexOf('b: 4')],
      ['x', text.indexOf('x: 2')],
    ]);
  });

  it('tells keys apart by type and value (0 and -0 are one key, as are two NaNs), small mappings and large alike', () => {
    for (const size of [3, 40]) {
      const filler = Array.from({ length: size }, (_, i) => `k${i}: ${i}`).join('\n');
      const text = `${filler}\n1: a\n"1": b\ntrue: c\n"true": d\n~: e\n0: f\n-0: g\n.nan: h\n.NaN: i\n1: j\n`;
      expect(keysOf(text).map(([k]) => k)).toEqual([-0, NaN, 1]);
    }
  });

  it('looks inside keys and sequences too', () => {
    expect(keysOf('- {a: 1, a: 2}\n- ? {b: 1, b: 2}\n  : c\n')).toHaveLength(2);
  });

  it('counts values and names each alias’s anchor as the package’s own walk does', () => {
    const texts = [
      'a: &x 1\nb: *x\nc: &x [1, 2]\nd: *x\n',
      'list: &l\n  - {p: 1, q: &s two}\n  - *s\nagain: *l\nmissing: *nope\n',
      '',
      '? [a, b]\n: {c: d}\n',
      ...readdirSync(resolve(import.meta.dirname, '../../../scenarios'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => readFileSync(resolve(import.meta.dirname, '../../../scenarios', f), 'utf8')),
    ];
    for (const text of texts) expect(surveyed(text)).toEqual(byVisit(text));
  });

  it('walks a document nested thousands deep without exhausting the stack', () => {
    // Built by hand: the package's own parser gives up long before this depth.
    const deep = doc('[]');
    let contents = deep.contents as unknown;
    for (let i = 1; i < 100_000; i++) {
      const outer = new YAMLSeq();
      outer.items.push(contents);
      contents = outer;
    }
    deep.contents = contents as typeof deep.contents;
    expect(surveyDocument(deep).values).toBe(100_000);
  });
});
