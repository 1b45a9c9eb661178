/**
 * How far the learner came on each scenario: their first try against their latest, as two bars
 * of the share of the best path and in words ("First try 40% → latest 85%").
 */
import type { Outcome, ScenarioBest } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { h } from '../dom.ts';
import { percentFormat, shareText } from './best-line.ts';

function bar(kind: 'first' | 'latest', o: Outcome): HTMLElement {
  const fill = h('span', { class: `growth-fill ${kind}` });
  fill.style.width = `${Math.min(100, (o.share?.share ?? 0) * 100)}%`;
  return h('span', { class: 'growth-track', 'aria-hidden': 'true' }, fill);
}

export function growthList(i18n: I18n, scenarios: readonly ScenarioBest[], titleOf: (id: string) => string): HTMLElement {
  const t = i18n.t.bind(i18n);
  const pct = percentFormat(i18n);
  if (!scenarios.length) return h('p', { class: 'hint' }, t('progress.noAttempts'));
  const rows = [...scenarios]
    .sort((a, b) => b.latest.at - a.latest.at)
    .map((s) => {
      const once = s.attempts === 1;
      const words = once
        ? t('progress.onePlay', { share: shareText(i18n, pct, s.first.share) })
        : t('progress.firstLatest', {
            first: shareText(i18n, pct, s.first.share),
            latest: shareText(i18n, pct, s.latest.share),
            count: s.attempts,
          });
      return h(
        'li',
        { class: 'growth', 'data-testid': 'growth-row', 'data-scenario': s.scenarioId },
        h('p', { class: 'growth-title' }, h('strong', {}, titleOf(s.scenarioId))),
        h('p', { class: 'growth-words' }, words),
        h('div', { class: 'growth-bars' }, bar('first', s.first), once ? null : bar('latest', s.latest)),
      );
    });
  return h('ul', { class: 'growth-list', 'data-testid': 'growth' }, ...rows);
}
