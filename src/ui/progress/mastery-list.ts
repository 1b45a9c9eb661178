/**
 * Where the learner stands on each principle: the mastery level, and their share of the best path
 * over their last plays, with the rule for mastery stated once below.
 */
import { PRINCIPLES } from '../../engine/index.ts';
import { MASTERY_THRESHOLD, MASTERY_WINDOW, RECENT_PLAYS, type ProgressSummary } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { h } from '../dom.ts';
import { percentFormat } from './best-line.ts';

export function masteryList(i18n: I18n, summary: ProgressSummary): HTMLElement {
  const t = i18n.t.bind(i18n);
  const pct = percentFormat(i18n);
  const items = PRINCIPLES.map((p) => {
    const m = summary.mastery[p];
    const fill = h('span', { class: 'progress-fill' });
    fill.style.width = `${Math.min(100, (m.lately.mean ?? 0) * 100)}%`;
    return h(
      'li',
      { class: `mastery mastery-${m.level}`, 'data-testid': `mastery-${p}`, 'data-level': m.level },
      h(
        'p',
        { class: 'mastery-head' },
        h('strong', {}, t(`principle.${p}`)),
        ' ',
        h('span', { class: 'mastery-level' }, t(`progress.level.${m.level}`)),
      ),
      h(
        'p',
        { class: 'mastery-share' },
        m.lately.mean === null ? t('progress.none') : t('progress.lately', { share: pct.format(m.lately.mean), count: m.lately.plays }),
      ),
      h('span', { class: 'progress-track', 'aria-hidden': 'true' }, fill),
    );
  });
  return h(
    'div',
    { class: 'standing' },
    h('ul', { class: 'mastery-list' }, ...items),
    h(
      'p',
      { class: 'hint' },
      t('progress.masteryRule', { count: MASTERY_WINDOW, share: pct.format(MASTERY_THRESHOLD), plays: RECENT_PLAYS }),
    ),
  );
}
