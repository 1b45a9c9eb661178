/**
 * The translation round trip: `strings:export` writes XLIFF 2.0, a translator fills it in, and
 * `strings:import` writes the words back into the YAML, keeping every comment and every byte
 * outside the changed texts. A changed source text makes the check warn and the export flag the
 * unit; an import with an unknown id, the wrong language or a malformed file changes nothing.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadScenario, readXliff } from '../../src/engine/authoring.ts';
import { exportStrings } from '../../scripts/strings-export.ts';
import { importStrings } from '../../scripts/strings-import.ts';
import { root } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'strings-'));
const yamlPath = join(dir, 'hotline.yaml');
const xlfPath = join(dir, 'out', 'hotline.ja.xlf');
const original = readFileSync(join(root, 'tests/fixtures/translation/hotline.yaml'), 'utf8');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => copyFileSync(join(root, 'tests/fixtures/translation/hotline.yaml'), yamlPath));

const exportJa = () => {
  const r = exportStrings(['--lang', 'ja', relative(dir, yamlPath), '--out', 'out'], dir);
  expect(r.message).not.toMatch(/error/);
  expect(r.code).toBe(0);
  return readFileSync(xlfPath, 'utf8');
};

/** Gives every unit without a target the target "訳:" + its source; keeps existing targets. */
const translateAll = (xml: string) =>
  xml.replace(
    /<source>([^<]*)<\/source>\n(\s*)<\/segment>/g,
    (_m, src: string, sp: string) => `<source>${src}</source>\n${sp}  <target>訳:${src}</target>\n${sp}</segment>`,
  );

describe('strings:export', () => {
  it('writes one unit per text with a stable id, the source, the current translation and notes', () => {
    const doc = readXliff(exportJa());
    if ('error' in doc) throw new Error(doc.error);
    expect(doc).toMatchObject({ srcLang: 'en', trgLang: 'ja', fileId: 'hotline', original: 'hotline.yaml' });
    expect(doc.units.map((u) => u.id)).toEqual([
      'title',
      'brief',
      'customer.name',
      'node.opening.narration',
      'node.opening.customer',
      'node.opening.choice.sorry.text',
      'node.opening.choice.sorry.feedback',
      'node.opening.choice.2.text',
      'node.opening.choice.2.feedback',
      'node.done.customer',
    ]);
    expect(doc.units[0]).toEqual({ id: 'title', source: 'The hotline', target: 'ホットライン' });
    expect(doc.units[1]).toEqual({ id: 'brief', source: 'Mr Ode has called three times about a broken kettle.' });
    const xml = readFileSync(xlfPath, 'utf8');
    expect(xml).toContain('<note category="speaker">Mr Ode (the customer)</note>');
    expect(xml).toContain('<note category="principle">scores listen +1, empathy +2</note>');
    expect(xml).toMatch(
      /<note category="context">the line before — Mr Ode: Third time I&apos;m calling!|<note category="context">the line before — Mr Ode: Third time I'm calling!/,
    );
  });
});

