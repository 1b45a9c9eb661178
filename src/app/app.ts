/**
 * The game's navigation: menu → brief → conversation → debrief, driven by the URL so that
 * `/?scenario=<id>&lang=<language>` opens a brief directly. Holds the one current runner.
 */
import { createRunner, type Clock, type ConversationResult, type Language, type Random, type Runner, type Scenario } from '../engine/index.ts';
import { useLanguage, type I18n } from '../i18n/create-i18n.ts';
import { h } from '../ui/dom.ts';
import type { Cleanup, ScreenContext } from '../ui/screen.ts';
import { showBrief } from '../ui/screens/brief-screen.ts';
import { showConversation } from '../ui/screens/conversation-screen.ts';
import { showDebrief } from '../ui/screens/debrief-screen.ts';
import { showMenu } from '../ui/screens/menu-screen.ts';
import type { StageHost, StageLoader } from '../ui/stage-host.ts';
import type { Catalog } from './catalog.ts';
import type { KeyValueStore, Scheduler } from './ports.ts';
import { saveSettings, type Settings } from './settings.ts';

export interface AppDeps {
  readonly ui: HTMLElement;
  readonly catalog: Catalog;
  readonly i18n: I18n;
  readonly lang: Language;
  readonly clock: Clock;
  readonly random: Random;
  readonly scheduler: Scheduler;
  readonly store: KeyValueStore;
  readonly settings: Settings;
  readonly loadStage: StageLoader;
  readonly navigate: (url: string, mode: 'push' | 'replace') => void;
}

export class App {
  private lang: Language;
  private settings: Settings;
  private leave: Cleanup | undefined;
  private stage: StageHost | undefined;
  private stageFollow: Cleanup | undefined;
  private view: { kind: 'menu'; notice?: string } | { kind: 'brief' | 'play'; scenario: Scenario; runner?: Runner } | { kind: 'debrief'; scenario: Scenario; result: ConversationResult } = { kind: 'menu' };

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
    if (id) await this.openBrief(id, 'replace');
    else this.menu();
  }

  menu(notice?: string): void {
    this.view = notice === undefined ? { kind: 'menu' } : { kind: 'menu', notice };
    this.deps.navigate(`?lang=${encodeURIComponent(this.lang)}`, 'replace');
    this.render();
  }

  async openBrief(id: string, mode: 'push' | 'replace' = 'push'): Promise<void> {
    const entry = this.deps.catalog.entries.find((e) => e.id === id);
    if (!entry) return this.menu(this.deps.i18n.t('menu.noSuchScenario', { id }));
    if (!entry.playable) return this.menu(this.deps.i18n.t('menu.notPlayable', { id }));
    const scenario = await this.deps.catalog.load(id);
    this.view = { kind: 'brief', scenario };
    this.deps.navigate(`?scenario=${encodeURIComponent(id)}&lang=${encodeURIComponent(this.lang)}`, mode);
    this.render();
  }

  private play(scenario: Scenario): void {
    const runner = createRunner(scenario, { clock: this.deps.clock, random: this.deps.random });
    runner.on('ended', (e) => this.debrief(scenario, e.result));
    this.view = { kind: 'play', scenario, runner };
    this.render();
    runner.start();
  }

  private debrief(scenario: Scenario, result: ConversationResult): void {
    this.view = { kind: 'debrief', scenario, result };
    this.render();
  }

  async changeLanguage(lang: Language): Promise<void> {
    await useLanguage(this.deps.i18n, lang);
    this.lang = lang;
    this.settings = { ...this.settings, lang };
    saveSettings(this.deps.store, this.settings);
    document.documentElement.lang = lang;
    const scenario = 'scenario' in this.view ? this.view.scenario : undefined;
    this.deps.navigate(scenario ? `?scenario=${encodeURIComponent(scenario.id)}&lang=${lang}` : `?lang=${lang}`, 'replace');
    this.render();
  }

  /** Draws the current view, leaving the previous one completely. */
  private render(): void {
    this.leave?.();
    this.stageFollow?.();
    this.stageFollow = undefined;
    const ctx = this.ctx();
    const v = this.view;
    document.documentElement.lang = this.lang;
    if (v.kind === 'menu') {
      this.leave = showMenu(ctx, this.deps.catalog.entries, { open: (id) => void this.openBrief(id), changeLanguage: (l) => void this.changeLanguage(l) });
      if (v.notice) this.deps.ui.querySelector('.menu-head')?.after(h('p', { class: 'notice', role: 'alert', 'data-testid': 'notice' }, v.notice));
    } else if (v.kind === 'brief') {
      this.leave = showBrief(ctx, v.scenario, { start: () => this.play(v.scenario), back: () => this.menu() });
    } else if (v.kind === 'play' && v.runner) {
      this.leave = showConversation(ctx, v.runner);
      this.attachStage(v.scenario, v.runner);
    } else if (v.kind === 'debrief') {
      this.leave = showDebrief(ctx, v.scenario, v.result, { again: () => this.play(v.scenario), menu: () => this.menu() });
    }
    this.stage?.setVisible(v.kind === 'play');
  }

  private attachStage(scenario: Scenario, runner: Runner): void {
    const attach = (stage: StageHost) => {
      if (this.view.kind !== 'play' || this.view.runner !== runner) return;
      this.stage = stage;
      stage.setVisible(true);
      this.stageFollow = stage.follow(scenario, runner, this.lang);
    };
    if (this.stage) attach(this.stage);
    else void this.deps.loadStage().then(attach, () => undefined);
  }
}
