/**
 * The conversation: who is speaking, their mood, the customer's line delivered progressively in a
 * live region, and the learner's replies as real buttons (number keys pick them too). The screen
 * only reflects runner events and calls the runner; it computes nothing.
 */
import { localize, type Choice, type Runner, type RunnerEvent } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { deliverLine, type Delivery } from '../line-delivery.ts';
import { createMoodMeter } from '../mood-meter.ts';
import { scenarioText } from '../scenario-text.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';

export function showConversation(ctx: ScreenContext, runner: Runner): Cleanup {
  const { i18n, lang, scheduler } = ctx;
  const t = i18n.t.bind(i18n);
  const scenario = runner.scenario;
  const mood = createMoodMeter(i18n, runner.state.mood);
  const narration = h('p', { class: 'narration', 'data-testid': 'narration' });
  const line = h('p', { class: 'customer-line', 'data-testid': 'customer-line', 'aria-busy': 'true' });
  const speaker = h('p', { class: 'speaker' }, scenarioText(i18n, scenario, scenario.customer.name, lang, 'strong'));
  const lastReply = h('p', { class: 'last-reply', 'data-testid': 'last-reply' });
  const choices = h('div', { class: 'choices', role: 'group', 'aria-label': t('conversation.yourReply'), 'data-testid': 'choices' });
  const screen = h(
    'section',
    { class: `screen conversation-screen channel-${scenario.channel}`, 'data-testid': 'conversation', 'aria-labelledby': 'conversation-title' },
    h('div', { class: 'conversation-head' }, h('h1', { id: 'conversation-title', class: 'visually-hidden' }, scenarioText(i18n, scenario, scenario.title, lang)), mood.element),
    lastReply,
    h('div', { class: 'line-box', 'aria-live': 'polite' }, speaker, narration, line),
    h('h2', { class: 'choices-title' }, t('conversation.yourReply')),
    choices,
  );
  let delivery: Delivery | undefined;
  let buttons: HTMLButtonElement[] = [];

  const pick = (c: Choice) => {
    if (runner.state.phase !== 'speaking' && runner.state.phase !== 'listening') return;
    delivery?.cancel();
    runner.choose(c.id);
  };

  const render = (event: Extract<RunnerEvent, { type: 'line' }>) => {
    const { node } = event;
    narration.replaceChildren();
    if (node.narration) narration.append(scenarioText(i18n, scenario, node.narration, lang, 'em'));
    const shown = localize(node.customer, lang, scenario.source);
    line.lang = shown.lang;
    line.classList.toggle('fallback', shown.fallback);
    line.dataset['venting'] = String(node.venting);
    delivery?.cancel();
    delivery = deliverLine(line, shown.text, shown.lang, ctx.settings.textSpeed, scheduler, () => {
      if (runner.state.phase === 'speaking') runner.lineDelivered();
    });
    buttons = event.choices.map((c, i) => {
      const b = h('button', { type: 'button', class: 'choice', 'data-testid': 'choice', 'data-choice': c.id }, h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)), ' ', scenarioText(i18n, scenario, c.text, lang));
      b.addEventListener('click', () => pick(c));
      return b;
    });
    choices.replaceChildren(...buttons);
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !/^[1-6]$/.test(e.key)) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
    const b = buttons[Number(e.key) - 1];
    if (b) {
      e.preventDefault();
      b.click();
    }
  };

  const offs = [
    runner.on('line', render),
    runner.on('mood', (e) => mood.set(e.to)),
    runner.on('reply', (e) => {
      lastReply.replaceChildren(h('span', { class: 'you' }, t('conversation.you')), ' ', scenarioText(i18n, scenario, e.choice.text, lang));
    }),
  ];
  document.addEventListener('keydown', onKey);
  ctx.root.replaceChildren(screen);
  const current = runner.currentLine();
  if (current) render({ type: 'line', node: current.node, choices: current.choices, mood: runner.state.mood });
  focusHeading(screen);
  return () => {
    delivery?.cancel();
    for (const off of offs) off();
    document.removeEventListener('keydown', onKey);
    screen.remove();
  };
}