describe('strings:import', () => {
  it('writes every translation back and keeps every comment and every other byte', () => {
    writeFileSync(xlfPath, translateAll(exportJa()).replace('<target>ホットライン</target>', '<target>ホットライン窓口</target>'));
    const r = importStrings([xlfPath], dir);
    expect(r.message).toContain('10 translations written');
    expect(r.code).toBe(0);
    const after = readFileSync(yamlPath, 'utf8');

    // Every original line is still there, in order, except the lines of texts that changed.
    const changed = new Set([
      '  ja: "ホットライン"',
      'brief: "Mr Ode has called three times about a broken kettle."   # a plain string: source only',
      '  name: { en: Mr Ode }',
      '    narration: { en: "He sighs loudly." }',
      '      - text: { en: "Have you tried turning it off and on?" }',
      '        feedback: { en: "It leaks: a restart does nothing." }   # no id: unit id uses the position',
    ]);
    const lines = after.split('\n');
    let cursor = 0;
    for (const line of original.split('\n')) {
      if (changed.has(line)) continue;
      const found = lines.indexOf(line, cursor);
      expect(found, `kept: ${line}`).toBeGreaterThanOrEqual(cursor);
      cursor = found + 1;
    }
    for (const comment of original.match(/#.*$/gm)!) expect(after).toContain(comment);
    expect(after).toContain(
      'brief: { en: "Mr Ode has called three times about a broken kettle.", ja: "訳:Mr Ode has called three times about a broken kettle." }   # a plain string: source only',
    );
    expect(after).toContain('  ja: "ホットライン窓口"');

    const loaded = loadScenario(after, 'hotline.yaml');
    expect(loaded.scenario?.title).toEqual({ en: 'The hotline', ja: 'ホットライン窓口' });
    expect(loaded.scenario?.nodes['opening']?.customer['ja']).toBe("訳:Third time I'm calling!\nThe kettle still leaks.\n");
    expect(loaded.diagnostics.filter((d) => d.code === 'SCN054' || d.severity === 'error')).toEqual([]);

    // Importing the same file again changes nothing at all.
    expect(importStrings([xlfPath], dir).code).toBe(0);
    expect(readFileSync(yamlPath, 'utf8')).toBe(after);
  });

  it('flags a translation whose English changed since: the check warns and the export marks it for review', () => {
    writeFileSync(xlfPath, translateAll(exportJa()));
    expect(importStrings([xlfPath], dir).code).toBe(0);
    const edited = readFileSync(yamlPath, 'utf8').replace(
      "I'm sorry, that's one call too many.",
      "I'm so sorry, that's one call too many.",
    );
    writeFileSync(yamlPath, edited);
    const stale = loadScenario(edited, 'hotline.yaml').diagnostics.filter((d) => d.code === 'SCN054');
    expect(stale.map((d) => d.message)).toEqual([
      expect.stringMatching(/^node 'opening', choice 1: the ja text was translated from an older English text/),
    ]);
    expect(stale[0]!.severity).toBe('warning');
    expect(edited.split('\n')[stale[0]!.line - 1]).toContain('ja: "何度もお電話');

    const xml = exportJa();
    const unit = xml.slice(
      xml.indexOf('<unit id="node.opening.choice.sorry.text">'),
      xml.indexOf('</unit>', xml.indexOf('<unit id="node.opening.choice.sorry.text">')),
    );
    expect(unit).toContain('state="initial" subState="hot-seat:source-changed"');
    expect(unit).toContain('needs review');
    expect(exportStrings(['--lang', 'ja', relative(dir, yamlPath), '--out', 'out'], dir).message).toContain('1 to review');
    // The other units are not flagged.
    expect(xml.match(/hot-seat:source-changed/g)).toHaveLength(1);

    // Importing the reviewed unit records the new source: the warning goes away.
    expect(importStrings([xlfPath], dir).message).toContain('10 translations written');
    expect(loadScenario(readFileSync(yamlPath, 'utf8'), 'hotline.yaml').diagnostics.filter((d) => d.code === 'SCN054')).toEqual([]);
  });

  it.each([
    [
      'an unknown unit id',
      (x: string) => x.replace('<unit id="brief">', '<unit id="node.nowhere.customer">'),
      /not a text of the scenario 'hotline': node\.nowhere\.customer/,
    ],
    [
      'a language the game does not have',
      (x: string) => x.replace('trgLang="ja"', 'trgLang="fr"'),
      /target language 'fr' is not a language of the game/,
    ],
    ['the source language as target', (x: string) => x.replace('trgLang="ja"', 'trgLang="en"'), /source language/],
    ['a wrong source language', (x: string) => x.replace('srcLang="en"', 'srcLang="vi"'), /source language is 'vi'/],
    ['malformed XML', (x: string) => x.replace('</segment>', ''), /not well-formed XML at line \d+/],
    ['XLIFF 1.2', (x: string) => x.replace('version="2.0"', 'version="1.2"'), /only XLIFF 2\.0/],
    ['markup in a target', (x: string) => x.replace('<target>訳:', '<target><b>訳</b>:'), /holds markup/],
  ])('refuses %s and changes nothing, not even the other files', (_what, spoil, message) => {
    const good = translateAll(exportJa());
    const other = join(dir, 'good.xlf');
    writeFileSync(other, good);
    writeFileSync(xlfPath, spoil(good));
    const r = importStrings([other, xlfPath], dir);
    expect(r.code).toBe(1);
    expect(r.message).toMatch(message);
    expect(r.message).toContain('nothing was changed');
    expect(readFileSync(yamlPath, 'utf8')).toBe(original);
  });
});
