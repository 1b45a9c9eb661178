/**
 * What the learner is told about the LMS or the learning record store: one notice at the top of
 * the game, replaced by the latest news (an alert for a problem, a status otherwise). Everything
 * said is logged too, with the LMS's own words, for whoever supports the learner.
 */
import type { Logger } from '../engine/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { h } from '../ui/dom.ts';

export type NoticeKind = 'none' | 'notStarted' | 'notSaved' | 'refused' | 'browse' | 'lrsRefused';

export interface Notices {
  /** Says `kind` (with `why`, the platform's own words), now or once the game is on screen. */
  tell(kind: NoticeKind, why?: string): void;
  /** Shows what was told so far, and everything told from now on, in `host`. */
  attach(i18n: I18n, host: HTMLElement): void;
}

const PROBLEMS: readonly NoticeKind[] = ['notStarted', 'notSaved', 'refused', 'lrsRefused'];

export function createNotices(logger: Logger): Notices {
  let last: { kind: NoticeKind; why: string } | undefined;
  let show: (() => void) | undefined;
  return {
    tell(kind, why = '') {
      if (PROBLEMS.includes(kind)) logger.warn(`LMS: ${kind}${why ? `: ${why}` : ''}`);
      last = { kind, why };
      show?.();
    },
    attach(i18n, host) {
      let el: HTMLElement | undefined;
      show = () => {
        if (!last) return;
        const problem = PROBLEMS.includes(last.kind);
        const next = h(
          'div',
          { class: 'notice lms-notice', role: problem ? 'alert' : 'status', 'data-testid': 'lms-notice', 'data-kind': last.kind },
          h('p', {}, i18n.t(`lms.${last.kind}`, { why: last.why })),
        );
        if (el) el.replaceWith(next);
        else host.prepend(next);
        el = next;
      };
      show();
    },
  };
}
