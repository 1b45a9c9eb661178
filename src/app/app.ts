/**
 * The game's navigation: menu → brief → conversation → debrief, driven by the URL so that
 * `/?scenario=<id>&lang=<language>` opens a brief directly. Holds the one current runner.
 */
import { createRunner, resumeRunner, retryFrom, type ConversationResult, type Diagnostic, type Language, type Runner, type Scenario } from '../engine/index.ts';
import { useLanguage } from '../i18n/create-i18n.ts';
import { showConversation, type ConversationScreen } from '../ui/conversation/conversation-screen.ts';
import { openPauseMenu } from '../ui/dialogs.ts';
import { button, h } from '../ui/dom.ts';
import type { Cleanup, ScreenContext } from '../ui/screen.ts';
import { showAuthor } from '../ui/screens/author-screen.ts';
import { showBrief } from '../ui/screens/brief-screen.ts';
import { showDebrief } from '../ui/screens/debrief-screen.ts';
import { showMenu } from '../ui/screens/menu-screen.ts';
import { openSettings } from '../ui/settings-dialog.ts';
import { download } from '../ui/download.ts';
import { showCohort, type CohortView } from '../ui/progress/cohort-screen.ts';
import { showProgress, type ProgressData } from '../ui/progress/progress-screen.ts';
import { transferStatus } from '../ui/progress/transfer-panel.ts';
import { refusalText } from '../ui/progress/refusal-text.ts';
import { cohortFrom, exportFile, importBackup, progressData } from './progress-flows.ts';
import type { StageHost } from '../ui/stage-host.ts';
import type { AppDeps } from './app-deps.ts';
import { entryTitle } from './catalog.ts';
import type { Draft } from '../engine/progress/index.ts';
import { replyLimitMs, saveSettings, type Settings } from './settings.ts';

export type { AppDeps } from './app-deps.ts';

type View =
  | { kind: 'menu'; notice?: string }
  | { kind: 'brief'; scenario: Scenario }
  | { kind: 'play'; scenario: Scenario; runner: Runner }
  | { kind: 'debrief'; scenario: Scenario; runner: Runner; result: ConversationResult }
  | { kind: 'author'; id: string; file: string; scenario?: Scenario; diagnostics: readonly Diagnostic[] }
  | { kind: 'progress'; data: ProgressData }
  | { kind: 'cohort'; cohort: CohortView };

export class App {
  private lang: Language;
  private settings: Settings;
  private leave: Cleanup | undefined;
  private conversation: ConversationScreen | undefined;
  private stage: StageHost | undefined;
  private stageFollow: Cleanup | undefined;
  private stageLoading: Promise<StageHost> | undefined;
  private view: View = { kind: 'menu' };
  private unfollow: (() => void) | undefined;

  constructor(private readonly deps: AppDeps) {
    this.lang = deps.lang;
    this.settings = deps.settings;
  }

  private ctx(): ScreenContext {
    return { root: this.deps.ui, i18n: this.deps.i18n, lang: this.lang, scheduler: this.deps.scheduler, settings: this.settings };
  }

  /** Shows what the URL's query asks for. */
  async route(query: URLSearchParams): Promise<void> {
    const id = query.get('scenario');
    const author = query.get('author');
    if (id) await this.openBrief(id, 'replace');
    else if (author) await this.openMap(author, 'replace');
    else if (query.get('view') === 'progress') await this.openProgress('replace');
    else if (query.get('view') === 'cohort') this.show({ kind: 'cohort', cohort: { refused: [], scenarios: new Map() } }, 'replace');
    else this.menu();
  }

  /** The learner's progress screen. */
  async openProgress(mode: 'push' | 'replace' = 'push'): Promise<void> {
    if (!this.deps.progress) return;
    this.show({ kind: 'progress', data: await progressData(this.deps.progress, this.deps.catalog, this.lang) }, mode);
  }

  /** Saves the learner's backup file (also offered when storage fails). */
  exportBackup(): Promise<void> {
    return this.exportAs('json');
  }

  private async exportAs(kind: 'json' | 'csv' | 'xapi'): Promise<void> {
    if (!this.deps.progress) return;
    const file = await exportFile(this.deps.progress, kind, this.deps.clock.now(), this.deps.xapiBase);
    download(file.name, file.mime, file.text);
  }

  private async importFile(file: File): Promise<void> {
    if (!this.deps.progress) return;
    const t = this.deps.i18n.t.bind(this.deps.i18n);
    const result = await importBackup(this.deps.progress, file);
    if (result.ok) {
      await this.openProgress('replace');
      transferStatus(this.deps.ui, t('progress.imported', { attempts: result.attempts, profiles: result.profiles }), true);
    } else transferStatus(this.deps.ui, t('progress.importRefused', { problem: refusalText(this.deps.i18n, result.refusal) }), false);
  }

