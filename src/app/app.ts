/**
 * The game's navigation: menu → brief → conversation → debrief, driven by the URL so that
 * `/?scenario=<id>&lang=<language>` opens a brief directly. Holds the one current runner and the
 * view on screen; `renderView` draws each view, `StageLink` keeps the stage in step.
 */
import { analyse, createRunner, resumeRunner, type Language, type Runner, type RunnerOptions, type Scenario } from '../engine/index.ts';
import type { Draft, ProgressSummary } from '../engine/progress/index.ts';
import { useLanguage } from '../i18n/create-i18n.ts';
import type { ConversationScreen } from '../ui/conversation/conversation-screen.ts';
import { openPauseMenu } from '../ui/dialogs.ts';
import { keepingPlace, type Cleanup, type ScreenContext } from '../ui/screen.ts';
import { openSettings } from '../ui/settings-dialog.ts';
import { textOf } from '../ui/scenario-text.ts';
import type { AppDeps } from './app-deps.ts';
import { menuSummary } from './menu-summary.ts';
import type { ExportedFile, ExportKind } from './progress-flows.ts';
import { renderView, type Navigator } from './render-view.ts';
import { chunkOf, ScreenChunks } from './screen-chunks.ts';
import { offerResume } from './resume-offer.ts';
import { scenarioChangedSince } from './draft-fit.ts';
import { SaidError } from './failures.ts';
import { PlayClock } from './play-clock.ts';
import { saveSettings } from './settings.ts';
import { type Settings } from '../engine/index.ts';
import { StageLink } from './stage-link.ts';
import { nextTask } from './next-task.ts';
import { briefView, fileView, keptView, mapView, packageView, progressView, viewAt } from './destinations.ts';
import { noteIfChanged, showsLatest } from './changed-notice.ts';
import { NavigationTurns } from './navigation-turns.ts';
import { afterLibraryChange, keepChoices, urlOf, type View } from './views.ts';
import type { MenuFilters } from '../ui/screens/menu-screen.ts';
import { progressCode, progressFlowsCode } from './lazy-code.ts';

export type { AppDeps } from './app-deps.ts';

export class App implements Navigator {
  private lang: Language;
  private settings: Settings;
  private leave: Cleanup | undefined;
  private conversation: ConversationScreen | undefined;
  private view: View = { kind: 'menu' };
  private unfollow: (() => void) | undefined;
  private readonly stage: StageLink;
  private readonly turns = new NavigationTurns();
  /** Scenarios entered at another node by a trainer ("play from here"): their plays are not progress. */
  private readonly practising = new WeakSet<Scenario>();
  /** The menu's filters, kept while the learner is elsewhere so "Back to scenarios" keeps them. */
  private filters: MenuFilters = {};
  /** The screens that load apart from the first download (screen-chunks.ts). */
  private readonly screens = new ScreenChunks();

  constructor(private readonly deps: AppDeps) {
    this.lang = deps.lang;
    this.settings = deps.settings;
    this.stage = new StageLink(deps.loadStage, deps.logger, () => this.view, deps.stageFrame && { frame: deps.stageFrame, ui: deps.ui });
  }

  /** Shows what the URL's query asks for. */
  route(query: URLSearchParams): Promise<void> {
    return this.go(viewAt(query, this.deps, this.lang), 'replace');
  }

  menu(notice?: string): void {
    this.show({ kind: 'menu', filters: this.filters, ...(notice === undefined ? {} : { notice }) });
  }

  openBrief(id: string, mode: 'push' | 'replace' = 'push'): Promise<void> {
    return this.go(briefView(this.deps.catalog, this.deps.i18n, id, this.lang), mode);
  }

  /** The author view of a library scenario, with the map choices `query` names. */
  openMap(id: string, mode: 'push' | 'replace' = 'push', query?: URLSearchParams): Promise<void> {
    return this.go(mapView(this.deps.catalog, this.deps.i18n, id, query), mode);
  }

  /**
   * The scenario list changed (a trainer saved a file under `npm start`): the screen is drawn
   * again, in place, if it shows the list or that scenario. A navigation still loading is not
   * overtaken: the screen it brings is brought up to date once shown.
   */
  libraryChanged(): Promise<void> {
    return this.turns.refresh(async () => {
      const view = this.view;
      const query = afterLibraryChange(view, this.deps.catalog.entries, this.lang);
      if (query) {
        // A brief or map of another file stays as it is: drawn again, it would lose a click in progress.
        // (A screen opened meanwhile was drawn from the new library.)
        if ((await showsLatest(view, this.deps.catalog)) || this.view !== view) return;
        await this.go(viewAt(query, this.deps, this.lang), 'replace', true);
      } else
        await noteIfChanged(
          view,
          this.deps,
          () => this.view === view,
          (id) => this.run(() => this.openBrief(id), 'open a brief'),
        );
    });
  }

