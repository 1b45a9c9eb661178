/**
 * toCsv: one row per attempt under a header, RFC 4180 quoting that a strict parser reads back
 * field for field, and no cell a spreadsheet would run as a formula.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/engine/progress/index.ts';
import { attempt, played } from './make.ts';

/** A strict RFC 4180 reader: every line ends in CRLF, quoted fields may hold anything. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else if (i >= text.length) throw new Error('unterminated quote');
        else field += text[i++];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  return rows;
}

describe('toCsv', () => {
  it('writes a header and one row per attempt, CRLF-terminated', () => {
    const a = played(['wait', 'own'], { id: 'a1' });
    const rows = parseCsv(toCsv([a, played(['wait', 'hold'], { id: 'a2' })]));
    expect(rows).toHaveLength(3);
    expect(rows[0]!.slice(0, 6)).toEqual(['attempt_id', 'profile_id', 'scenario_id', 'lang', 'started_at', 'ended_at']);
    const row = Object.fromEntries(rows[0]!.map((k, i) => [k, rows[1]![i]]));
    expect(row).toMatchObject({
      attempt_id: 'a1',
      scenario_id: 'two-paths',
      ending: 'resolved',
      listen: String(a.scores.listen),
      replies: '2',
      holds: '0',
      started_at: new Date(a.startedAt).toISOString(),
    });
    expect(rows[2]![rows[0]!.indexOf('holds')]).toBe('1');
  });

  it('is a header alone for no attempts', () => {
    expect(toCsv([]).split('\r\n')).toHaveLength(2);
  });

  it('quotes commas, quotes and line breaks, and reads back exactly', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\r', '\n', 'é', '𝄞', '=', '-') }).filter((s) => !/^[=+\-@\t\r]/.test(s)),
        (s) => {
          expect(parseCsv(csvCell(s) + '\r\n')).toEqual([[s]]);
        },
      ),
    );
  });

  it('defuses cells a spreadsheet would run as formulas, but leaves negative numbers alone', () => {
    for (const f of ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(parseCsv(csvCell(f) + '\r\n')[0]![0]).toBe(`'${f}`);
    expect(csvCell(-3)).toBe('-3');
    const rows = parseCsv(toCsv([attempt({ id: '=cmd|calc', profileId: '@p', scores: { listen: -2 }, best: { listen: 4 } })]));
    const row = Object.fromEntries(rows[0]!.map((k, i) => [k, rows[1]![i]]));
    expect(row).toMatchObject({ attempt_id: "'=cmd|calc", profile_id: "'@p", listen: '-2', ratio: '-0.5' });
  });

  it('leaves the ratio empty when the best total is not positive', () => {
    const rows = parseCsv(toCsv([attempt()]));
    expect(rows[1]![rows[0]!.indexOf('ratio')]).toBe('');
  });
});
