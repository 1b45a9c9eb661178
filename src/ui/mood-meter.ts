/**
 * The customer's mood as an accessible meter: a bar, a word for the band, and the number.
 */
import type { I18n } from '../i18n/create-i18n.ts';
import { h } from './dom.ts';

export type MoodBand = 'calm' | 'uneasy' | 'annoyed' | 'angry' | 'furious';

/** The word band a mood falls in (0 calm … 100 furious). */
export function moodBand(mood: number): MoodBand {
  if (mood < 20) return 'calm';
  if (mood < 40) return 'uneasy';
  if (mood < 60) return 'annoyed';
  if (mood < 80) return 'angry';
  return 'furious';
}

export interface MoodMeter {
  readonly element: HTMLElement;
  set(mood: number): void;
}

export function createMoodMeter(i18n: I18n, mood: number): MoodMeter {
  const fill = h('span', { class: 'mood-fill' });
  const word = h('span', { class: 'mood-word', 'data-testid': 'mood-word' });
  const bar = h('span', { class: 'mood-bar', 'aria-hidden': 'true' }, fill);
  const element = h(
    'div',
    { class: 'mood-meter', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-label': i18n.t('conversation.mood'), 'data-testid': 'mood' },
    h('span', { class: 'mood-label', 'aria-hidden': 'true' }, i18n.t('conversation.mood')),
    bar,
    word,
  );
  const set = (m: number) => {
    const band = moodBand(m);
    const label = i18n.t(`mood.${band}`);
    element.setAttribute('aria-valuenow', String(m));
    element.setAttribute('aria-valuetext', `${label} (${m})`);
    element.dataset['band'] = band;
    element.dataset['mood'] = String(m);
    fill.style.transform = `scaleX(${m / 100})`;
    word.textContent = label;
  };
  set(mood);
  return { element, set };
}