  run(task: () => Promise<unknown>, what: string): void {
    this.deps.failures.run(task, what);
  }

  /** Keeps the address in step with a choice made on the screen itself, without drawing it again. */
  note(view: View): void {
    if (view.kind === 'menu') this.filters = view.filters ?? {};
    this.view = view;
    this.deps.navigate(urlOf(view, this.lang), 'replace');
  }

  /** A trainer's own file from disk, checked in the browser. */
  openFile(file: File): Promise<void> {
    const { files, i18n, assetExists, clock } = this.deps;
    const opened = (async () => {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (e) {
        return {
          kind: 'menu',
          notice: i18n.t('author.fileRead', { file: file.name, reason: e instanceof Error ? e.message : String(e) }),
        } as const;
      }
      // Kept before it is checked: a file with errors is the one a trainer most wants back.
      const kept = files
        ? await files.put({ name: file.name, bytes, savedAt: clock.now() }).then(
            () => file.name,
            () => undefined,
          )
        : undefined;
      return fileView(file.name, bytes, i18n, assetExists, kept);
    })();
    return this.go(opened, 'push');
  }

  /** A file kept on the device, opened again. */
  openKept(name: string): Promise<void> {
    return this.go(keptView(this.deps.files, this.deps.i18n, name, new URLSearchParams(), this.deps.assetExists), 'push');
  }

  /** Forgets a kept file and shows the trainers' page without it. */
  async removeKept(name: string): Promise<void> {
    await this.deps.files?.remove(name);
    this.show({ kind: 'trainers' });
  }

  /** The learner's progress screen. */
  async openProgress(mode: 'push' | 'replace' = 'push'): Promise<void> {
    const progress = this.deps.progress;
    if (progress) await this.go(progressView(progress, this.deps.catalog, this.lang), mode);
  }

  /** The trainers' packaging screen. */
  openPackage(): Promise<void> {
    return this.go(packageView(this.deps.catalog, this.deps.i18n), 'push');
  }

  /**
   * Shows the view `next` resolves to, unless another navigation started meanwhile: of two
   * still loading, only the later is shown. A menu with a notice replaces the address it came from.
   */
  private go(next: Promise<View>, mode: 'push' | 'replace', inPlace = false): Promise<void> {
    return this.turns.go(next, (loaded) => {
      const view = inPlace ? keepChoices(loaded, this.view) : loaded;
      // A menu keeps the learner's filters unless its address named some.
      if (view.kind === 'menu') this.filters = view.filters ?? this.filters;
      const draw = () =>
        this.show(view.kind === 'menu' ? { ...view, filters: this.filters } : view, view.kind === 'menu' ? 'replace' : mode);
      if (inPlace) keepingPlace(draw);
      else draw();
    });
  }

  async menuSummary(): Promise<ProgressSummary | undefined> {
    const keeper = this.deps.progress;
    const summary = keeper && this.painted().then(() => menuSummary(keeper, this.deps.catalog, this.lang));
    return summary?.catch((e: unknown) => {
      this.deps.failures.failed(e, "read the learner's records for the menu", () => this.menu());
      return undefined;
    });
  }

  /**
   * Saves the device's backup file, every learner on it (also offered when storage fails), and
   * resolves with the sentence saying what it holds.
   */
  async exportBackup(): Promise<string | undefined> {
    const file = await this.exportAs('device');
    return file && (await this.flows()).exportedText(this.deps.i18n, file);
  }

  /** Downloads an export; resolves with what it held (undefined when there is no progress to keep). */
  async exportAs(kind: ExportKind): Promise<ExportedFile | undefined> {
    return this.deps.progress && (await this.flows()).saveExport(this.deps.progress, kind, this.deps);
  }

  async importFile(file: File): Promise<void> {
    if (this.deps.progress)
      await (await this.flows()).importAndReport(this.deps.progress, file, this.deps, () => this.openProgress('replace'));
  }

  async loadCohort(files: File[]): Promise<void> {
    const cohort = await (await this.flows()).cohortFrom(files, this.deps.catalog);
    this.show({ kind: 'cohort', cohort });
  }

  private flows() {
    return progressFlowsCode();
  }

