/**
 * The composition root: the one place that builds the clock, randomness, storage, i18n, the
 * scenario catalog and the stage, and wires them into the app. Nothing else creates these.
 */
import '../ui/styles.css';
import { config as zodConfig } from 'zod/v4/core';
import { entries, loadScenario } from 'virtual:scenario-catalog';
import type { Clock, Logger, Random, Scenario } from '../engine/index.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { pickLanguage } from '../i18n/negotiate.ts';
import { AudioDirector } from '../audio/audio-director.ts';
import { warmAudioOutput } from '../audio/warm-output.ts';
import { App } from './app.ts';
import { ProgressKeeper } from './progress-keeper.ts';
import { h, button } from '../ui/dom.ts';
import { fallbackText } from '../ui/progress/refusal-text.ts';
import type { StorageFallback } from '../engine/progress/index.ts';
import type { Catalog, CatalogEntry } from './catalog.ts';
import { browserKeyValueStore, browserScheduler, servedAsset } from './ports.ts';
import { loadSettings, prefersReducedMotion, type Settings } from './settings.ts';
import { offlineSupport } from './offline.ts';

// The validators (progress records, a trainer's file) must not compile code at run time: the
// game's Content-Security-Policy forbids eval, and even zod's probe for it is reported.
zodConfig({ jitless: true });

/** Runs `fn` when the browser is idle (or soon, where it cannot tell). */
function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => fn(), { timeout: 2000 });
  else setTimeout(fn, 200);
}

