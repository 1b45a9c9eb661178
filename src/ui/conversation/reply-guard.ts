/**
 * No accidental replies (scenario-format.md, "Rules of play"): a press or click that began before
 * the replies were shown, or within 250 ms of their appearing, chooses nothing. Replies arrive
 * inert: `aria-disabled` (they stay focusable, assistive technology says they are not ready yet,
 * and a client that waits for enabled buttons waits for them) and faded in by the stylesheet.
 * A reply counts only when the press that made it began on a live reply: the pointer went down
 * there after it came alive, or the key went down then and was not a held key repeating.
 */
import type { Scheduler } from '../../engine/index.ts';

/** How long new replies ignore input. */
export const REPLY_GUARD_MS = 250;

/** A press seen on the replies: the reply it began on, and whether it counts. */
interface Press {
  readonly on: HTMLButtonElement | undefined;
  readonly ok: boolean;
}

export class ReplyGuard {
  private buttons: readonly HTMLButtonElement[] = [];
  private live = false;
  private cancel: () => void = () => {};
  private pointer: Press | undefined;
  private key: Press | undefined;

  /** Watches presses that begin inside `area` (the replies' container). */
  constructor(
    area: HTMLElement,
    private readonly scheduler: Scheduler,
  ) {
    area.addEventListener('pointerdown', (e) => (this.pointer = { on: this.replyOf(e.target), ok: this.live }), { capture: true });
    area.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter' || e.key === ' ') this.key = { on: this.replyOf(e.target), ok: this.live && !e.repeat };
      },
      { capture: true },
    );
  }

  /** New replies (or replies shown again after the pause screen): inert for a moment, then live. */
  arm(buttons: readonly HTMLButtonElement[]): void {
    this.cancel();
    this.buttons = buttons;
    this.live = false;
    this.pointer = this.key = undefined;
    for (const b of buttons) b.setAttribute('aria-disabled', 'true');
    this.cancel = this.scheduler.after(REPLY_GUARD_MS, () => {
      this.live = true;
      for (const b of buttons) b.removeAttribute('aria-disabled');
    });
  }

  /** True while the replies take input: a number key may select one. */
  get ready(): boolean {
    return this.live && this.buttons.length > 0;
  }

  /**
   * Whether `event`, a click on `button`, is a deliberate choice. A click comes from the press
   * that made it: a pointer's (detail > 0) or a key's (Enter, Space: detail 0). It counts when that
   * press began on this reply while it was live, and for a key, without repeating. A click with no
   * press seen (assistive technology activating the reply) counts if the reply is live now.
   */
  accepts(event: MouseEvent, button: HTMLButtonElement): boolean {
    const press = event.detail > 0 ? this.pointer : this.key;
    this.pointer = this.key = undefined;
    return this.live && (press === undefined || (press.on === button && press.ok));
  }

  /** Stops the pending wake-up (the replies are gone). */
  clear(): void {
    this.cancel();
    this.buttons = [];
    this.live = false;
  }

  private replyOf(target: EventTarget | null): HTMLButtonElement | undefined {
    return this.buttons.find((b) => target instanceof Node && b.contains(target));
  }
}
