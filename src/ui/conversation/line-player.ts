/**
 * Plays the customer's lines one at a time: the words delivered the channel's way (spoken,
 * typed, written), a recorded voice in step with them, and the replies offered as buttons. A line
 * counts as delivered when both words and voice are done; the reply timer starts then. New
 * replies ignore input for a moment (see reply-guard.ts); a number key selects a reply, and
 * Enter or Space (or a click) sends it.
 */
import { localize, type Choice, type Runner, type RunnerEvent } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { deliverSpoken } from '../delivery/spoken.ts';
import { deliverTyped, deliverWritten } from '../delivery/typed.ts';
import { deliveryStyle, type Delivery, type DeliveryRequest } from '../delivery/delivery.ts';
import { scenarioText } from '../scenario-text.ts';
import type { ScreenContext } from '../screen.ts';
import type { ChannelView } from './channel-view.ts';
import { ReplyGuard } from './reply-guard.ts';
import { sinceVisit, type ReplyTimer } from './timers.ts';

const DELIVER = { spoken: deliverSpoken, typed: deliverTyped, written: deliverWritten } as const;

export type LineEvent = Extract<RunnerEvent, { type: 'line' }>;

/** The pause after a reply at normal text speed, before the customer's next line begins. */
export const REACTION_BEAT_MS = 750;
const NORMAL_SPEED = 45;

/**
 * How long the next line waits after a reply, so the learner sees the customer take it in:
 * `REACTION_BEAT_MS` at normal text speed, longer when lines come slower, shorter when faster,
 * none at all when lines come at once (speed 0).
 */
export function reactionBeatMs(speed: number): number {
  if (speed <= 0) return 0;
  return Math.round(REACTION_BEAT_MS * Math.min(1.6, Math.max(0.5, NORMAL_SPEED / speed)));
}

export interface LinePlayerParts {
  readonly ctx: ScreenContext;
  readonly runner: Runner;
  readonly view: ChannelView;
  readonly timer: ReplyTimer;
  /** Where the reply buttons go, and the heading focus returns to for each new line. */
  readonly choices: HTMLElement;
  readonly choicesTitle: HTMLElement;
  readonly replyLimitMs: number | undefined;
  /** The conversation's clock, and when this visit to it began (see ConversationOptions). */
  readonly now: () => number;
  readonly since: number | undefined;
  readonly voice?: (url: string) => { done: Promise<void>; stop: () => void };
}

export class LinePlayer {
  /** The reply buttons of the current line, in order (number keys select them). */
  buttons: HTMLButtonElement[] = [];
  private delivery: Delivery | undefined;
  private stopVoice: (() => void) | undefined;
  private first = true;
  private readonly guard: ReplyGuard;

  constructor(private readonly p: LinePlayerParts) {
    this.guard = new ReplyGuard(p.choices, p.ctx.scheduler);
    // The mark a number key puts on a reply goes with the focus.
    p.choices.addEventListener('focusout', (e) => (e.target as HTMLElement).classList?.remove('selected'));
  }

  /**
   * Shows a line and its replies. `heard`: the line was delivered already (the conversation is
   * drawn again after a language change or a reload), so its words are shown at once, unspoken.
   */
  play(event: LineEvent, heard = false): void {
    const { ctx, runner, view, timer } = this.p;
    const { i18n, lang } = ctx;
    const scenario = runner.scenario;
    const style = deliveryStyle(scenario.channel);
    const el = view.addLine(event.node);
    const shown = localize(event.node.customer, lang, scenario.source);
    el.lang = shown.lang;
    el.classList.toggle('fallback', shown.fallback);
    el.dataset['venting'] = String(event.node.venting);
    const url = heard ? undefined : event.node.voice?.[shown.lang];
    const voice = url && this.p.voice ? this.p.voice(url) : undefined;
    this.stopVoice = voice?.stop;
    const node = event.node.id;
    const delivered = () => {
      el.setAttribute('aria-busy', 'false');
      if (runner.state.phase === 'speaking' && runner.state.nodeId === node) runner.lineDelivered();
      // The countdown runs from the moment the engine counts a late reply from (its deliveredAt),
      // not from now: the work the delivery sets off comes between. Drawn again (a language
      // changed in the pause screen), the timer so goes on from exactly where it was; after a
      // reload (a moment of an earlier visit's clock) it starts afresh.
      const from = sinceVisit(runner.state.deliveredAt, this.p.since);
      if (this.p.replyLimitMs !== undefined && runner.state.nodeId === node) timer.start(this.p.replyLimitMs, () => runner.expire(), from);
    };
    const showChoices = () => {
      this.buttons = event.choices.map((c, i) => {
        const b = h(
          'button',
          { type: 'button', class: 'choice', 'data-testid': 'choice', 'data-choice': c.id },
          h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)),
          ' ',
          scenarioText(i18n, scenario, c.text, lang, 'span', { class: 'choice-text' }),
        );
        b.addEventListener('click', (e) => this.pick(c, e, b));
        return b;
      });
      this.p.choices.replaceChildren(...this.buttons);
      this.guard.arm(this.buttons);
    };
    const request: DeliveryRequest = {
      el,
      text: shown.text,
      lang: shown.lang,
      speed: ctx.settings.textSpeed,
      scheduler: ctx.scheduler,
      now: this.p.now,
      typingIndicator: view.typing,
      // A recorded line is delivered when the words are shown and the voice has finished.
      onDone: () => {
        if (style === 'written') showChoices();
        // A voice that fails still lets the line count as delivered.
        if (voice) voice.done.then(delivered, delivered);
        else delivered();
      },
    };
    // The line's time starts as it appears, after the beat; the stage and the sound follow it.
    if (!heard && runner.state.phase === 'speaking' && runner.state.nodeId === node) runner.lineShown();
    if (heard) {
      el.textContent = shown.text;
      request.onDone();
    } else this.delivery = DELIVER[style](request);
    // A letter is read whole before answering, so there is nothing to interrupt; spoken and typed
    // lines offer the replies at once, which is what makes interrupting a real temptation.
    if (style !== 'written') showChoices();
    if (!this.first) this.p.choicesTitle.focus({ preventScroll: true });
    this.first = false;
  }

  /** Takes the replies away while the next line waits (the customer reacts, or is on hold). */
  clearChoices(): void {
    this.p.choices.replaceChildren();
    this.buttons = [];
    this.guard.clear();
  }

  /** The replies come back from behind the pause screen: a moment before they take input again. */
  rearm(): void {
    if (this.buttons.length > 0) this.guard.arm(this.buttons);
  }

  /**
   * Selects reply `index` (0-based) for a number key: focuses and marks it, so Enter or Space
   * sends it. False when there is no such reply or the replies do not take input yet.
   */
  select(index: number): boolean {
    const b = this.buttons[index];
    if (!b || !this.guard.ready) return false;
    for (const other of this.buttons) other.classList.toggle('selected', other === b);
    b.focus();
    return true;
  }

  /** Stops the words and the voice where they are. */
  stop(): void {
    this.delivery?.cancel();
    this.stopVoice?.();
  }

  private pick(c: Choice, e: MouseEvent, b: HTMLButtonElement): void {
    const { runner, timer } = this.p;
    if (!this.guard.accepts(e, b)) return;
    if (runner.state.phase !== 'speaking' && runner.state.phase !== 'listening') return;
    this.stop();
    timer.stop();
    runner.choose(c.id);
  }
}
