/**
 * The brief: the situation in two or three sentences, who the customer is, how they reach the
 * learner, and the start button.
 */
import type { Scenario } from '../../engine/index.ts';
import { customerPane } from '../customer-pane.ts';
import { h, button } from '../dom.ts';
import { scenarioText, textOf } from '../scenario-text.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';

export interface BriefActions {
  start(): void;
  back(): void;
}

export function showBrief(ctx: ScreenContext, scenario: Scenario, actions: BriefActions): Cleanup {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  // The start button answers the contact the way the channel does: pick up, open, accept, greet.
  const start = button({ class: 'primary', 'data-testid': 'start' }, () => actions.start(), t(`brief.start.${scenario.channel}`));
  const back = button({ class: 'secondary', 'data-testid': 'back' }, () => actions.back(), t('common.backToMenu'));
  const incoming = h(
    'p',
    { class: `incoming incoming-${scenario.channel}`, 'data-testid': 'incoming' },
    h('span', { class: 'incoming-icon', 'aria-hidden': 'true' }),
    ' ',
    t(`brief.incoming.${scenario.channel}`, { name: textOf(scenario, scenario.customer.name, lang) }),
  );
  // The customer waits where the conversation will show them, at the same size.
  const screen = h(
    'section',
    { class: 'screen with-customer brief-screen', 'data-testid': 'brief', 'aria-labelledby': 'brief-title' },
    customerPane(i18n, scenario, lang, incoming),
    h(
      'div',
      { class: 'brief-body' },
      h('p', { class: 'eyebrow' }, t(`channel.${scenario.channel}`), ' · ', t(`difficulty.${scenario.difficulty}`)),
      h('h1', { id: 'brief-title' }, scenarioText(i18n, scenario, scenario.title, lang)),
      scenarioText(i18n, scenario, scenario.brief, lang, 'p', { class: 'brief-text', 'data-testid': 'brief-text' }),
      h('p', { class: 'brief-customer' }, t('brief.customer'), ' ', scenarioText(i18n, scenario, scenario.customer.name, lang, 'strong')),
      h('p', { class: 'brief-tip' }, t(`brief.tip.${scenario.channel}`)),
      h('div', { class: 'actions' }, start, back),
    ),
  );
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  return () => screen.remove();
}
