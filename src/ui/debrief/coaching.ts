/**
 * The conversation reply by reply: what the customer said, what the learner replied, what that did
 * to the mood and to the principles, the coaching, the best reply where theirs was not, and
 * "Try again from here".
 */
import { getNode, pointsOf, type ConversationResult, type MoodMark, type Scenario } from '../../engine/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { button, formatList, h } from '../dom.ts';
import { scenarioText } from '../scenario-text.ts';
import { iconSvg } from '../svg.ts';
import type { Language } from '../../engine/index.ts';
import { signed } from './mood-chart.ts';

/** "Mood 80 → 65, calmer by 15". */
function moodLine(i18n: I18n, m: MoodMark): HTMLElement {
  const t = i18n.t.bind(i18n);
  const dir = m.change > 0 ? 'up' : m.change < 0 ? 'down' : 'same';
  const moved = { from: m.before, to: m.after, by: Math.abs(m.change) };
  const text =
    dir === 'same'
      ? t('debrief.moodSame', { mood: m.after })
      : dir === 'up'
        ? t('debrief.moodAngrier', moved)
        : t('debrief.moodCalmer', moved);
  return h('span', { class: `step-mood mood-${dir}`, 'data-testid': 'step-mood', 'data-change': m.change }, text);
}

export function coachingList(
  i18n: I18n,
  lang: Language,
  scenario: Scenario,
  result: ConversationResult,
  marks: readonly MoodMark[],
  retry: (step: number) => void,
): HTMLElement {
  const t = i18n.t.bind(i18n);
  const items = result.steps.map((s, index) => {
    const node = getNode(scenario, s.nodeId);
    const choice = node?.kind === 'decision' ? node.choices.find((c) => c.id === s.choiceId) : undefined;
    const bestId = result.bestReplies[index];
    const best = bestId !== s.choiceId && node?.kind === 'decision' ? node.choices.find((c) => c.id === bestId) : undefined;
    const points = pointsOf(s.score).map((p) => `${t(`principle.${p.principle}`)} ${signed(i18n, p.points)}`);
    const mark = marks[index]!;
    const flag = (kind: 'interrupted' | 'late' | 'hold') =>
      h('p', { class: `flag ${kind}`, 'data-testid': kind }, iconSvg(kind), ' ', t(`debrief.${kind}`));
    return h(
      'li',
      {
        class: `coaching-step${best ? ' not-best' : ' was-best'}`,
        'data-testid': 'coaching-step',
        'data-node': s.nodeId,
        'data-choice': s.choiceId,
      },
      h(
        'p',
        { class: 'step-head' },
        h('span', { class: 'step-number' }, t('debrief.replyNumber', { n: index + 1 })),
        moodLine(i18n, mark),
        h('span', { class: 'points' }, points.length ? formatList(i18n.language, points) : t('debrief.noPoints')),
      ),
      node ? h('p', { class: 'said-customer' }, scenarioText(i18n, scenario, node.customer, lang, 'span', { class: 'quote' })) : null,
      choice
        ? h(
            'p',
            { class: 'said-you' },
            h('span', { class: 'you' }, t('conversation.you')),
            ' ',
            scenarioText(i18n, scenario, choice.text, lang),
          )
        : null,
      s.interrupted ? flag('interrupted') : null,
      s.late ? flag('late') : null,
      s.hold ? flag('hold') : null,
      choice?.feedback ? scenarioText(i18n, scenario, choice.feedback, lang, 'p', { class: 'feedback' }) : null,
      best
        ? h(
            'div',
            { class: 'best-reply', 'data-testid': 'best-reply' },
            h('p', { class: 'best-label' }, t('debrief.bestReply')),
            scenarioText(i18n, scenario, best.text, lang, 'p', { class: 'best-text' }),
            best.feedback ? scenarioText(i18n, scenario, best.feedback, lang, 'p', { class: 'feedback' }) : null,
          )
        : h('p', { class: 'best-reply same', 'data-testid': 'best-reply-same' }, t('debrief.wasBest')),
      button({ class: 'secondary small', 'data-testid': 'retry', 'data-step': index }, () => retry(index), t('debrief.retry')),
    );
  });
  return h('ol', { class: 'coaching', 'data-testid': 'coaching' }, ...items);
}
