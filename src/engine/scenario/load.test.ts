import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../../tests/unit/helpers.ts';
import { loadScenario, loadScenarioBytes, MAX_FILE_BYTES } from './load.ts';

const valid = readFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml'), 'utf8');
const codes = (text: string) => loadScenario(text, 'x.yaml').diagnostics.map((d) => d.code);

describe('loading scenario text', () => {
  it('loads a valid file with no diagnostics, filling defaults', () => {
    const r = loadScenario(valid, 'two-paths.yaml', { expectedId: 'two-paths' });
    expect(r.diagnostics).toEqual([]);
    const open = r.scenario!.nodes['open']!;
    expect(open.kind === 'decision' && open.choices[0]!.hold).toBe(false);
  });

  it('accepts a byte-order mark and CRLF line ends, with the same positions', () => {
    const broken = valid.replace('next: heated', 'next: heatd');
    const plain = loadScenario(broken, 'x.yaml').diagnostics;
    const crlf = loadScenarioBytes(new TextEncoder().encode('\uFEFF' + broken.replaceAll('\n', '\r\n')), 'x.yaml').diagnostics;
    expect(crlf).toEqual(plain);
    expect(plain[0]).toMatchObject({ code: 'SCN031', message: expect.stringContaining("did you mean 'heated'") });
  });

  it('reports tab indentation as a YAML syntax error with its place', () => {
    const r = loadScenario(valid.replace('\n  mood: 60', '\n\tmood: 60'), 'x.yaml');
    expect(r.scenario).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({
      code: 'SCN001',
      severity: 'error',
      line: 15,
      column: 1,
      message: expect.stringMatching(/tab/i),
    });
  });

  it('refuses bytes that are not UTF-8, pointing at the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id: x\ntitle: caf'), 0xe9, 0x0a]);
    expect(loadScenarioBytes(bytes, 'x.yaml').diagnostics[0]).toMatchObject({ code: 'SCN002', line: 2, column: 11 });
  });

  it('refuses a file over the size cap before parsing it', () => {
    const r = loadScenarioBytes(new Uint8Array(MAX_FILE_BYTES + 1), 'big.yaml');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.message).toMatch(/at most/);
  });

  it('survives absurd nesting and alias bombs with a diagnostic', () => {
    expect(codes('a: ' + '['.repeat(5000) + ']'.repeat(5000))).not.toHaveLength(0);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    expect(codes(bomb)).toEqual(['SCN002']);
  });

  it('treats __proto__ and constructor as unknown fields, never as object magic', () => {
    const r = loadScenario(valid.replace('channel: phone', 'channel: phone\n__proto__: { polluted: true }\nconstructor: x'), 'x.yaml');
    expect(r.diagnostics.filter((d) => d.code === 'SCN012')).toHaveLength(2);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('lets a node be called constructor without confusing it with Object.prototype', () => {
    const text = valid.replaceAll('boss', 'constructor');
    const r = loadScenario(text, 'two-paths.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.scenario!.nodes['constructor']?.kind).toBe('ending');
    expect(codes(valid.replace('next: boss', 'next: toString'))).toContain('SCN013');
  });

  it('reports duplicate keys as a syntax error', () => {
    expect(codes(valid.replace('channel: phone', 'channel: phone\nchannel: chat'))).toEqual(['SCN001']);
  });

  it('reports every problem of a file at once, sorted by line, and caps the list', () => {
    const many = valid.replaceAll('feedback:', 'fedback:');
    const r = loadScenario(many, 'x.yaml', { maxDiagnostics: 5 });
    expect(r.diagnostics).toHaveLength(6);
    expect(r.diagnostics[5]).toMatchObject({ code: 'SCN099', message: expect.stringMatching(/more problems/) });
    const lines = r.diagnostics.slice(0, 5).map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
