/**
 * The customer's mood as an accessible meter: a bar, a word for the band, and the number.
 */
import type { I18n } from '../i18n/create-i18n.ts';
import { moodBand } from '../engine/index.ts';
import { h } from './dom.ts';

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
    {
      class: 'mood-meter',
      role: 'meter',
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-label': i18n.t('conversation.mood'),
      'data-testid': 'mood',
    },
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
