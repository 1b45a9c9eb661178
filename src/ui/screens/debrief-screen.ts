/**
 * The debrief: the result first (how the contact ended, the points against the best path, how
 * many replies were the best, the mood from start to end), then the customer's mood over the
 * conversation, each principle against the best path, and the conversation reply by reply with
 * its coaching. Every number comes from the engine (`debriefFacts`); nothing is scored here.
 */
import { debriefFacts, getNode, type ConversationResult, type DebriefFacts, type Scenario } from '../../engine/index.ts';
import { button, h } from '../dom.ts';
import { moodBand } from '../../engine/index.ts';
import { scenarioText } from '../scenario-text.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';
import { coachingList } from '../debrief/coaching.ts';
import { moodChart } from '../debrief/mood-chart.ts';
import { scoreTable } from '../debrief/score-table.ts';

export interface DebriefActions {
  again(): void;
  menu(): void;
  /** "Try again from here": replay up to reply `stepIndex` and answer it afresh. */
  retry(stepIndex: number): void;
}

/** The four headline figures, as label and value. */
function headline(ctx: ScreenContext, facts: DebriefFacts): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const stat = (key: string, label: string, value: string, detail?: string) =>
    h(
      'div',
      { class: 'stat', 'data-testid': `stat-${key}` },
      h('dt', {}, label),
      h('dd', {}, h('strong', {}, value), detail ? h('span', { class: 'stat-detail' }, ' ', detail) : null),
    );
  return h(
    'dl',
    { class: 'headline', 'data-testid': 'debrief-headline' },
    stat('points', t('debrief.stats.points'), t('debrief.stats.ofBest', { have: facts.total, of: facts.bestTotal })),
    stat('principles', t('debrief.stats.principles'), t('debrief.stats.ofBest', { have: facts.atBest, of: facts.rows.length })),
    stat('replies', t('debrief.stats.replies'), t('debrief.stats.ofBest', { have: facts.bestReplies, of: facts.replies })),
    stat('mood', t('debrief.stats.mood'), `${facts.startMood} \u2192 ${facts.finalMood}`, t(`mood.${moodBand(facts.finalMood)}`)),
  );
}

export function showDebrief(ctx: ScreenContext, scenario: Scenario, result: ConversationResult, actions: DebriefActions): Cleanup {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  const facts = debriefFacts(result);

  const finalNode = result.endNodeId === undefined ? undefined : getNode(scenario, result.endNodeId);
  const ending = h(
    'div',
    { class: `ending ending-${result.ending}`, 'data-testid': 'ending', 'data-ending': result.ending },
    h('p', { class: 'ending-title' }, t(`ending.${result.ending}.title`)),
    h('p', {}, t(`ending.${result.ending}.explain`)),
    result.endedBy === 'mood' ? h('p', { class: 'ending-mood' }, t('debrief.moodRanOut')) : null,
    finalNode?.narration ? scenarioText(i18n, scenario, finalNode.narration, lang, 'p', { class: 'narration' }) : null,
    finalNode
      ? h('blockquote', { class: 'final-line', 'data-testid': 'final-line' }, scenarioText(i18n, scenario, finalNode.customer, lang))
      : null,
    result.unwinnable ? h('p', { class: 'unwinnable', 'data-testid': 'unwinnable' }, t('debrief.unwinnable')) : null,
  );

  const chart = moodChart(i18n, facts);
  const again = button({ class: 'primary', 'data-testid': 'play-again' }, () => actions.again(), t('debrief.again'));
  const menu = button({ class: 'secondary', 'data-testid': 'back' }, () => actions.menu(), t('common.backToMenu'));

  const screen = h(
    'section',
    { class: 'screen debrief-screen', 'data-testid': 'debrief', 'aria-labelledby': 'debrief-title' },
    h('h1', { id: 'debrief-title' }, t('debrief.title'), t('common.labelSeparator'), scenarioText(i18n, scenario, scenario.title, lang)),
    h('div', { class: 'debrief-top' }, ending, headline(ctx, facts)),
    h(
      'div',
      { class: 'debrief-charts' },
      h(
        'section',
        { class: 'debrief-mood', 'aria-labelledby': 'mood-title' },
        h('h2', { id: 'mood-title' }, t('debrief.moodTitle')),
        chart.element,
      ),
      scoreTable(i18n, facts),
    ),
    h('h2', {}, t('debrief.coachingTitle')),
    coachingList(i18n, lang, scenario, result, facts.marks, (i) => actions.retry(i)),
    h('div', { class: 'actions' }, again, menu),
  );
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  return () => {
    chart.dispose();
    screen.remove();
  };
}
