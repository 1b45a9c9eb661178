/**
 * Where the customer is: the box the stage (the Phaser canvas) is put into, and a plate under it
 * with the customer's name and what the screen says about them (the mood meter in a conversation,
 * how they got in touch on the brief). The brief and the conversation lay it out the same way, so
 * the stage keeps its size when the conversation starts.
 */
import type { Language, Scenario } from '../engine/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { h } from './dom.ts';
import { scenarioText } from './scenario-text.ts';

/** Marks the element the stage's box is moved into while the screen shows. */
export const STAGE_SLOT = 'data-stage-slot';

export function customerPane(i18n: I18n, scenario: Scenario, lang: Language, about: HTMLElement): HTMLElement {
  const slot = h('div', { class: 'stage-slot', [STAGE_SLOT]: true });
  const name = scenarioText(i18n, scenario, scenario.customer.name, lang, 'p', { class: 'customer-name' });
  return h('div', { class: 'customer-pane' }, slot, h('div', { class: 'customer-plate' }, name, about));
}
