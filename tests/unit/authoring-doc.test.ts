/**
 * docs/authoring.md stays true: its worked example is the fixture that loads with no diagnostic,
 * and it explains every diagnostic code the checker can produce (and no code that does not exist).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES, loadLibrary } from '../../src/engine/authoring.ts';
import { root } from './helpers.ts';

const guide = readFileSync(resolve(root, 'docs/authoring.md'), 'utf8');
const FIXTURE = 'tests/fixtures/valid/authoring-example.yaml';

/** The fenced YAML block right after `<!-- example: <fixture> -->`. */
function exampleBlock(): string | undefined {
  const marker = `<!-- example: ${FIXTURE} -->\n\`\`\`yaml\n`;
  const start = guide.indexOf(marker);
  if (start < 0) return undefined;
  const body = start + marker.length;
  return guide.slice(body, guide.indexOf('\n```\n', body) + 1);
}

describe('docs/authoring.md', () => {
  it('shows the worked example exactly as the fixture has it', () => {
    expect(exampleBlock()).toBe(readFileSync(resolve(root, FIXTURE), 'utf8'));
  });

  it('has a worked example that is a complete, valid scenario with no warnings', () => {
    const [entry] = loadLibrary([{ file: FIXTURE, bytes: readFileSync(resolve(root, FIXTURE)) }]);
    expect(entry!.diagnostics).toEqual([]);
    const endings = Object.values(entry!.scenario!.nodes).flatMap((n) => (n.kind === 'ending' ? [n.ending] : []));
    expect(new Set(endings)).toEqual(new Set(['resolved', 'escalated', 'lost']));
  });

  it('explains every diagnostic code under its own heading', () => {
    for (const code of Object.keys(CODES)) expect(guide, code).toMatch(new RegExp(`^### ${code}: `, 'm'));
  });

  it('names no code the checker does not have', () => {
    const named = [...guide.matchAll(/\bSCN\d{3}\b/g)].map((m) => m[0]);
    expect(named.filter((c) => !(c in CODES))).toEqual([]);
  });
});