  /**
   * Plays `scenario`, afresh or with the runner `from` builds (resumed, retried). The conversation
   * gets its own clock, which pausing stops: the engine's time stamps come from it too, so the
   * time a reply took leaves the pause out.
   */
  play(scenario: Scenario, from: (options: RunnerOptions) => Runner = (options) => createRunner(scenario, options)): void {
    // The conversation's code first (a brief asks for it while it is read): its runner starts once it is drawn.
    if (!this.screens.has('conversation')) {
      this.turns
        .go(this.screens.load('conversation'), () => this.play(scenario, from))
        .catch((e: unknown) => this.deps.failures.failed(e, 'start a conversation', () => this.play(scenario, from)));
      return;
    }
    const clock = new PlayClock(this.deps.clock, this.deps.scheduler);
    const runner = from({ clock, random: this.deps.random });
    this.unfollow?.();
    this.unfollow = this.practising.has(scenario) ? undefined : this.deps.progress?.follow(runner, this.lang);
    // The screen a click leads to, and what starts on it, are drawn in tasks of their own: the
    // conversation screen, then its first line; the last reply, then the debrief. Each alone is
    // quick; together they would hold the page for longer than a frame or three.
    const stillPlaying = () => this.view.kind === 'play' && this.view.runner === runner;
    const soon = (fn: () => void) => nextTask(() => stillPlaying() && fn());
    runner.on('ended', (e) => soon(() => this.show({ kind: 'debrief', scenario, runner, result: e.result })));
    this.show({ kind: 'play', scenario, runner, clock });
    if (runner.state.phase === 'brief') soon(() => runner.state.phase === 'brief' && runner.start());
  }

  /**
   * Makes ready what a conversation will need: the measure of its result, the debrief's code and
   * what the first save uses. Called while the learner reads the brief, and again (all of it kept
   * from the first call) once a conversation started at once has a moment; otherwise that work
   * lands in the conversation's first drawing or its end. The measure is taken now; the rest is
   * handed to `later` (by default run at once), so the page can give each its own idle moment.
   */
  prepare(scenario: Scenario, later: (fn: () => void) => void = (fn) => fn()): void {
    analyse(scenario);
    this.painted()
      .then(() =>
        later(() => {
          this.screens.load('reports').catch(() => undefined);
          this.deps.progress?.prepare(scenario);
        }),
      )
      .catch(() => undefined);
  }

  /** See `AppDeps.painted`. */
  private painted(): Promise<void> {
    return this.deps.painted?.() ?? Promise.resolve();
  }

  practice(scenario: Scenario): Scenario {
    this.practising.add(scenario);
    return scenario;
  }

  async changeLanguage(lang: Language): Promise<void> {
    await useLanguage(this.deps.i18n, lang);
    this.lang = lang;
    this.changeSettings({ ...this.settings, lang });
    this.show(this.view);
  }

  async offerResume(onBrief?: Scenario): Promise<void> {
    const { progress, catalog, i18n, ui } = this.deps;
    const stillShowing = () => this.view.kind === 'menu' || this.view.kind === 'brief';
    await this.painted();
    return offerResume({
      keeper: progress,
      catalog,
      i18n,
      lang: this.lang,
      ui,
      ...(onBrief ? { onBrief } : {}),
      stillShowing,
      resume: (d) => this.run(() => this.resume(d), 'continue a conversation'),
      run: (task, what) => this.run(task, what),
    });
  }

  /** The pause screen: nothing in the conversation runs or counts until the learner goes on. */
  pause(): void {
    const v = this.view;
    if (v.kind !== 'play' || v.clock.paused) return;
    this.setPaused(v.clock, true);
    openPauseMenu(this.deps.i18n, {
      resume: () => this.setPaused(v.clock, false),
      settings: () => this.openSettingsDialog(() => this.setPaused(v.clock, false)),
      restart: () => this.play(v.scenario),
      menu: () => this.menu(),
    });
  }

  /**
   * Stops or restarts the conversation on screen whose clock is `clock`: the clock (lines, reply
   * timer, call clock, beats), the screen's keys, and what keeps time outside it (`followPause`).
   */
  private setPaused(clock: PlayClock, paused: boolean): void {
    const v = this.view;
    if (v.kind !== 'play' || v.clock !== clock || clock.paused === paused) return;
    if (paused) clock.pause();
    else clock.resume();
    if (paused) this.conversation?.suspend();
    else this.conversation?.resume();
    this.followPause(paused);
  }

