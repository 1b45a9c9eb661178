/**
 * Plays the customer's lines one at a time: the words delivered the channel's way (spoken,
 * typed, written), a recorded voice in step with them, and the replies offered as buttons. A line
 * counts as delivered when both words and voice are done; the reply timer starts then.
 */
import { localize, type Choice, type Runner, type RunnerEvent } from '../../engine/index.ts';
import { button, h } from '../dom.ts';
import { deliverSpoken } from '../delivery/spoken.ts';
import { deliverTyped, deliverWritten } from '../delivery/typed.ts';
import { deliveryStyle, type Delivery, type DeliveryRequest } from '../delivery/delivery.ts';
import { scenarioText } from '../scenario-text.ts';
import type { ScreenContext } from '../screen.ts';
import type { ChannelView } from './channel-view.ts';
import type { ReplyTimer } from './timers.ts';

const DELIVER = { spoken: deliverSpoken, typed: deliverTyped, written: deliverWritten } as const;

export type LineEvent = Extract<RunnerEvent, { type: 'line' }>;

export interface LinePlayerParts {
  readonly ctx: ScreenContext;
  readonly runner: Runner;
  readonly view: ChannelView;
  readonly timer: ReplyTimer;
  /** Where the reply buttons go, and the heading focus returns to for each new line. */
  readonly choices: HTMLElement;
  readonly choicesTitle: HTMLElement;
  readonly replyLimitMs: number | undefined;
  readonly voice?: (url: string) => { done: Promise<void>; stop: () => void };
}

export class LinePlayer {
  /** The reply buttons of the current line, in order (number keys pick them). */
  buttons: HTMLButtonElement[] = [];
  private delivery: Delivery | undefined;
  private stopVoice: (() => void) | undefined;
  private first = true;

  constructor(private readonly p: LinePlayerParts) {}

  /** Shows a new line and its replies. */
  play(event: LineEvent): void {
    const { ctx, runner, view, timer } = this.p;
    const { i18n, lang } = ctx;
    const scenario = runner.scenario;
    const style = deliveryStyle(scenario.channel);
    const el = view.addLine(event.node);
    const shown = localize(event.node.customer, lang, scenario.source);
    el.lang = shown.lang;
    el.classList.toggle('fallback', shown.fallback);
    el.dataset['venting'] = String(event.node.venting);
    const url = event.node.voice?.[shown.lang];
    const voice = url && this.p.voice ? this.p.voice(url) : undefined;
    this.stopVoice = voice?.stop;
    const node = event.node.id;
    const delivered = () => {
      el.setAttribute('aria-busy', 'false');
      if (runner.state.phase === 'speaking' && runner.state.nodeId === node) runner.lineDelivered();
      if (this.p.replyLimitMs !== undefined && runner.state.nodeId === node) timer.start(this.p.replyLimitMs, () => runner.expire());
    };
    const showChoices = () => {
      this.buttons = event.choices.map((c, i) => button({ class: 'choice', 'data-testid': 'choice', 'data-choice': c.id }, () => this.pick(c), h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)), ' ', scenarioText(i18n, scenario, c.text, lang)));
      this.p.choices.replaceChildren(...this.buttons);
    };
    const request: DeliveryRequest = {
      el, text: shown.text, lang: shown.lang, speed: ctx.settings.textSpeed, scheduler: ctx.scheduler, typingIndicator: view.typing,
      // A recorded line is delivered when the words are shown and the voice has finished.
      onDone: () => {
        if (style === 'written') showChoices();
        if (voice) void voice.done.then(delivered);
        else delivered();
      },
    };
    this.delivery = DELIVER[style](request);
    // A letter is read whole before answering, so there is nothing to interrupt; spoken and typed
    // lines offer the replies at once, which is what makes interrupting a real temptation.
    if (style !== 'written') showChoices();
    if (!this.first) this.p.choicesTitle.focus({ preventScroll: true });
    this.first = false;
  }

  /** Takes the replies away while the next line waits (a caller on hold). */
  clearChoices(): void {
    this.p.choices.replaceChildren();
    this.buttons = [];
  }

  /** Stops the words and the voice where they are. */
  stop(): void {
    this.delivery?.cancel();
    this.stopVoice?.();
  }

  private pick(c: Choice): void {
    const { runner, timer } = this.p;
    if (runner.state.phase !== 'speaking' && runner.state.phase !== 'listening') return;
    this.stop();
    timer.stop();
    runner.choose(c.id);
  }
}
