/**
 * Which sound follows which moment of the game. Pure, so the mapping is tested without a browser;
 * the audio director plays what it answers.
 */
import type { Channel, Ending, RunnerEvent } from '../engine/index.ts';

export type SoundName =
  | 'phone-ring'
  | 'phone-pickup'
  | 'phone-hangup'
  | 'hold-music'
  | 'chat-ping'
  | 'chat-typing'
  | 'email-arrive'
  | 'shop-door'
  | 'shop-murmur'
  | 'ui-click'
  | 'ui-confirm'
  | 'mood-up'
  | 'mood-down'
  | 'ending-resolved'
  | 'ending-escalated'
  | 'ending-lost'
  | 'ending-ended'
  | 'ambient-phone'
  | 'ambient-email'
  | 'ambient-chat';

export type Category = 'effects' | 'ambience';

/** The bed that plays under a conversation on each channel. */
export const AMBIENCE: Record<Channel, SoundName> = {
  phone: 'ambient-phone',
  email: 'ambient-email',
  chat: 'ambient-chat',
  'in-person': 'shop-murmur',
};

/** What plays when the contact begins. */
export const OPENING: Record<Channel, SoundName | undefined> = {
  phone: 'phone-pickup',
  email: 'email-arrive',
  chat: 'chat-ping',
  'in-person': 'shop-door',
};

const ENDING_SOUND: Record<Ending, SoundName> = {
  resolved: 'ending-resolved',
  escalated: 'ending-escalated',
  lost: 'ending-lost',
  ended: 'ending-ended',
};

/** A mood change smaller than this is not worth a sound. */
export const MOOD_CUE_THRESHOLD = 5;

/** The one-shot sounds for a runner event on a channel (possibly none). */
export function cuesFor(event: RunnerEvent, channel: Channel): SoundName[] {
  switch (event.type) {
    case 'shown':
      // Chat typing is a loop the director starts and stops itself.
      return channel === 'email' ? ['email-arrive'] : [];
    case 'delivered':
      return channel === 'chat' ? ['chat-ping'] : [];
    case 'reply':
      return ['ui-click'];
    case 'mood': {
      const delta = event.to - event.from;
      if (delta >= MOOD_CUE_THRESHOLD) return ['mood-up'];
      if (delta <= -MOOD_CUE_THRESHOLD) return ['mood-down'];
      return [];
    }
    case 'ended':
      return channel === 'phone' ? ['phone-hangup', ENDING_SOUND[event.result.ending]] : [ENDING_SOUND[event.result.ending]];
    // A new line is heard when it is shown, after the beat; the timer running out is the customer's line.
    case 'line':
    case 'expired':
      return [];
  }
}
