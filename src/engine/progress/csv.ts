/**
 * Attempts as CSV for spreadsheets (RFC 4180: comma-separated, CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break, quotes doubled).
 */
import { PRINCIPLES } from '../scenario/vocabulary.ts';
import { totalScore } from '../scoring/rules.ts';
import { totalRatio } from './attempt.ts';
import type { AttemptRecord } from './records.ts';

type Cell = string | number | boolean;

const COLUMNS: readonly [string, (a: AttemptRecord) => Cell][] = [
  ['attempt_id', (a) => a.id],
  ['profile_id', (a) => a.profileId],
  ['scenario_id', (a) => a.scenarioId],
  ['lang', (a) => a.lang],
  ['started_at', (a) => new Date(a.startedAt).toISOString()],
  ['ended_at', (a) => new Date(a.endedAt).toISOString()],
  ['duration_ms', (a) => a.durationMs],
  ['ending', (a) => a.ending],
  ['ended_by', (a) => a.endedBy],
  ...PRINCIPLES.map((p): [string, (a: AttemptRecord) => Cell] => [p, (a) => a.scores[p]]),
  ['total', (a) => totalScore(a.scores)],
  ...PRINCIPLES.map((p): [string, (a: AttemptRecord) => Cell] => [`best_${p}`, (a) => a.best[p]]),
  ['best_total', (a) => totalScore(a.best)],
  [
    'ratio',
    (a) => {
      const r = totalRatio(a);
      return r === undefined ? '' : Math.round(r * 1000) / 1000;
    },
  ],
  ['replies', (a) => a.steps.length],
  ['interruptions', (a) => a.interruptions],
  ['late_replies', (a) => a.lateReplies],
  ['holds', (a) => a.holds],
];

/** Characters a spreadsheet may read as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One text cell: prefixed with a single quote when it starts like a formula (= + - @, tab, CR),
 * so a spreadsheet shows it as text instead of evaluating it; then quoted per RFC 4180 when it
 * holds a comma, quote, CR or LF. Numbers and booleans we produce ourselves are written as they
 * are, so a negative score stays a number.
 */
export function csvCell(value: Cell): string {
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The attempts as CSV text: a header row, then one row per attempt in the given order, every line
 * ending in CRLF. Times are ISO 8601 (UTC); `ratio` is total / best total to three places, empty
 * when the best total is not positive. Pure.
 */
export function toCsv(attempts: readonly AttemptRecord[]): string {
  const rows = [COLUMNS.map(([name]) => name), ...attempts.map((a) => COLUMNS.map(([, get]) => csvCell(get(a))))];
  return rows.map((r) => r.join(',') + '\r\n').join('');
}
