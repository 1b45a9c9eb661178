import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { plainValue as ofParsed } from './yaml-plain.ts';

const plainValue = (d: ReturnType<typeof parseDocument>) => ofParsed(d as Document.Parsed);

const root = resolve(import.meta.dirname, '../../..');
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(f) ? [path] : [];
  });
const doc = (text: string) => parseDocument(text, { uniqueKeys: false, logLevel: 'silent' });

/** The same value, with each object's own keys in the same order and made the same way. */
function expectSame(text: string) {
  const d = doc(text);
  const plain = plainValue(d);
  expect(plain, text.slice(0, 80)).toBeDefined();
  const theirs: unknown = d.toJS();
  expect(plain!.value).toStrictEqual(theirs);
  const shape = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(shape)
      : v !== null && typeof v === 'object'
        ? Reflect.ownKeys(v).map((k) => [
            String(k),
            Object.getOwnPropertyDescriptor(v, k)!.enumerable,
            shape((v as Record<string, unknown>)[k as string]),
          ])
        : v;
  expect(shape(plain!.value)).toEqual(shape(theirs));
}

describe('plainValue', () => {
  it('is what the package converts, for every scenario and fixture in the project', () => {
    const files = [...yamlFiles(resolve(root, 'scenarios')), ...yamlFiles(resolve(root, 'tests'))];
    expect(files.length).toBeGreaterThan(20);
    let converted = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const d = doc(text);
      if (d.errors.length > 0 || text.includes('*') || plainValue(d) === undefined) continue;
      expectSame(text);
      converted++;
    }
    expect(converted).toBeGreaterThan(20);
  });

  it('makes keys as the package does: null, numbers, booleans, and names Object.prototype has', () => {
    expectSame('~: a\n1: b\n1.5: c\ntrue: d\n.inf: e\n0x10: f\n__proto__: {polluted: 1}\ntoString: g\nconstructor: h\n"": i\n');
    expectSame('a: [1, "2", null, ~, true, {b: [], c: {}}]\nempty:\n? only-key\n');
    expectSame('');
    expectSame('- a: 1\n  b: [c: 1, d]\n');
    expectSame('- plain\n- "quoted"\n- |\n  block\n- !!str 12\n- &anchored x\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('leaves to the package what only it converts', () => {
    for (const text of ['<<: {a: 1}\n', '? [a, b]\n: c\n', '? {a: 1}\n: c\n', 'a: !!set {x, y}\n', 'a: !!omap [b: 1]\n']) {
      const d = parseDocument(text, { logLevel: 'silent' });
      expect(plainValue(d), text).toBeUndefined();
    }
  });
});
