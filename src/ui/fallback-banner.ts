/**
 * The banner that says progress cannot be kept on this device, and why, with "Export now". The
 * export answers at once: the banner is busy (`aria-busy`) and says it is preparing the file,
 * then says what the file holds, plainly when the attempts stored earlier could not be included.
 */
import type { I18n } from '../i18n/create-i18n.ts';
import { button, h } from './dom.ts';

export interface FallbackBanner {
  /** Why progress is kept in memory, in the learner's language (one clause). */
  readonly why: string;
  /** Saves the backup; resolves with the sentence saying what it holds. */
  readonly exportNow: () => Promise<string | undefined>;
  /** Told when the export failed (the banner then says nothing more about it). */
  readonly onFailure: (error: unknown) => void;
}

/** Shows the banner at the top of `host`. */
export function showFallbackBanner(host: HTMLElement, i18n: I18n, banner: FallbackBanner): HTMLElement {
  const t = i18n.t.bind(i18n);
  const status = h('p', { role: 'status', 'data-testid': 'fallback-status' });
  let busy = false;
  const exportNow = async () => {
    // A second press while the first is under way would only download the same file twice.
    if (busy) return;
    busy = true;
    el.setAttribute('aria-busy', 'true');
    status.textContent = t('progress.exporting');
    try {
      status.textContent = (await banner.exportNow()) ?? '';
    } catch (e) {
      status.textContent = '';
      throw e;
    } finally {
      busy = false;
      el.setAttribute('aria-busy', 'false');
    }
  };
  const el = h(
    'div',
    { class: 'notice storage-notice', role: 'alert', 'data-testid': 'storage-fallback', 'aria-busy': 'false' },
    h('p', {}, t('progress.fallback', { why: banner.why })),
    button(
      { class: 'primary small', 'data-testid': 'fallback-export' },
      () => {
        exportNow().catch(banner.onFailure);
      },
      t('progress.exportNow'),
    ),
    status,
  );
  host.prepend(el);
  return el;
}
