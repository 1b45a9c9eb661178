/**
 * The conversation: the channel's view of the exchange, the customer's mood, and the learner's
 * replies as real buttons (number keys pick them; Esc pauses). It reflects runner events and calls
 * the runner; it computes nothing about scores.
 */
import { type Choice, type Runner, type RunnerEvent } from '../../engine/index.ts';
import { h, button } from '../dom.ts';
import { deliverSpoken } from '../delivery/spoken.ts';
import { deliverTyped, deliverWritten } from '../delivery/typed.ts';
import { deliveryStyle, type Delivery, type DeliveryRequest } from '../delivery/delivery.ts';
import { createMoodMeter } from '../mood-meter.ts';
import { scenarioText } from '../scenario-text.ts';
import { focusHeading, type ScreenContext } from '../screen.ts';
import { createChannelView } from './channel-view.ts';
import { createCallClock, createReplyTimer } from './timers.ts';
import { localize } from '../../engine/index.ts';

export interface ConversationOptions {
  readonly now: () => number;
  /** Reply time limit for this scenario, or undefined when the timer is off. */
  readonly replyLimitMs: number | undefined;
  readonly pause: () => void;
  /** Plays a recorded line; the line counts as delivered when both words and voice are done. */
  readonly voice?: (url: string) => { done: Promise<void>; stop: () => void };
}

const DELIVER = { spoken: deliverSpoken, typed: deliverTyped, written: deliverWritten } as const;

export interface ConversationScreen {
  (): void;
  /** Stops the reply timer while a dialog is open (WCAG 2.2.1: time limits can be paused). */
  suspend(): void;
  resume(): void;
}

