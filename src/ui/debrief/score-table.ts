/**
 * Each principle against the best path: a table row per principle ("Listen 4 / 6", the contract's
 * hook), with a bar of the learner's points from zero (left of zero when below it) and a tick at
 * the best path's points, on one scale for all four so they compare. The numbers in the row are
 * the bar's text equivalent; the bar itself is hidden from assistive technology.
 */
import type { DebriefFacts, PrincipleRow } from '../../engine/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { h } from '../dom.ts';

/** Integers with an ASCII minus, so tools read them as integers. */
const int = (n: number) => String(Math.trunc(n));

function bar(row: PrincipleRow, lo: number, hi: number): HTMLElement {
  // Within 2–98 % of the track, so the best path's tick never sticks out at either end.
  const at = (v: number) => 2 + ((v - lo) / (hi - lo)) * 96;
  const you = h('span', { class: `bar-you${row.score < 0 ? ' below' : ''}` });
  you.style.left = `${at(Math.min(0, row.score))}%`;
  you.style.width = `${Math.abs(at(row.score) - at(0))}%`;
  const zero = h('span', { class: 'bar-zero' });
  zero.style.left = `${at(0)}%`;
  const best = h('span', { class: 'bar-best' });
  best.style.left = `${at(row.best)}%`;
  return h('span', { class: 'bar-track', 'aria-hidden': 'true' }, you, zero, best);
}

export function scoreTable(i18n: I18n, facts: DebriefFacts): HTMLElement {
  const t = i18n.t.bind(i18n);
  const values = facts.rows.flatMap((r) => [r.score, r.best]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values);
  const rows = facts.rows.map((r) =>
    h(
      'tr',
      { 'data-testid': `score-${r.principle}`, 'data-score': r.score, 'data-best': r.best, 'data-verdict': r.verdict },
      h('th', { scope: 'row' }, t(`principle.${r.principle}`)),
      h('td', { class: 'num' }, ' ', int(r.score), ' '),
      h('td', { class: 'num' }, h('span', { class: 'sep', 'aria-hidden': 'true' }, '/ '), int(r.best)),
      h(
        'td',
        { class: `verdict verdict-${r.verdict}` },
        ' ',
        bar(r, lo, hi),
        h('span', { class: 'verdict-word' }, t(`debrief.verdict.${r.verdict}`)),
      ),
    ),
  );
  return h(
    'div',
    { class: 'score-block' },
    h(
      'table',
      { class: 'scores', 'data-testid': 'scores' },
      h('caption', {}, t('debrief.scoresCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('debrief.principle')),
          h('th', { scope: 'col' }, t('debrief.yours')),
          h('th', { scope: 'col' }, t('debrief.best')),
          h('th', { scope: 'col' }, t('debrief.verdictTitle')),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    h(
      'p',
      { class: 'bar-legend', 'aria-hidden': 'true' },
      h('span', { class: 'key-you' }),
      t('debrief.barYou'),
      ' ',
      h('span', { class: 'key-best' }),
      t('debrief.barBest'),
    ),
  );
}