  /** What keeps its own time beside the conversation's clock pauses and goes on with it: the sound and the stage. */
  private followPause(paused: boolean): void {
    this.deps.onPause?.(paused);
    this.stage.setPaused(paused);
  }

  openSettingsDialog(after: () => void = () => {}): void {
    openSettings(this.deps.i18n, this.lang, this.settings, {
      change: (s) => this.changeSettings(s),
      changeLanguage: (l) => this.run(() => this.changeLanguage(l), 'change the language'),
      close: after,
    });
  }

  /** Leaves the current view completely, then draws `view`. */
  show(view: View, mode: 'push' | 'replace' = 'replace'): void {
    const chunk = chunkOf(view);
    const scenario = 'scenario' in view ? view.scenario : undefined;
    // A screen's code, and its scenario's words in the learner's language, arrive before it is drawn.
    const loading = [
      chunk && !this.screens.has(chunk) ? this.screens.load(chunk) : undefined,
      scenario && this.deps.catalog.withLanguage(scenario, this.lang),
    ];
    if (loading.some(Boolean)) {
      this.turns
        .go(Promise.all(loading), () => this.show(view, mode))
        .catch((e: unknown) => this.deps.failures.failed(e, `draw the ${view.kind} screen`, () => this.show(view, mode)));
      return;
    }
    this.turns.shown();
    // A conversation left for good (ended, restarted, abandoned from the pause screen) stops its clock.
    const left = this.view.kind === 'play' && !(view.kind === 'play' && view.clock === this.view.clock) ? this.view.clock : undefined;
    this.leave?.();
    this.stage.leave();
    this.conversation = undefined;
    this.view = view;
    this.deps.navigate(urlOf(view, this.lang), mode);
    document.documentElement.lang = this.lang;
    const drawn = renderView(view, this.ctx(), this.deps, this, this.screens.loaded);
    this.leave = drawn.leave;
    this.conversation = drawn.conversation;
    // Drawn again while paused (the language changed in the pause screen's settings): still paused.
    if (view.kind === 'play' && view.clock.paused) this.conversation?.suspend();
    this.stage.show(view);
    // The conversation's code at once, not when the page is idle: ready (a deep link preloaded it)
    // before the Start click, whose conversation then starts in the same task. A failure here is
    // reported if Start is clicked.
    if (view.kind === 'brief') this.screens.load('conversation').catch(() => undefined);
    if (view.kind === 'brief' || view.kind === 'play' || view.kind === 'debrief')
      this.deps.onView?.(view.kind, view.scenario, view.kind === 'play' ? view.runner : undefined);
    else this.deps.onView?.('menu');
    left?.dispose();
    if (left?.paused) this.followPause(false);
  }

  /**
   * Readies the stage while the first screen is idle, so Phaser's start-up never lands in a
   * conversation: started at once on a brief; on other screens only its code is fetched (when the
   * page can), and the stage starts when a brief opens.
   */
  prepareStage(): Promise<void> {
    return this.stage.prepare(this.deps.fetchStageCode);
  }

  private ctx(): ScreenContext {
    return {
      root: this.deps.ui,
      i18n: this.deps.i18n,
      lang: this.lang,
      scheduler: this.deps.scheduler,
      settings: this.settings,
      painted: () => this.painted(),
    };
  }

  private changeSettings(next: Settings): void {
    this.settings = next;
    saveSettings(this.deps.store, next);
    this.deps.onSettings?.(next);
  }

  /**
   * Continues a saved conversation. Only a real change of its scenario (another fingerprint, or,
   * for a draft saved before drafts had one, a replay that no longer fits) lets the draft go, and
   * the brief says so; any other failure keeps the draft and is reported (rejects).
   */
  private async resume(draft: Draft): Promise<void> {
    const [scenario, { scenarioFingerprint }] = await Promise.all([this.deps.catalog.load(draft.scenarioId, this.lang), progressCode()]);
    const { clock, random } = this.deps;
    try {
      if (!scenarioChangedSince(draft, scenario, scenarioFingerprint(scenario), { clock, random }))
        return this.play(scenario, (options) => resumeRunner(scenario, draft.actions, options));
    } catch (e) {
      throw new SaidError(this.deps.i18n.t('resume.failed', { why: e instanceof Error ? e.message : String(e) }), { cause: e });
    }
    await this.deps.progress?.discardDraft(draft);
    this.show({
      kind: 'brief',
      scenario,
      notice: this.deps.i18n.t('resume.changed', { title: textOf(scenario, scenario.title, this.lang) }),
    });
  }
}
