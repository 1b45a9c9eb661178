/**
 * Answer analytics, decision by decision: the customer's line, every reply it offers with the
 * share of learners who chose it the first time (a bar and the numbers), the best reply marked,
 * and how often the group went wrong there. Texts in the UI language, with ids only for a scenario
 * the game no longer has.
 */
import { getNode, type Choice, type Scenario } from '../../engine/index.ts';
import { sortDecisions, type DecisionStats, type ReplyStats } from '../../engine/progress/index.ts';
import { h } from '../dom.ts';
import { scenarioText } from '../scenario-text.ts';
import type { ScreenContext } from '../screen.ts';
import { percentFormat } from './best-line.ts';

export type DecisionOrder = 'wrong' | 'reached' | 'file';

/** A decision's place for the `file` order: scenarios by title, then nodes as the file lists them. */
function filePosition(ctx: ScreenContext, scenarios: ReadonlyMap<string, Scenario>): (d: DecisionStats) => number {
  const titles = [...scenarios.values()]
    .map((s) => [s.id, scenarioText(ctx.i18n, s, s.title, ctx.lang).textContent ?? s.id] as const)
    .sort((a, b) => a[1].localeCompare(b[1], ctx.lang));
  const rank = new Map(titles.map(([id], i) => [id, i]));
  return (d) => {
    const s = scenarios.get(d.scenarioId);
    const node = s ? Object.keys(s.nodes).indexOf(d.nodeId) : -1;
    return (rank.get(d.scenarioId) ?? titles.length) * 100_000 + Math.max(0, node);
  };
}

function replyRow(
  ctx: ScreenContext,
  d: DecisionStats,
  scenario: Scenario | undefined,
  choiceId: string,
  stats: ReplyStats | undefined,
  choice: Choice | undefined,
): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const pct = percentFormat(ctx.i18n);
  const learners = stats?.learners ?? 0;
  const share = d.learners ? learners / d.learners : 0;
  const best = d.bestChoiceIds.includes(choiceId);
  const fill = h('span', { class: 'share-fill' });
  fill.style.width = `${share * 100}%`;
  return h(
    'li',
    { class: `reply-share${best ? ' best' : ''}`, 'data-testid': 'reply-share', 'data-choice': choiceId, 'data-learners': learners },
    h(
      'p',
      { class: 'reply-text' },
      best ? h('strong', { class: 'best-mark' }, '★ ', t('cohort.bestReply'), ' ') : null,
      scenario && choice ? scenarioText(ctx.i18n, scenario, choice.text, ctx.lang) : h('span', {}, choiceId),
    ),
    h('span', { class: 'share-track', 'aria-hidden': 'true' }, fill),
    h(
      'p',
      { class: 'reply-count' },
      t('cohort.chose', { have: learners, count: d.learners, share: pct.format(share) }),
      stats?.answers ? ` · ${t('cohort.times', { count: stats.answers })}` : null,
    ),
  );
}

function decisionItem(ctx: ScreenContext, scenarios: ReadonlyMap<string, Scenario>, d: DecisionStats): HTMLElement {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  const pct = percentFormat(i18n);
  const scenario = scenarios.get(d.scenarioId);
  const node = scenario ? getNode(scenario, d.nodeId) : undefined;
  const choices = node?.kind === 'decision' ? node.choices : [];
  // Every reply the decision offers, chosen or not; then any the file no longer has.
  const ids = [...choices.map((c) => c.id), ...d.replies.map((r) => r.choiceId).filter((id) => !choices.some((c) => c.id === id))];
  const ranked = [...ids].sort(
    (a, b) => (d.replies.find((r) => r.choiceId === b)?.learners ?? 0) - (d.replies.find((r) => r.choiceId === a)?.learners ?? 0),
  );
  return h(
    'li',
    {
      class: 'decision',
      'data-testid': 'cohort-decision',
      'data-scenario': d.scenarioId,
      'data-node': d.nodeId,
      'data-wrong-share': d.wrongShare ?? '',
    },
    h('h3', {}, scenario ? scenarioText(i18n, scenario, scenario.title, lang) : h('span', {}, d.scenarioId)),
    scenario && node
      ? h('blockquote', { class: 'said-customer', 'data-testid': 'decision-line' }, scenarioText(i18n, scenario, node.customer, lang))
      : h('p', { class: 'said-customer' }, d.nodeId),
    h(
      'p',
      { class: 'decision-meta' },
      t('cohort.reached', { count: d.learners }),
      ' · ',
      t('cohort.answersInAll', { count: d.answers }),
      ' · ',
      d.wrongShare === null ? t('cohort.notJudged') : t('cohort.wrongFirst', { share: pct.format(d.wrongShare), count: d.wrong }),
    ),
    h(
      'ul',
      { class: 'reply-shares' },
      ...ranked.map((id) =>
        replyRow(
          ctx,
          d,
          scenario,
          id,
          d.replies.find((r) => r.choiceId === id),
          choices.find((c) => c.id === id),
        ),
      ),
    ),
  );
}

export function decisionList(
  ctx: ScreenContext,
  view: { readonly scenarios: ReadonlyMap<string, Scenario> },
  decisions: readonly DecisionStats[],
  order: DecisionOrder,
): HTMLElement {
  if (!decisions.length) return h('p', { 'data-testid': 'cohort-decisions' }, ctx.i18n.t('cohort.noDecisions'));
  const sorted = sortDecisions(decisions, order, filePosition(ctx, view.scenarios));
  return h('ol', { class: 'decisions', 'data-testid': 'cohort-decisions' }, ...sorted.map((d) => decisionItem(ctx, view.scenarios, d)));
}