async function main(): Promise<void> {
  const ui = document.getElementById('ui')!;
  const stageFrame = document.getElementById('stage')!;
  const stageCanvas = document.getElementById('stage-canvas')!;
  const store = browserKeyValueStore();
  let settings = loadSettings(store);
  const query = new URLSearchParams(location.search);
  const lang = pickLanguage({ url: query.get('lang'), saved: settings.lang ?? null, browser: navigator.languages });
  // A deep link's scenario downloads while the words load, not after (the route asks for it again).
  const wanted = query.get('scenario');
  if (wanted && entries.some((e) => e.id === wanted && e.playable)) void loadScenario(wanted).catch(() => undefined);
  const i18n = await createI18n(lang);
  const clock: Clock = { now: () => Date.now() };
  const random: Random = { next: () => Math.random() };
  const logger: Logger = { warn: (m, d) => console.warn(m, d), error: (m, d) => console.error(m, d) };
  // Under `npm start` the list changes while the game runs (a trainer saved a file).
  let library = entries;
  const catalog: Catalog = {
    get entries() {
      return library;
    },
    load: (id: string): Promise<Scenario> => loadScenario(id),
  };
  const root = document.documentElement;
  const audio = new AudioDirector(
    async () => (await import('../audio/howler-audio.ts')).createHowlerAudio(import.meta.env.BASE_URL, settings.volumes),
    settings.volumes,
    (state, last) => {
      root.dataset['audio'] = state;
      if (last) root.dataset['lastSound'] = last;
    },
    (state) => (root.dataset['voice'] = state),
  );
  // Browsers allow sound only after a gesture; load it then, so nothing is fetched or unlocked
  // before. Activation sticks, so howler's context is made once the browser is idle rather than
  // inside the click, where its start-up would delay the click's own work. The gesture itself first
  // starts the audio output (see warm-output.ts): a pointer press before its click; a key press
  // (not Esc, which browsers do not count as a gesture) delays its own click a little instead of
  // letting that cost stutter the conversation it may start.
  const gestures = ['pointerdown', 'keydown'] as const;
  const unlock = (e: Event) => {
    for (const type of gestures) window.removeEventListener(type, unlock, { capture: true });
    if (e.type === 'pointerdown' || (e as KeyboardEvent).key !== 'Escape') warmAudioOutput(settings.volumes.muted);
    audio.unlock(whenIdle);
  };
  for (const type of gestures) window.addEventListener(type, unlock, { capture: true });
  const systemMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const reducedMotion = () => prefersReducedMotion(settings, systemMotion.matches);
  const applySettings = (next: Settings) => {
    settings = next;
    audio.setVolumes(next.volumes);
    document.documentElement.classList.toggle('reduce-motion', reducedMotion());
    document.documentElement.classList.toggle('full-motion', next.motion === 'full');
  };
  applySettings(settings);
  systemMotion.addEventListener('change', () => applySettings(settings));
  let persisted = false;
  const keeper = new ProgressKeeper({
    open: async (onFallback) => (await import('../adapters/idb-progress-store.ts')).openProgressStore({ onFallback }),
    kv: store,
    newId: () => crypto.randomUUID(),
    now: () => clock.now(),
    defaultName: i18n.t('progress.defaultName'),
    onFallback: (reason) => showFallback(reason),
    onRecorded: () => {
      // Ask once, after there is something worth keeping, that the browser not evict it.
      if (persisted) return;
      persisted = true;
      void import('../adapters/persistence.ts').then((m) => m.requestPersistence());
    },
  });
  // Progress that cannot be stored is said plainly, with the way to keep it: export.
  const showFallback = (reason: StorageFallback) => {
    // The English sentence, with the browser's own error, is for whoever supports the learner.
    logger.warn(reason.message);
    const why = fallbackText(i18n, reason);
    const exportNow = button({ class: 'primary small', 'data-testid': 'fallback-export' }, () => void app.exportBackup(), i18n.t('progress.exportNow'));
    document.getElementById('app')?.prepend(h('div', { class: 'notice storage-notice', role: 'alert', 'data-testid': 'storage-fallback' }, h('p', {}, i18n.t('progress.fallback', { why })), exportNow));
  };
  window.addEventListener('beforeunload', (e) => {
    // Attempts kept only in memory are lost on leaving: let the browser ask first.
    if (keeper.unsavedAttempts > 0) e.preventDefault();
  });
  const offline = offlineSupport({ base: import.meta.env.BASE_URL, root, host: document.getElementById('app')!, i18n });
  const here = () => ({ search: location.search, hash: location.hash });
  let shown = here();
  const app = new App({
    ui,
    catalog,
    i18n,
    lang,
    clock,
    random,
    scheduler: browserScheduler,
    store,
    settings,
    logger,
    loadStage: async () => (await import('../stage/phaser-stage.ts')).createPhaserStage({ frame: stageFrame, parent: stageCanvas, reducedMotion, base: import.meta.env.BASE_URL }),
    navigate: (url, mode) => {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      shown = here();
    },
    onSettings: applySettings,
    progress: keeper,
    xapiBase: new URL(import.meta.env.BASE_URL, location.origin).href,
    onView: (kind, scenario, runner) => {
      audio.onView(kind, scenario, runner);
      offline.screen(kind);
    },
    onPause: (paused) => audio.setPaused(paused),
    assetExists: (path) => servedAsset(new URL(path.replace(/^\/+/, ''), new URL(import.meta.env.BASE_URL, location.href))),
    voice: (url) => audio.voice(url),
  });
  // While a trainer edits scenarios under `npm start`, a saved file updates the game in place:
  // the menu, a brief or the file's map is drawn again from the new list, where the trainer was;
  // a conversation goes on, saying that its file changed.
  import.meta.hot?.on('hot-seat:scenarios', (update: { entries: readonly CatalogEntry[] }) => {
    library = update.entries;
    void app.libraryChanged();
  });
  // A jump within the page (the scenario map's links to nodes) changes only the hash: the view
  // stays as it is, with the trainer's choices and place, rather than being drawn again.
  window.addEventListener('popstate', () => {
    const hashOnly = location.search === shown.search && location.hash !== shown.hash;
    shown = here();
    if (!hashOnly) void app.route(new URLSearchParams(location.search));
  });
  await app.route(query);
  document.body.dataset['ready'] = 'true';
  // Progress loads after the first screen is up; nothing waits for it.
  void keeper.start().then(() => (document.body.dataset['progress'] = 'ready'));
  // Start the stage (Phaser) while the learner reads the menu or the brief, so its cost never
  // lands in a conversation.
  // Then, in a built game, the service worker, whose download of everything waits for the stage.
  whenIdle(() => {
    const warm = app.warmStage().catch(() => undefined);
    if (import.meta.env.PROD) void warm.then(() => offline.register()).catch((e: unknown) => logger.warn('offline play unavailable', e));
  });
}

void main();
