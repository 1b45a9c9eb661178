/**
 * The composition root: the one place that builds the clock, randomness, storage, i18n, the
 * scenario catalog and the stage, and wires them into the app. Nothing else creates these.
 */
import { firstPaint } from './first-paint.ts';
import '../ui/styles.css';
import { entries, loadScenario, loadWords } from 'virtual:scenario-catalog';
import type { Clock, Logger, Random, Scenario, Words } from '../engine/index.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { pickLanguage } from '../i18n/negotiate.ts';
import { AudioDirector } from '../audio/audio-director.ts';
import { startAudioOutput, warmAudioOutput } from '../audio/warm-output.ts';
import { intlWarmers } from '../ui/intl-cache.ts';
import { warmIntlOffThread } from '../ui/intl-warm.ts';
import { App } from './app.ts';
import { KeptFailureError, retryingBy } from './fresh-import.ts';
import { nextTask } from './next-task.ts';
import { ProgressKeeper } from './progress-keeper.ts';
import { lazyShelf } from '../adapters/file-shelf.ts';
import { launchKind, launchLms } from './lms-link.ts';
import { h } from '../ui/dom.ts';
import { showFailureNotice } from '../ui/failure-notice.ts';
import { showFallbackBanner } from '../ui/fallback-banner.ts';
import { fallbackText } from '../ui/progress/refusal-text.ts';
import { chunkFailureText, Failures, reasonOf } from './failures.ts';
import type { StorageFallback } from '../engine/progress/index.ts';
import { createCatalog } from './catalog.ts';
import type { CatalogEntry } from '../engine/index.ts';
import { browserKeyValueStore, browserPause, browserScheduler, servedAsset } from './ports.ts';
import { loadSettings } from './settings.ts';
import { offlineSupport } from './offline.ts';
import { stageCodeFetcher } from './stage-code.ts';
import { prefersReducedMotion, type Settings } from '../engine/index.ts';

/** Whether the page's first response preloaded a scenario's code (a deep link, build/deep-link-preload.ts). */
function hasPreload(): boolean {
  return document.querySelector('link[rel=modulepreload][data-deep-link]') !== null;
}

/** Runs `fn` when the browser is idle (or soon, where it cannot tell). */
function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => fn(), { timeout: 2000 });
  else setTimeout(fn, 200);
}