export function showConversation(ctx: ScreenContext, runner: Runner, options: ConversationOptions): ConversationScreen {
  const { i18n, lang, scheduler } = ctx;
  const t = i18n.t.bind(i18n);
  const scenario = runner.scenario;
  const style = deliveryStyle(scenario.channel);
  const mood = createMoodMeter(i18n, runner.state.mood);
  const view = createChannelView(i18n, scenario, lang);
  const timer = createReplyTimer(i18n, scheduler, options.now);
  const clock = scenario.channel === 'phone' ? createCallClock(i18n, scheduler, options.now) : undefined;
  const status = clock?.element ?? h('p', { class: 'call-status' }, t(`conversation.status.${scenario.channel}`));
  const pauseButton = button({ class: 'secondary small', 'data-testid': 'pause', 'aria-keyshortcuts': 'Escape' }, () => options.pause(), t('pause.open'));
  const choices = h('div', { class: 'choices', role: 'group', 'aria-labelledby': 'choices-title', 'data-testid': 'choices' });
  const choicesTitle = h('h2', { class: 'choices-title', id: 'choices-title', tabindex: -1 }, t('conversation.yourReply'));
  const screen = h(
    'section',
    { class: `screen conversation-screen channel-${scenario.channel}`, 'data-testid': 'conversation', 'aria-labelledby': 'conversation-title' },
    h('div', { class: 'conversation-head' }, h('h1', { id: 'conversation-title', class: 'conversation-title' }, scenarioText(i18n, scenario, scenario.title, lang)), status, mood.element, pauseButton),
    view.element,
    h('div', { class: 'reply-area' }, h('div', { class: 'reply-head' }, choicesTitle, timer.element), choices),
  );
  let delivery: Delivery | undefined;
  let stopVoice: (() => void) | undefined;
  let buttons: HTMLButtonElement[] = [];
  let cancelBeat: (() => void) | undefined;
  let holding = false;
  let first = true;

  const pick = (c: Choice) => {
    if (runner.state.phase !== 'speaking' && runner.state.phase !== 'listening') return;
    delivery?.cancel();
    stopVoice?.();
    timer.stop();
    runner.choose(c.id);
  };

  const showLine = (event: Extract<RunnerEvent, { type: 'line' }>) => {
    const el = view.addLine(event.node);
    const shown = localize(event.node.customer, lang, scenario.source);
    el.lang = shown.lang;
    el.classList.toggle('fallback', shown.fallback);
    el.dataset['venting'] = String(event.node.venting);
    const url = event.node.voice?.[shown.lang];
    const voice = url && options.voice ? options.voice(url) : undefined;
    stopVoice = voice?.stop;
    const node = event.node.id;
    const delivered = () => {
      el.setAttribute('aria-busy', 'false');
      if (runner.state.phase === 'speaking' && runner.state.nodeId === node) runner.lineDelivered();
      if (options.replyLimitMs !== undefined && runner.state.nodeId === node) timer.start(options.replyLimitMs, () => runner.expire());
    };
    const showChoices = () => {
      buttons = event.choices.map((c, i) => {
        const b = button({ class: 'choice', 'data-testid': 'choice', 'data-choice': c.id }, () => pick(c), h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)), ' ', scenarioText(i18n, scenario, c.text, lang));
        return b;
      });
      choices.replaceChildren(...buttons);
    };
    const request: DeliveryRequest = {
      el, text: shown.text, lang: shown.lang, speed: ctx.settings.textSpeed, scheduler, typingIndicator: view.typing,
      // A recorded line is delivered when the words are shown and the voice has finished.
      onDone: () => {
        if (style === 'written') showChoices();
        if (voice) void voice.done.then(delivered);
        else delivered();
      },
    };
    delivery = DELIVER[style](request);
    // A letter is read whole before answering, so there is nothing to interrupt; spoken and typed
    // lines offer the replies at once, which is what makes interrupting a real temptation.
    if (style !== 'written') showChoices();
    if (!first) choicesTitle.focus({ preventScroll: true });
    first = false;
  };

  const onLine = (event: Extract<RunnerEvent, { type: 'line' }>) => {
    choices.replaceChildren();
    buttons = [];
    // On hold the caller hears music, not you: the next line waits until they are back.
    const beat = holding ? (ctx.settings.textSpeed === 0 ? 300 : 2500) : 0;
    holding = false;
    cancelBeat?.();
    if (beat === 0) showLine(event);
    else cancelBeat = scheduler.after(beat, () => showLine(event));
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      options.pause();
      return;
    }
    const b = /^[1-6]$/.test(e.key) ? buttons[Number(e.key) - 1] : undefined;
    if (b) {
      e.preventDefault();
      b.click();
    }
  };

  const offs = [
    runner.on('line', onLine),
    runner.on('mood', (e) => mood.set(e.to)),
    runner.on('reply', (e) => {
      view.addReply(e.choice);
      if (e.step.hold) {
        holding = true;
        view.addStatus(t('conversation.onHold', { name: localize(scenario.customer.name, lang, scenario.source).text }));
      }
    }),
    runner.on('expired', () => {
      if (scenario.channel === 'phone' || scenario.channel === 'in-person') view.addStatus(t(`conversation.silence.${scenario.channel}`));
    }),
  ];
  document.addEventListener('keydown', onKey);
  ctx.root.replaceChildren(screen);
  // Coming back to a conversation (resume, language switch): the exchange so far, then the line.
  for (const step of runner.state.steps) {
    const node = scenario.nodes[step.nodeId];
    if (node?.kind !== 'decision') continue;
    const el = view.addLine(node);
    const shown = localize(node.customer, lang, scenario.source);
    el.lang = shown.lang;
    el.textContent = shown.text;
    el.setAttribute('aria-busy', 'false');
    const choice = node.choices.find((c) => c.id === step.choiceId);
    if (choice) view.addReply(choice);
  }
  const current = runner.currentLine();
  if (current) showLine({ type: 'line', node: current.node, choices: current.choices, mood: runner.state.mood });
  focusHeading(screen);
  const leave = () => {
    delivery?.cancel();
    stopVoice?.();
    cancelBeat?.();
    timer.stop();
    clock?.stop();
    for (const off of offs) off();
    document.removeEventListener('keydown', onKey);
    screen.remove();
  };
  let suspended = false;
  return Object.assign(leave, {
    suspend() {
      suspended = true;
      timer.stop();
      document.removeEventListener('keydown', onKey);
    },
    resume() {
      if (!suspended) return;
      suspended = false;
      document.addEventListener('keydown', onKey);
      if (runner.state.phase === 'listening' && runner.state.expiredAt === undefined && options.replyLimitMs !== undefined) timer.start(options.replyLimitMs, () => runner.expire());
    },
  });
}
