/**
 * The debrief: how the contact ended, the four principles against the best any path allowed, and
 * the coaching for every reply made. Numbers come from the engine's result; nothing is computed here
 * but presentation.
 */
import { getNode, PRINCIPLES, type ConversationResult, type Principle, type Scenario, type Step } from '../../engine/index.ts';
import { formatList, h, button } from '../dom.ts';
import { scenarioText } from '../scenario-text.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';

export interface DebriefActions {
  again(): void;
  menu(): void;
  /** "Try again from here": replay up to reply `stepIndex` and answer it afresh. */
  retry(stepIndex: number): void;
}

/** A verdict word for a score against the best possible. */
function verdict(score: number, best: number): 'top' | 'good' | 'mixed' | 'poor' {
  if (best > 0 && score >= best) return 'top';
  if (score > 0 && score >= best / 2) return 'good';
  if (score > 0) return 'mixed';
  return 'poor';
}

/** Integers with an ASCII minus, so tools read them as integers. */
const int = (n: number) => String(Math.trunc(n));

export function showDebrief(ctx: ScreenContext, scenario: Scenario, result: ConversationResult, actions: DebriefActions): Cleanup {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  const name = (p: Principle) => t(`principle.${p}`);

  const rows = PRINCIPLES.map((p) =>
    h(
      'tr',
      { 'data-testid': `score-${p}`, 'data-score': result.scores[p], 'data-best': result.best[p] },
      h('th', { scope: 'row' }, name(p)),
      h('td', { class: 'num' }, ' ', int(result.scores[p]), ' '),
      h('td', { class: 'num' }, h('span', { class: 'sep', 'aria-hidden': 'true' }, '/ '), int(result.best[p])),
      h('td', { class: `verdict verdict-${verdict(result.scores[p], result.best[p])}` }, ' ', t(`debrief.verdict.${verdict(result.scores[p], result.best[p])}`)),
    ),
  );
  const table = h(
    'table',
    { class: 'scores', 'data-testid': 'scores' },
    h('caption', {}, t('debrief.scoresCaption')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('debrief.principle')), h('th', { scope: 'col' }, t('debrief.yours')), h('th', { scope: 'col' }, t('debrief.best')), h('th', { scope: 'col' }, t('debrief.verdictTitle')))),
    h('tbody', {}, ...rows),
  );

  const finalNode = result.endNodeId === undefined ? undefined : getNode(scenario, result.endNodeId);
  const ending = h(
    'div',
    { class: `ending ending-${result.ending}`, 'data-testid': 'ending', 'data-ending': result.ending },
    h('p', { class: 'ending-title' }, t(`ending.${result.ending}.title`)),
    h('p', {}, t(`ending.${result.ending}.explain`)),
    result.endedBy === 'mood' ? h('p', { class: 'ending-mood' }, t('debrief.moodRanOut')) : null,
    finalNode?.narration ? scenarioText(i18n, scenario, finalNode.narration, lang, 'p', { class: 'narration' }) : null,
    finalNode ? h('blockquote', { class: 'final-line', 'data-testid': 'final-line' }, scenarioText(i18n, scenario, finalNode.customer, lang)) : null,
    result.unwinnable ? h('p', { class: 'unwinnable', 'data-testid': 'unwinnable' }, t('debrief.unwinnable')) : null,
  );

  const coaching = h('ol', { class: 'coaching', 'data-testid': 'coaching' }, ...result.steps.map((s, i) => stepItem(s, i)));
  function stepItem(s: Step, index: number): HTMLElement {
    const node = getNode(scenario, s.nodeId);
    const choice = node?.kind === 'decision' ? node.choices.find((c) => c.id === s.choiceId) : undefined;
    const bestId = result.bestReplies[index];
    const best = bestId !== s.choiceId && node?.kind === 'decision' ? node.choices.find((c) => c.id === bestId) : undefined;
    const retry = button({ class: 'secondary small', 'data-testid': 'retry', 'data-step': index }, () => actions.retry(index), t('debrief.retry'));
    const points = PRINCIPLES.filter((p) => s.score[p] !== 0).map((p) => `${name(p)} ${s.score[p] > 0 ? '+' : ''}${int(s.score[p])}`);
    return h(
      'li',
      { class: 'coaching-step', 'data-testid': 'coaching-step', 'data-node': s.nodeId, 'data-choice': s.choiceId },
      node ? h('p', { class: 'said-customer' }, scenarioText(i18n, scenario, node.customer, lang, 'span', { class: 'quote' })) : null,
      choice ? h('p', { class: 'said-you' }, h('span', { class: 'you' }, t('conversation.you')), ' ', scenarioText(i18n, scenario, choice.text, lang)) : null,
      h('p', { class: 'points' }, points.length ? formatList(i18n.language, points) : t('debrief.noPoints')),
      s.interrupted ? h('p', { class: 'flag interrupted', 'data-testid': 'interrupted' }, t('debrief.interrupted')) : null,
      s.late ? h('p', { class: 'flag late', 'data-testid': 'late' }, t('debrief.late')) : null,
      s.hold ? h('p', { class: 'flag hold', 'data-testid': 'hold' }, t('debrief.hold')) : null,
      choice?.feedback ? scenarioText(i18n, scenario, choice.feedback, lang, 'p', { class: 'feedback' }) : null,
      best
        ? h('div', { class: 'best-reply', 'data-testid': 'best-reply' }, h('p', { class: 'best-label' }, t('debrief.bestReply')), scenarioText(i18n, scenario, best.text, lang, 'p', { class: 'best-text' }), best.feedback ? scenarioText(i18n, scenario, best.feedback, lang, 'p', { class: 'feedback' }) : null)
        : h('p', { class: 'best-reply same', 'data-testid': 'best-reply-same' }, t('debrief.wasBest')),
      retry,
    );
  }

  const again = button({ class: 'primary', 'data-testid': 'play-again' }, () => actions.again(), t('debrief.again'));
  const menu = button({ class: 'secondary', 'data-testid': 'back' }, () => actions.menu(), t('common.backToMenu'));

  const screen = h(
    'section',
    { class: 'screen debrief-screen', 'data-testid': 'debrief', 'aria-labelledby': 'debrief-title' },
    h('h1', { id: 'debrief-title' }, t('debrief.title'), t('common.labelSeparator'), scenarioText(i18n, scenario, scenario.title, lang)),
    ending,
    table,
    h('h2', {}, t('debrief.coachingTitle')),
    coaching,
    h('div', { class: 'actions' }, again, menu),
  );
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  return () => screen.remove();
}
