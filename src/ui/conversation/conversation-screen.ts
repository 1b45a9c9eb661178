/**
 * The conversation: the channel's view of the exchange, the customer's mood, and the learner's
 * replies as real buttons (number keys select them, Enter or Space sends; Esc pauses). It
 * reflects runner events and calls the runner; it computes nothing about scores.
 */
import { localize, type Language, type Runner } from '../../engine/index.ts';
import { h, button } from '../dom.ts';
import { customerPane } from '../customer-pane.ts';
import { createMoodMeter } from '../mood-meter.ts';
import { scenarioText } from '../scenario-text.ts';
import { focusHeading, type ScreenContext } from '../screen.ts';
import { createChannelView, type ChannelView } from './channel-view.ts';
import { LinePlayer, reactionBeatMs, type LineEvent } from './line-player.ts';
import { createReplyDock } from './reply-dock.ts';
import { replyKeys } from './reply-keys.ts';
import { callBegan, createCallClock, createReplyTimer } from './timers.ts';

export interface ConversationOptions {
  /** The conversation's clock (the same as `ctx.scheduler`'s): it stands still while paused. */
  readonly now: () => number;
  /**
   * When this visit to the conversation began, on that clock: the runner's time stamps from
   * before it belong to an earlier visit (a reload) and are not counted on the call or reply clock.
   */
  readonly since?: number;
  /** Reply time limit for this scenario, or undefined when the timer is off. */
  readonly replyLimitMs: number | undefined;
  readonly pause: () => void;
  /** Plays a recorded line; the line counts as delivered when both words and voice are done. */
  readonly voice?: (url: string) => { done: Promise<void>; stop: () => void };
}

export interface ConversationScreen {
  (): void;
  /**
   * The pause screen is up: the keys stop and the screen shows itself paused. Time itself stops
   * in `ctx.scheduler` and `now`, the conversation's own clock (WCAG 2.2.1: time limits can be paused).
   */
  suspend(): void;
  /** Back from the pause screen: keys again, the replies a moment inert, focus where it was. */
  resume(): void;
}

export function showConversation(ctx: ScreenContext, runner: Runner, options: ConversationOptions): ConversationScreen {
  const { i18n, lang, scheduler } = ctx;
  const t = i18n.t.bind(i18n);
  const scenario = runner.scenario;
  const mood = createMoodMeter(i18n, runner.state.mood);
  const view = createChannelView(i18n, scenario, lang);
  const timer = createReplyTimer(i18n, scheduler, options.now);
  const clock =
    scenario.channel === 'phone'
      ? createCallClock(i18n, scheduler, options.now, () => callBegan(runner.state.startedAt, options.since))
      : undefined;
  const status = clock?.element ?? h('p', { class: 'call-status' }, t(`conversation.status.${scenario.channel}`));
  const pauseButton = button(
    { class: 'secondary small pause-button', 'data-testid': 'pause', 'aria-keyshortcuts': 'Escape' },
    () => options.pause(),
    t('pause.open'),
  );
  const choices = h('div', { class: 'choices', role: 'group', 'aria-labelledby': 'choices-title', 'data-testid': 'choices' });
  const choicesTitle = h('h2', { class: 'choices-title', id: 'choices-title', tabindex: -1 }, t('conversation.yourReply'));
  const dock = createReplyDock(i18n, h('div', { class: 'reply-head' }, choicesTitle, timer.element), choices);
  // Laid out by styles.css: the customer large on the left on wide screens, a face in a compact
  // header on phones; the transcript is the one region that scrolls, the replies sit below it.
  const screen = h(
    'section',
    {
      class: `screen with-customer conversation-screen channel-${scenario.channel}`,
      'data-testid': 'conversation',
      'aria-labelledby': 'conversation-title',
    },
    h(
      'div',
      { class: 'conversation-head' },
      h('h1', { id: 'conversation-title', class: 'conversation-title' }, scenarioText(i18n, scenario, scenario.title, lang)),
      status,
      pauseButton,
    ),
    customerPane(i18n, scenario, lang, mood.element),
    view.element,
    dock.element,
  );
  const player = new LinePlayer({
    ctx,
    runner,
    view,
    timer,
    choices,
    choicesTitle,
    replyLimitMs: options.replyLimitMs,
    now: options.now,
    since: options.since,
    ...(options.voice ? { voice: options.voice } : {}),
  });
  let cancelBeat: (() => void) | undefined;
  let holding = false;

  const onLine = (event: LineEvent) => {
    player.clearChoices();
    // On hold the caller hears music, not you: the next line waits until they are back. After a
    // reply the next line waits a beat too, so the learner sees the customer take it in.
    const beat = holding
      ? ctx.settings.textSpeed === 0
        ? 300
        : 2500
      : runner.state.steps.length > 0
        ? reactionBeatMs(ctx.settings.textSpeed)
        : 0;
    holding = false;
    cancelBeat?.();
    if (beat === 0) player.play(event);
    else cancelBeat = scheduler.after(beat, () => player.play(event));
  };
  const onKey = replyKeys(
    (i) => player.select(i),
    () => options.pause(),
  );

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
    // The last reply ends it: nothing may look answerable while the debrief is drawn.
    runner.on('ended', () => player.clearChoices()),
    runner.on('expired', () =>
      view.addStatus(t(`conversation.silence.${scenario.channel}`, { name: localize(scenario.customer.name, lang, scenario.source).text })),
    ),
  ];
  document.addEventListener('keydown', onKey);
  ctx.root.replaceChildren(screen);
  // Coming back to a conversation (resume, language switch): the exchange so far, then the line.
  showHistory(view, runner, lang);
  const current = runner.currentLine();
  if (current)
    player.play(
      { type: 'line', node: current.node, choices: current.choices, mood: runner.state.mood },
      runner.state.phase === 'listening',
    );
  focusHeading(screen);
  const leave = () => {
    player.stop();
    cancelBeat?.();
    timer.stop();
    clock?.stop();
    for (const off of offs) off();
    document.removeEventListener('keydown', onKey);
    view.dispose();
    dock.dispose();
    screen.remove();
  };
  let suspended = false;
  let focused: Element | null = null;
  return Object.assign(leave, {
    suspend() {
      // The clocks stop with ctx.scheduler (the conversation's own); here only keys and looks.
      suspended = true;
      focused = document.activeElement;
      screen.classList.add('paused');
      timer.hold();
      document.removeEventListener('keydown', onKey);
    },
    resume() {
      if (!suspended) return;
      suspended = false;
      screen.classList.remove('paused');
      document.addEventListener('keydown', onKey);
      player.rearm();
      (focused instanceof HTMLElement && screen.contains(focused) ? focused : choicesTitle).focus({ preventScroll: true });
    },
  });
}

/** The exchange so far, shown at once: each line answered and the reply given. */
function showHistory(view: ChannelView, runner: Runner, lang: Language): void {
  const scenario = runner.scenario;
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
}
