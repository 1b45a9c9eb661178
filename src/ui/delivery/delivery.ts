/**
 * How a customer's line reaches the learner depends on the channel: spoken aloud (phone, in
 * person), typed into a chat, or arriving whole in writing (e-mail). Every way keeps the contract:
 * the line element is `aria-busy="true"` while delivering and holds the full text after. The caller
 * sets `aria-busy="false"` once the line is really over (a recorded voice may still be speaking).
 */
import type { Channel } from '../../engine/index.ts';
import type { Scheduler } from '../../engine/index.ts';
import { segmenter } from '../intl-cache.ts';

export interface Delivery {
  /** Stops delivering without finishing (the learner replied first). */
  cancel(): void;
  readonly finished: boolean;
}

export interface DeliveryRequest {
  readonly el: HTMLElement;
  readonly text: string;
  readonly lang: string;
  /** Characters per second; 0 delivers at once. */
  readonly speed: number;
  readonly scheduler: Scheduler;
  /**
   * The conversation's clock (stopped while paused). Spoken lines keep pace with it: on a busy
   * machine, where ticks come late, each tick reveals what is due by then rather than a fixed share.
   */
  readonly now?: () => number;
  readonly onDone: () => void;
  /** Shown while the customer is typing (chat only). */
  readonly typingIndicator?: HTMLElement;
}

export type DeliveryStyle = 'spoken' | 'typed' | 'written';

export function deliveryStyle(channel: Channel): DeliveryStyle {
  if (channel === 'chat') return 'typed';
  if (channel === 'email') return 'written';
  return 'spoken';
}

/** Splits text into graphemes or sentences, keeping every character (joined they give `text`). */
export function segments(text: string, lang: string, granularity: 'grapheme' | 'sentence'): string[] {
  return Array.from(segmenter(lang, { granularity }).segment(text), (s) => s.segment);
}
