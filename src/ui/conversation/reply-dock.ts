/**
 * Where the replies are offered: pinned below the transcript, never below the fold. When the
 * replies are taller than the room the latest line leaves (a phone), the dock scrolls by itself
 * and says that there is more below; each new set of replies starts at its top.
 */
import type { I18n } from '../../i18n/create-i18n.ts';
import { h } from '../dom.ts';

export interface ReplyDock {
  readonly element: HTMLElement;
  dispose(): void;
}

export function createReplyDock(i18n: I18n, head: HTMLElement, choices: HTMLElement): ReplyDock {
  // A pointer on it scrolls on rather than landing on the half-hidden reply under it. Keyboard
  // and screen-reader users reach every reply anyway, so it is hidden from them.
  const more = h(
    'div',
    { class: 'more-replies', 'aria-hidden': 'true', 'data-testid': 'more-replies' },
    i18n.t('conversation.moreReplies'),
  );
  const element = h('div', { class: 'reply-dock', 'data-testid': 'reply-dock' }, head, choices, more);
  const update = () => {
    element.dataset['more'] = String(element.scrollTop + element.clientHeight < element.scrollHeight - 1);
  };
  more.addEventListener('click', () => element.scrollBy({ top: element.clientHeight * 0.75 }));
  element.addEventListener('scroll', update, { passive: true });
  const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
  resized?.observe(element);
  resized?.observe(choices);
  // Scrolling and measuring lay the page out: done in the next frame, where the layout is due
  // anyway, rather than inside the reply's click (the observer measures after that layout too).
  let frame = 0;
  const restart = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      element.scrollTop = 0;
      update();
    });
  };
  const replaced = new MutationObserver(restart);
  replaced.observe(choices, { childList: true });
  restart();
  return {
    element,
    dispose() {
      cancelAnimationFrame(frame);
      resized?.disconnect();
      replaced.disconnect();
    },
  };
}