  /** The author view of a scenario in the library (also of one with errors: its diagnostics). */
  async openMap(id: string, mode: 'push' | 'replace' = 'push'): Promise<void> {
    const entry = this.deps.catalog.entries.find((e) => e.id === id);
    if (!entry) return this.menu(this.deps.i18n.t('menu.noSuchScenario', { id }));
    const scenario = entry.playable ? await this.deps.catalog.load(id) : undefined;
    this.show({ kind: 'author', id, file: entry.file, diagnostics: entry.diagnostics, ...(scenario ? { scenario } : {}) }, mode);
  }

  /** A trainer's own file from disk: checked in the browser (the checker loads only now). */
  async openFile(file: File): Promise<void> {
    const t = this.deps.i18n.t.bind(this.deps.i18n);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { loadScenarioBytes, idFromFileName } = await import('../engine/authoring.ts');
      const id = idFromFileName(file.name);
      const result = loadScenarioBytes(bytes, file.name, { expectedId: id });
      this.show({ kind: 'author', id, file: file.name, diagnostics: result.diagnostics, ...(result.scenario ? { scenario: result.scenario } : {}) }, 'push');
    } catch (e) {
      this.menu(t('author.fileRead', { file: file.name, reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  menu(notice?: string): void {
    this.show(notice === undefined ? { kind: 'menu' } : { kind: 'menu', notice });
  }

  async openBrief(id: string, mode: 'push' | 'replace' = 'push'): Promise<void> {
    const entry = this.deps.catalog.entries.find((e) => e.id === id);
    if (!entry) return this.menu(this.deps.i18n.t('menu.noSuchScenario', { id }));
    if (!entry.playable) return this.menu(this.deps.i18n.t('menu.notPlayable', { id }));
    const scenario = await this.deps.catalog.load(id);
    this.show({ kind: 'brief', scenario }, mode);
  }

  private play(scenario: Scenario, runner = createRunner(scenario, { clock: this.deps.clock, random: this.deps.random })): void {
    this.unfollow?.();
    this.unfollow = this.deps.progress?.follow(runner, this.lang);
    runner.on('ended', (e) => this.show({ kind: 'debrief', scenario, runner, result: e.result }));
    this.show({ kind: 'play', scenario, runner });
    if (runner.state.phase === 'brief') runner.start();
  }

  async changeLanguage(lang: Language): Promise<void> {
    await useLanguage(this.deps.i18n, lang);
    this.lang = lang;
    this.changeSettings({ ...this.settings, lang });
    this.show(this.view);
  }

  private changeSettings(next: Settings): void {
    this.settings = next;
    saveSettings(this.deps.store, next);
    this.deps.onSettings?.(next);
  }

  /**
   * After a reload or a closed tab: offers to continue the unfinished conversation (on the menu,
   * or on that scenario's brief), or to let it go.
   */
  private async offerResume(onBrief?: Scenario): Promise<void> {
    const draft = await this.deps.progress?.draft().catch(() => undefined);
    const view = this.view;
    if (!draft || (onBrief && draft.scenarioId !== onBrief.id) || (view.kind !== 'menu' && view.kind !== 'brief')) return;
    const entry = this.deps.catalog.entries.find((e) => e.id === draft.scenarioId && e.playable);
    if (!entry) return;
    const t = this.deps.i18n.t.bind(this.deps.i18n);
    const go = button({ class: 'primary', 'data-testid': 'resume' }, () => void this.resume(draft), t('resume.continue'));
    const drop = button({ class: 'secondary', 'data-testid': 'resume-discard' }, () => {
      void this.deps.progress?.discardDraft();
      banner.remove();
    }, t('resume.discard'));
    const title = entryTitle(entry, this.lang);
    const banner = h('div', { class: 'resume-banner', role: 'region', 'aria-label': t('resume.label'), 'data-testid': 'resume-banner' }, h('p', {}, t('resume.text', { title, count: draft.actions.filter((a) => a.type === 'choose').length })), h('div', { class: 'actions' }, go, drop));
    this.deps.ui.querySelector('section')?.prepend(banner);
  }

  /** Continues a saved conversation, or starts the scenario afresh when it no longer fits. */
  private async resume(draft: Draft): Promise<void> {
    const scenario = await this.deps.catalog.load(draft.scenarioId);
    try {
      this.play(scenario, resumeRunner(scenario, draft.actions, { clock: this.deps.clock, random: this.deps.random }));
    } catch {
      // The scenario changed since: its old conversation no longer fits, so start afresh.
      await this.deps.progress?.discardDraft();
      this.show({ kind: 'brief', scenario });
    }
  }

  private pause(): void {
    const v = this.view;
    if (v.kind !== 'play') return;
    this.conversation?.suspend();
    openPauseMenu(this.deps.i18n, {
      resume: () => this.conversation?.resume(),
      settings: () => this.openSettingsDialog(() => this.conversation?.resume()),
      restart: () => this.play(v.scenario),
      menu: () => this.menu(),
    });
  }

  private openSettingsDialog(after: () => void = () => {}): void {
    openSettings(this.deps.i18n, this.lang, this.settings, {
      change: (s) => this.changeSettings(s),
      changeLanguage: (l) => void this.changeLanguage(l),
      close: after,
    });
  }

  /** Leaves the current view completely, then draws `view`. */
  private show(view: View, mode: 'push' | 'replace' = 'replace'): void {
    this.leave?.();
    this.stageFollow?.();
    this.stageFollow = undefined;
    this.conversation = undefined;
    this.view = view;
    this.deps.navigate(urlOf(view, this.lang), mode);
    document.documentElement.lang = this.lang;
    const ctx = this.ctx();
    if (view.kind === 'menu') {
      this.leave = showMenu(ctx, this.deps.catalog.entries, {
        open: (id) => void this.openBrief(id),
        openMap: (id) => void this.openMap(id),
        openFile: (f) => void this.openFile(f),
        changeLanguage: (l) => void this.changeLanguage(l),
        settings: () => this.openSettingsDialog(),
        progress: () => void this.openProgress(),
      });
      if (view.notice) this.deps.ui.querySelector('.menu-head')?.after(h('p', { class: 'notice', role: 'alert', 'data-testid': 'notice' }, view.notice));
      void this.offerResume();
    } else if (view.kind === 'brief') {
      this.leave = showBrief(ctx, view.scenario, { start: () => this.play(view.scenario), back: () => this.menu() });
      void this.offerResume(view.scenario);
    } else if (view.kind === 'play') {
      this.conversation = showConversation(ctx, view.runner, { now: () => this.deps.clock.now(), replyLimitMs: replyLimitMs(this.settings, view.scenario.difficulty), pause: () => this.pause(), ...(this.deps.voice ? { voice: this.deps.voice } : {}) });
      this.leave = this.conversation;
      this.attachStage(view.scenario, view.runner);
    } else if (view.kind === 'progress') {
      const keeper = this.deps.progress!;
      const refresh = () => void this.openProgress('replace');
      this.leave = showProgress(ctx, this.deps.catalog.entries, view.data, {
        switchProfile: (id) => void keeper.switchTo(view.data.profiles.find((p) => p.id === id)!).then(refresh),
        newProfile: (name) => void keeper.switchTo({ name }).then(refresh),
        rename: (name) => void keeper.rename(name).then(refresh),
        open: (id) => void this.openBrief(id),
        cohort: () => this.show({ kind: 'cohort', cohort: { refused: [], scenarios: new Map() } }, 'push'),
        back: () => this.menu(),
        exportAs: (kind) => void this.exportAs(kind),
        importFile: (file) => void this.importFile(file),
      });
    } else if (view.kind === 'cohort') {
      this.leave = showCohort(ctx, view.cohort, {
        load: (files) => void cohortFrom(files, this.deps.catalog).then((c) => this.show({ kind: 'cohort', cohort: c })),
        back: () => this.menu(),
      });
    } else if (view.kind === 'author') {
      const scenario = view.scenario;
      this.leave = showAuthor(ctx, scenario, view.file, view.diagnostics, { play: () => scenario && this.show({ kind: 'brief', scenario }, 'push'), back: () => this.menu() });
    } else {
      this.leave = showDebrief(ctx, view.scenario, view.result, {
        again: () => this.play(view.scenario),
        menu: () => this.menu(),
        retry: (step) => this.play(view.scenario, retryFrom(view.runner, step, { clock: this.deps.clock, random: this.deps.random })),
      });
    }
    this.stage?.setVisible(view.kind === 'play' || view.kind === 'brief');
    if (view.kind === 'brief') this.attachStage(view.scenario);
    if (view.kind === 'brief' || view.kind === 'play' || view.kind === 'debrief') this.deps.onView?.(view.kind, view.scenario, view.kind === 'play' ? view.runner : undefined);
    else this.deps.onView?.('menu');
  }

  private attachStage(scenario: Scenario, runner?: Runner): void {
    const attach = (stage: StageHost) => {
      const v = this.view;
      if ((v.kind !== 'brief' && v.kind !== 'play') || v.scenario !== scenario) return;
      this.stage = stage;
      stage.setVisible(true);
      this.stageFollow?.();
      this.stageFollow = stage.follow(scenario, runner, this.lang);
    };
    if (this.stage) attach(this.stage);
    else void this.warmStage().then(attach, (e: unknown) => this.deps.logger.warn('the stage could not start; playing without it', e));
  }

  /**
   * Starts the stage once (hidden until a brief or conversation shows it), so Phaser's start-up
   * can happen while the learner reads the menu instead of during a conversation.
   */
  warmStage(): Promise<StageHost> {
    this.stageLoading ??= this.deps.loadStage().then((stage) => {
      this.stage = stage;
      const v = this.view;
      stage.setVisible(v.kind === 'brief' || v.kind === 'play');
      return stage;
    });
    return this.stageLoading;
  }
}

/** The address of a view, so a reload or a shared link comes back to it. */
function urlOf(view: View, lang: Language): string {
  if (view.kind === 'menu') return `?lang=${lang}`;
  if (view.kind === 'progress' || view.kind === 'cohort') return `?view=${view.kind}&lang=${lang}`;
  if (view.kind === 'author') return `?author=${encodeURIComponent(view.id)}&lang=${lang}`;
  return `?scenario=${encodeURIComponent(view.scenario.id)}&lang=${lang}`;
}
