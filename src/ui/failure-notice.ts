/**
 * The one visible notice for something that went wrong outside a screen's own flow: a part of the
 * game that did not load, a link that could not open, an attempt that could not be saved. It
 * replaces any earlier one, so a failure reported twice (the browser's event and the rejected
 * promise) shows once, and offers what can be done: try again, export, or close it.
 */
import type { I18n } from '../i18n/create-i18n.ts';
import { button, h } from './dom.ts';

export interface FailureNotice {
  readonly text: string;
  readonly retry?: () => void;
  readonly exportNow?: () => void;
}

/** Shows `notice` at the top of `host`, in place of an earlier one. */
export function showFailureNotice(host: HTMLElement, i18n: I18n, notice: FailureNotice): void {
  host.querySelector('[data-testid=failure]')?.remove();
  const t = i18n.t.bind(i18n);
  const done = (then?: () => void) => () => {
    el.remove();
    then?.();
  };
  const actions = [
    notice.retry && button({ class: 'primary small', 'data-testid': 'failure-retry' }, done(notice.retry), t('failure.retry')),
    notice.exportNow && button({ class: 'secondary small', 'data-testid': 'failure-export' }, notice.exportNow, t('progress.exportNow')),
    button({ class: 'secondary small', 'data-testid': 'failure-close' }, done(), t('failure.close')),
  ];
  const el = h('div', { class: 'notice storage-notice', role: 'alert', 'data-testid': 'failure' }, h('p', {}, notice.text), ...actions);
  host.prepend(el);
}