async function main(): Promise<void> {
  // The audio output starts off the page's thread while the page loads (warm-output.ts).
  const outputStarted = startAudioOutput();
  const ui = document.getElementById('ui')!;
  const stageFrame = document.getElementById('stage')!;
  const stageCanvas = document.getElementById('stage-canvas')!;
  const store = browserKeyValueStore();
  let settings = loadSettings(store);
  const query = new URLSearchParams(location.search);
  // The address the page was opened with: the menu replaces it if that link cannot open.
  const linked = location.href;
  // A deep link's scenario downloads while the words load, not after (the route asks for it again).
  const wanted = query.get('scenario');
  if (wanted && entries.some((e) => e.id === wanted && e.playable)) loadScenario(wanted).catch(() => undefined); // the route loads it again and says why
  const clock: Clock = { now: () => Date.now() };
  const random: Random = { next: () => Math.random() };
  const logger: Logger = { warn: (m, d) => console.warn(m, d), error: (m, d) => console.error(m, d) };
  const xapiBase = new URL(import.meta.env.BASE_URL, location.origin + location.pathname).href;
  // Launched by an LMS, or with a learning record store to report to: only then is that code loaded.
  const kind = launchKind(query);
  const lms = kind ? await launchLms(kind, query, { logger, now: clock.now, win: window, xapiBase }) : undefined;
  if (lms?.muted !== undefined) settings = { ...settings, volumes: { ...settings.volumes, muted: lms.muted } };
  const lang = pickLanguage({ url: query.get('lang') ?? lms?.lang ?? null, saved: settings.lang ?? null, browser: navigator.languages });
  // ICU starts on a thread of its own while the words and the first screen load (intl-warm.ts).
  const intlWarm = warmIntlOffThread(lang);
  const i18n = await createI18n(lang);
  const notices = document.getElementById('app') ?? document.body;
  const failures = new Failures({
    logger,
    i18n,
    reload: () => location.reload(),
    show: (n) =>
      showFailureNotice(notices, i18n, {
        ...n,
        ...(n.retry ? {} : { exportNow: () => failures.run(() => app.exportBackup(), 'export progress') }),
      }),
  });
  // A promise nobody handled, or an exception nobody caught, is a bug: logged and said.
  window.addEventListener('unhandledrejection', (e) => failures.unhandled(e.reason));
  window.addEventListener('error', (e) => failures.unhandled(e.error ?? e.message));
  // A code-split chunk that did not arrive (a dropped connection, a redeploy). Every load has an
  // owner that says what could not be done, with a Retry of its own (fresh-import.ts), when the
  // learner needs it: a chunk fetched early (the conversation's, while a brief is read) is said
  // only if Start is pressed. So it is logged here, never said twice or with a reload mid-brief.
  window.addEventListener('vite:preloadError', (e) => {
    logger.warn('A part of the game could not be loaded.', (e as Event & { payload?: unknown }).payload);
  });
  // Under `npm start` the list changes while the game runs (a trainer saved a file).
  let library = lms ? lms.entries(entries) : entries;
  // A scenario's chunk that did not arrive is asked for at a fresh address by Retry (fresh-import.ts).
  const defaultOf = <T>(module: unknown) => (module as { default: T }).default;
  const scenarioChunk = retryingBy(loadScenario, { pick: defaultOf<Scenario> });
  const wordsChunk = retryingBy(loadWords, { pick: defaultOf<Words | undefined> });
  const catalog = createCatalog({
    entries: () => library,
    scenario: (id) => lms?.load(id) ?? scenarioChunk(id),
    words: (id, lang) => wordsChunk(id, lang),
  });
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
  // inside the click, where its start-up would delay the click's own work. Every context waits
  // until the audio output has started (warm-output.ts): made sooner, one holds the page for as
  // long as the start takes. The throwaway context then warms what is left, while the learner
  // reads the first screen, or, for one who is quicker than that, in the task after the gesture:
  // a pointer press; a key press (not Esc, which browsers do not count as a gesture).
  let warming: Promise<void> | undefined;
  const warmOutput = (): void => {
    warming ??= outputStarted
      .then(() => warmAudioOutput())
      .catch((e: unknown) => logger.warn('The audio output could not be started ahead.', e));
  };
  const gestures = ['pointerdown', 'keydown'] as const;
  const unlock = (e: Event) => {
    for (const type of gestures) window.removeEventListener(type, unlock, { capture: true });
    // In a task of its own: a press and its click can arrive in one task, which the throwaway
    // context's start-up (12–18 ms) would make long.
    if (e.type === 'pointerdown' || (e as KeyboardEvent).key !== 'Escape') nextTask(warmOutput);
    audio.unlock((go) => {
      outputStarted.then(() => whenIdle(go)).catch((e: unknown) => logger.warn('Sound could not be loaded.', e));
    });
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
  let recorded = 0;
  const keeper = new ProgressKeeper({
    open: async (onFallback) =>
      (await import('../adapters/idb-progress-store.ts')).openProgressStore({
        onFallback,
        pause: browserPause,
        after: browserScheduler.after,
      }),
    kv: store,
    newId: () => crypto.randomUUID(),
    now: () => clock.now(),
    defaultName: i18n.t('progress.defaultName'),
    onFallback: (reason) => showFallback(reason),
    onUnsaved: (what, error) => {
      if (what === 'draft') return logger.warn('The unfinished conversation could not be saved.', error);
      logger.error('A finished attempt could not be saved; it is kept in memory.', error);
      const exportNow = () => failures.run(() => app.exportBackup(), 'export progress');
      showFailureNotice(notices, i18n, { text: i18n.t('failure.attemptKept', { why: reasonOf(error) }), exportNow });
    },
    // A mark tests and tools can wait on: the unfinished conversation is saved up to here.
    onDraftSaved: (replies) => (document.body.dataset['draftReplies'] = String(replies)),
    onRecorded: () => {
      // A mark tests and tools can wait on: this many finished attempts are stored from this page.
      document.body.dataset['recordedAttempts'] = String(++recorded);
      // Ask once, after there is something worth keeping, that the browser not evict it.
      if (persisted) return;
      persisted = true;
      import('../adapters/persistence.ts').then(
        (m) => m.requestPersistence(),
        (e: unknown) => logger.warn('Could not ask the browser to keep progress.', e),
      );
    },
  });
  // Progress that cannot be stored is said plainly, with the way to keep it: export.
  const showFallback = (reason: StorageFallback) => {
    // The English sentence, with the browser's own error, is for whoever supports the learner.
    logger.warn(reason.message);
    const why = fallbackText(i18n, reason);
    const host = document.getElementById('app');
    if (host)
      showFallbackBanner(host, i18n, {
        why,
        exportNow: () => app.exportBackup(),
        onFailure: (e) => failures.failed(e, 'export progress'),
      });
  };
  window.addEventListener('beforeunload', (e) => {
    // Attempts kept only in memory are lost on leaving: let the browser ask first.
    if (keeper.unsavedAttempts > 0) e.preventDefault();
  });
  const offline = offlineSupport({ base: import.meta.env.BASE_URL, root, host: document.getElementById('app')!, i18n });
  const here = () => ({ search: location.search, hash: location.hash });
  let shown = here();
  const fetchStageCode = stageCodeFetcher(document);
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
    failures,
    // Phaser is the largest download by far: on a slow connection, asked for beside the first
    // screen's code, it would hold back that screen's paint.
    loadStage: async () =>
      (await firstPaint().then(() => import('../stage/phaser-stage.ts'))).createPhaserStage({
        frame: stageFrame,
        parent: stageCanvas,
        reducedMotion,
        base: import.meta.env.BASE_URL,
      }),
    ...(fetchStageCode ? { fetchStageCode } : {}),
    stageFrame,
    navigate: (to, mode) => {
      const url = to + (lms?.keep ?? '');
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      shown = here();
    },
    onSettings: applySettings,
    progress: keeper,
    painted: () => firstPaint(),
    xapiBase,
    onView: (kind, scenario, runner) => {
      audio.onView(kind, scenario, runner);
      offline.screen(kind);
      // The debrief's code and what the first save needs, once the page has a moment: a conversation
      // started at once from its brief asks again when the page is idle, not beside its first drawing.
      if ((kind === 'brief' || kind === 'play') && scenario) whenIdle(() => app.prepare(scenario, whenIdle));
    },
    onPause: (paused) => audio.setPaused(paused),
    assetExists: (path) => servedAsset(new URL(path.replace(/^\/+/, ''), new URL(import.meta.env.BASE_URL, location.href))),
    voice: (url) => audio.voice(url),
    files: lazyShelf(async () => (await import('../adapters/idb-files.ts')).openFileShelf()),
  });
  // While a trainer edits scenarios under `npm start`, a saved file updates the game in place:
  // the menu, a brief or the file's map is drawn again from the new list, where the trainer was;
  // a conversation goes on, saying that its file changed.
  import.meta.hot?.on('hot-seat:scenarios', (update: { entries: readonly CatalogEntry[] }) => {
    library = lms ? lms.entries(update.entries) : update.entries;
    failures.run(() => app.libraryChanged(), 'show the changed scenarios');
  });
  // A jump within the page (the scenario map's links to nodes) changes only the hash: the view
  // stays as it is, with the trainer's choices and place, rather than being drawn again.
  window.addEventListener('popstate', () => {
    const hashOnly = location.search === shown.search && location.hash !== shown.hash;
    shown = here();
    if (!hashOnly) failures.run(() => app.route(new URLSearchParams(location.search)), 'open the page');
  });
  if (lms) {
    for (const r of lms.reporters) keeper.addReporter(r);
    if (lms.resume)
      await keeper.restoreDraft(lms.resume).catch((e: unknown) => logger.warn('the LMS kept a conversation that cannot be restored', e));
    await lms.attach(i18n, document.getElementById('app')!);
  }
  // A link that cannot open leaves the learner on the menu, told why, with Retry.
  const opened = (retry: () => void) => (e: unknown) => {
    logger.error('The page could not be opened.', e);
    app.menu();
    const chunk = chunkFailureText(e, i18n);
    const kept = e instanceof KeptFailureError;
    // A deep link's code was asked for in the page's first response (modulepreload), and the
    // browser keeps that failed fetch for the page's life: only a reload asks for it again.
    showFailureNotice(notices, i18n, {
      text: i18n.t('failure.link', { why: chunk ?? reasonOf(e) }),
      retry: kept || (chunk !== undefined && hasPreload()) ? () => location.assign(linked) : retry,
    });
  };
  const open = (): Promise<void> => app.route(query).catch(opened(() => failures.run(open, 'open the page')));
  await open();
  document.body.dataset['ready'] = 'true';
  // Progress loads once the first screen has been painted (its code and the database are not
  // needed for it); nothing waits for it.
  firstPaint()
    .then(() => keeper.start())
    .then(
      () => (document.body.dataset['progress'] = 'ready'),
      (e: unknown) => failures.failed(e, 'load your progress'),
    );
  // Start the stage (Phaser) while the learner reads the brief, so its cost never lands in a
  // conversation; a menu only fetches its code. Without it the game plays on; the stage says so
  // when it is shown. Then, in a built game, the service worker, whose download of everything
  // waits for the stage's code.
  whenIdle(() => {
    const warm = app.prepareStage().catch((e: unknown) => logger.warn('The stage could not start yet.', e));
    if (import.meta.env.PROD) warm.then(() => offline.register()).catch((e: unknown) => logger.warn('Offline play is unavailable.', e));
  });
  // Formatters and the audio output cost most the first time they are made: that too is paid now,
  // each in an idle moment of its own, so none holds the page for long on a slow phone. They wait
  // for the worker: a formatter made while it is still starting ICU pays for that here too.
  const warmers = [...intlWarmers(i18n.language), warmOutput];
  const warmNext = (): void => {
    warmers.shift()?.();
    if (warmers.length) whenIdle(warmNext);
  };
  intlWarm.then(() => whenIdle(warmNext)).catch((e: unknown) => logger.warn('The formatters could not be made ahead.', e));
}

main().catch((e: unknown) => {
  // Before i18n there is no translated word to say it with: English, and the reason.
  console.error('The game could not start.', e);
  document
    .getElementById('ui')
    ?.replaceChildren(h('p', { class: 'notice', role: 'alert', 'data-testid': 'failure' }, `The game could not start: ${reasonOf(e)}`));
});
