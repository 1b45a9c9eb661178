/**
 * Offline play: registers the service worker (src/sw/sw.ts) once the first screen and the stage
 * are up, so its download of the whole game never competes with them. Marks the page
 * `data-offline="ready"` once a worker holds the game. A new version found in the background
 * waits for the next visit (the browser switches only when no page of the old one is open);
 * the learner is told so, but never in the middle of a conversation.
 */
import type { I18n } from '../i18n/create-i18n.ts';
import { h } from '../ui/dom.ts';

export interface OfflineDeps {
  /** Where the worker is served from (Vite's base URL). */
  readonly base: string;
  /** The element whose `data-offline` marks the game as playable offline. */
  readonly root: HTMLElement;
  /** Where the update notice goes. */
  readonly host: HTMLElement;
  readonly i18n: I18n;
}

/** What the learner is looking at, as far as the notice cares. */
export type Screen = 'menu' | 'brief' | 'play' | 'debrief';

/** Tells the offline module which screen shows; the notice waits while a conversation is on. */
export interface OfflineLink {
  screen(kind: Screen): void;
}

export function offlineSupport(deps: OfflineDeps): OfflineLink & { register(): Promise<void> } {
  let current: Screen = 'menu';
  let updateReady = false;
  const showNotice = () => {
    if (!updateReady || current === 'play' || deps.host.querySelector('[data-testid=update-ready]')) return;
    deps.host.prepend(
      h('div', { class: 'update-notice', role: 'status', 'data-testid': 'update-ready' }, h('p', {}, deps.i18n.t('update.ready'))),
    );
  };
  return {
    screen(kind) {
      current = kind;
      showNotice();
    },
    async register() {
      if (!('serviceWorker' in navigator)) return;
      const { Workbox } = await import('workbox-window');
      const wb = new Workbox(`${deps.base}sw.js`, { scope: deps.base });
      // Also fires for a version that was already waiting when this page loaded.
      wb.addEventListener('waiting', () => {
        updateReady = true;
        showNotice();
      });
      await wb.register();
      await navigator.serviceWorker.ready;
      deps.root.dataset['offline'] = 'ready';
    },
  };
}
