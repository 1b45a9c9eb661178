/**
 * The conversation log, drawn the way each channel looks: call captions on the phone, letters in
 * an inbox, bubbles in a chat, speech and body language at the counter. The log is a live region;
 * only the customer's current line carries `data-testid="customer-line"`.
 */
import { localize, type Choice, type DecisionNode, type Scenario } from '../../engine/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { h } from '../dom.ts';
import { scenarioText } from '../scenario-text.ts';
import { followTranscript } from './transcript-scroll.ts';

export interface ChannelView {
  readonly element: HTMLElement;
  /** Shown while the customer types (chat). */
  readonly typing: HTMLElement;
  /** Adds the customer's next line; returns the element to deliver the words into. */
  addLine(node: DecisionNode | { customer: DecisionNode['customer']; narration?: DecisionNode['narration'] }): HTMLElement;
  /** Adds the learner's reply. */
  addReply(choice: Choice): void;
  /** Adds a short status line ("On hold", "Hello? Are you still there?"). */
  addStatus(text: string): void;
  /** Stops following the end of the exchange (the screen is leaving). */
  dispose(): void;
}

export function createChannelView(i18n: I18n, scenario: Scenario, lang: Parameters<typeof localize>[1]): ChannelView {
  const channel = scenario.channel;
  // Focusable, so keyboard users can scroll back through a long exchange.
  const log = h('ol', {
    class: `log log-${channel}`,
    tabindex: 0,
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'data-testid': 'log',
    'aria-label': i18n.t(`conversation.log.${channel}`),
  });
  const typing = h(
    'p',
    { class: 'typing', hidden: true, 'data-testid': 'typing' },
    h('span', { class: 'dots', 'aria-hidden': 'true' }),
    ' ',
    i18n.t('conversation.typing', { name: localize(scenario.customer.name, lang, scenario.source).text }),
  );
  const name = () => scenarioText(i18n, scenario, scenario.customer.name, lang, 'span', { class: 'who' });
  // A written reply is composed paragraph by paragraph into one draft, below the letters. It is
  // folded, so however long it grows the latest letter keeps its place above the replies.
  const draft = h('div', { class: 'draft', 'data-testid': 'draft' });
  const draftCount = h('span', { class: 'draft-count' });
  const draftBox = h(
    'details',
    { class: 'draft-box', hidden: true, 'data-testid': 'draft-box' },
    h('summary', { class: 'letter-head' }, i18n.t('conversation.yourDraft'), ' ', draftCount),
    draft,
  );
  // The one region of the conversation that scrolls: the exchange, the typing, the draft.
  const transcript = h(
    'div',
    { class: `channel-view transcript channel-${channel}`, 'data-testid': 'transcript' },
    log,
    typing,
    channel === 'email' ? draftBox : null,
  );
  const scroll = followTranscript(transcript, [log, typing, draftBox], () =>
    log.querySelector('[data-testid="customer-line"]')?.closest('li'),
  );
  return {
    element: transcript,
    typing,
    addLine(node) {
      log.querySelector('[data-testid="customer-line"]')?.removeAttribute('data-testid');
      // data-node names the line's node, so a tool can tell a new line from the one before it.
      const line = h('p', {
        class: 'customer-line',
        'data-testid': 'customer-line',
        'aria-busy': 'true',
        'data-node': 'id' in node ? node.id : undefined,
      });
      const narration = node.narration
        ? scenarioText(i18n, scenario, node.narration, lang, 'em', { class: 'narration', 'data-testid': 'narration' })
        : null;
      // A letter is the customer's own words: what happens around it is told just above it.
      if (channel === 'email' && narration) log.append(h('li', { class: 'entry status' }, narration));
      const item =
        channel === 'email'
          ? h(
              'li',
              { class: 'entry customer letter' },
              h(
                'p',
                { class: 'letter-head' },
                i18n.t('conversation.from'),
                ' ',
                name(),
                ' · ',
                i18n.t('conversation.subject'),
                ' ',
                scenarioText(i18n, scenario, scenario.title, lang),
              ),
              line,
            )
          : h('li', { class: 'entry customer' }, narration, h('p', { class: 'speaker' }, name()), line);
      log.append(item);
      scroll.stick();
      return line;
    },
    addReply(choice) {
      const text = scenarioText(i18n, scenario, choice.text, lang, 'span', { class: 'reply-text' });
      // "(Let him finish.)" is something you do, not something you write into the reply.
      if (channel === 'email' && !isAction(text.textContent ?? '')) {
        draftBox.hidden = false;
        draft.append(h('p', {}, text));
        draftCount.textContent = i18n.t('conversation.draftParagraphs', { count: draft.childElementCount });
      } else {
        log.append(h('li', { class: 'entry you' }, h('p', { class: 'speaker you' }, i18n.t('conversation.you')), h('p', {}, text)));
      }
      scroll.stick();
    },
    addStatus(text) {
      log.append(h('li', { class: 'entry status', 'data-testid': 'status' }, text));
      scroll.stick();
    },
    dispose: () => scroll.dispose(),
  };
}

/** A reply written in parentheses is an action, not words. */
export function isAction(text: string): boolean {
  return /^\s*[(（].*[)）]\s*$/s.test(text);
}
