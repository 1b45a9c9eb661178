/**
 * Draws one view with its screen and wires the screen's buttons to the app's navigation. Screens
 * only report what the learner asked for; where that leads is decided here and in `App`.
 */
import { retryFrom, startingAt, type Language, type Runner, type RunnerOptions, type Scenario } from '../engine/index.ts';
import type { ProgressSummary } from '../engine/progress/index.ts';
import type { ConversationScreen } from '../ui/conversation/conversation-screen.ts';
import { h } from '../ui/dom.ts';
import { download } from '../ui/download.ts';
import type { Cleanup, ScreenContext } from '../ui/screen.ts';
import { showBrief } from '../ui/screens/brief-screen.ts';
import { showMenu } from '../ui/screens/menu-screen.ts';
import type { AppDeps } from './app-deps.ts';
import type { ExportKind } from './progress-flows.ts';
import { replyLimitMs } from '../engine/index.ts';
import { EMPTY_COHORT, type View } from './views.ts';
import type { AuthorActions } from '../ui/trainer-screens.ts';
import type { LoadedScreens, ReportScreens, TrainerScreens } from './screen-chunks.ts';
import { authoringCode } from './lazy-code.ts';

/** What the screens can ask the app to do. */
export interface Navigator {
  show(view: View, mode?: 'push' | 'replace'): void;
  /** Records a change the screen made itself (no redraw), so the address follows it. */
  note(view: View): void;
  menu(notice?: string): void;
  /** Runs what the learner asked for; a failure is logged and said, with Retry where it helps. */
  run(task: () => Promise<unknown>, what: string): void;
  openBrief(id: string): Promise<void>;
  openMap(id: string): Promise<void>;
  openFile(file: File): Promise<void>;
  openKept(name: string): Promise<void>;
  removeKept(name: string): Promise<void>;
  openProgress(mode?: 'push' | 'replace'): Promise<void>;
  /** The trainers' packaging screen (its code loads first). */
  openPackage(): Promise<void>;
  /** The learner's summary for the menu's cards, if progress is kept. */
  menuSummary(): Promise<ProgressSummary | undefined>;
  changeLanguage(lang: Language): Promise<void>;
  openSettingsDialog(): void;
  /** Plays a scenario: afresh, or with the runner `from` builds (a resumed or retried one). */
  play(scenario: Scenario, from?: (options: RunnerOptions) => Runner): void;
  pause(): void;
  /** Marks a scenario as a trainer's practice (played from a node): its plays are not recorded as progress. */
  practice(scenario: Scenario): Scenario;
  offerResume(onBrief?: Scenario): Promise<void>;
  /** Downloads an export; resolves with what it held. */
  exportAs(kind: ExportKind): Promise<unknown>;
  importFile(file: File): Promise<void>;
  /** Builds a cohort from trainers' files and shows it. */
  loadCohort(files: File[]): Promise<void>;
}

/** The drawn view: how to leave it, and the conversation screen while playing. */
export interface Drawn {
  readonly leave: Cleanup;
  readonly conversation?: ConversationScreen;
}

/** Draws `view`; the chunk `chunkOf(view)` names must be in `screens`. */
export function renderView(view: View, ctx: ScreenContext, deps: AppDeps, nav: Navigator, screens: LoadedScreens): Drawn {
  const unloaded = () => new Error(`the ${view.kind} screen is drawn before its code has loaded`);
  switch (view.kind) {
    case 'debrief':
    case 'progress':
    case 'cohort':
      if (!screens.reports) throw unloaded();
      return renderReport(view, ctx, deps, nav, screens.reports);
    case 'trainers':
    case 'author':
      if (!screens.trainers) throw unloaded();
      return renderTrainers(view, ctx, deps, nav, screens.trainers);
    case 'menu': {
      const leave = showMenu(
        ctx,
        deps.catalog.entries,
        {
          open: (id) => nav.run(() => nav.openBrief(id), 'open a brief'),
          trainers: () => nav.show({ kind: 'trainers' }, 'push'),
          changeLanguage: (l) => nav.run(() => nav.changeLanguage(l), 'change the language'),
          settings: () => nav.openSettingsDialog(),
          progress: () => nav.run(() => nav.openProgress(), 'open the progress screen'),
          filter: (filters) => nav.note({ kind: 'menu', filters }),
        },
        nav.menuSummary(),
        view.filters,
      );
      if (view.notice)
        ctx.root.querySelector('.menu-head')?.after(h('p', { class: 'notice', role: 'alert', 'data-testid': 'notice' }, view.notice));
      nav.run(() => nav.offerResume(), 'offer to continue a conversation');
      return { leave };
    }
    case 'brief': {
      const leave = showBrief(ctx, view.scenario, { start: () => nav.play(view.scenario), back: () => nav.menu() });
      if (view.notice)
        ctx.root
          .querySelector('[data-testid=brief] h1')
          ?.after(h('p', { class: 'notice', role: 'alert', 'data-testid': 'notice' }, view.notice));
      nav.run(() => nav.offerResume(view.scenario), 'offer to continue a conversation');
      return { leave };
    }
    case 'play': {
      // Everything timed in the conversation runs on its own clock, which a pause stops.
      const options = {
        now: () => view.clock.now(),
        since: view.clock.since,
        replyLimitMs: replyLimitMs(ctx.settings, view.scenario.difficulty),
        pause: () => nav.pause(),
        ...(deps.voice ? { voice: deps.voice } : {}),
      };
      if (!screens.conversation) throw unloaded();
      const conversation = screens.conversation.showConversation({ ...ctx, scheduler: view.clock }, view.runner, options);
      return { leave: conversation, conversation };
    }
    case 'package':
      return { leave: view.draw(ctx, () => nav.menu()) };
  }
}

function renderTrainers(
  view: Extract<View, { kind: 'trainers' | 'author' }>,
  ctx: ScreenContext,
  deps: AppDeps,
  nav: Navigator,
  screens: TrainerScreens,
): Drawn {
  switch (view.kind) {
    case 'trainers':
      return {
        leave: screens.showTrainers(
          ctx,
          deps.catalog.entries,
          {
            openMap: (id) => nav.run(() => nav.openMap(id), 'open a scenario map'),
            openFile: (f) => nav.run(() => nav.openFile(f), 'open a file'),
            openKept: (name) => nav.run(() => nav.openKept(name), 'open a kept file'),
            removeKept: (name) => nav.run(() => nav.removeKept(name), 'remove a kept file'),
            cohort: () => nav.show(EMPTY_COHORT, 'push'),
            package: () => nav.run(() => nav.openPackage(), 'open the packaging screen'),
            back: () => nav.menu(),
          },
          deps.files ? deps.files.list().then((files) => files.map((f) => f.name)) : undefined,
        ),
      };
    case 'author': {
      const scenario = view.scenario;
      const bytes = view.bytes;
      const actions: AuthorActions = {
        play: () => scenario && nav.show({ kind: 'brief', scenario }, 'push'),
        back: () => nav.menu(),
        choose: (choice) => nav.note({ ...view, ...choice }),
        ...(scenario ? { playFrom: (nodeId: string, mood: number) => nav.play(nav.practice(startingAt(scenario, nodeId, mood))) } : {}),
        ...(bytes
          ? { exportXliff: (lang: Language) => nav.run(() => saveXliff(view.file, bytes, lang, deps), 'export the texts for translation') }
          : {}),
      };
      return { leave: screens.showAuthor(ctx, scenario, view.file, view.diagnostics, actions, view) };
    }
  }
}

function renderReport(
  view: Extract<View, { kind: 'debrief' | 'progress' | 'cohort' }>,
  ctx: ScreenContext,
  deps: AppDeps,
  nav: Navigator,
  reports: ReportScreens,
): Drawn {
  switch (view.kind) {
    case 'debrief':
      return {
        leave: reports.showDebrief(ctx, view.scenario, view.result, {
          again: () => nav.play(view.scenario),
          menu: () => nav.menu(),
          retry: (step) => nav.play(view.scenario, (options) => retryFrom(view.runner, step, options)),
        }),
      };
    case 'progress': {
      const keeper = deps.progress!;
      const refresh = () => nav.openProgress('replace');
      return {
        leave: reports.showProgress(ctx, deps.catalog.entries, view.data, {
          switchProfile: (id) =>
            nav.run(() => keeper.switchTo(view.data.profiles.find((p) => p.id === id)!).then(refresh), 'switch the learner'),
          newProfile: (name) => nav.run(() => keeper.switchTo({ name }).then(refresh), 'add a learner'),
          rename: (name) => nav.run(() => keeper.rename(name).then(refresh), 'rename the learner'),
          open: (id) => nav.run(() => nav.openBrief(id), 'open a brief'),
          back: () => nav.menu(),
          exportAs: (kind) => nav.run(() => nav.exportAs(kind), 'export progress'),
          importFile: (file) => nav.run(() => nav.importFile(file), 'import a backup'),
        }),
      };
    }
    case 'cohort':
      return {
        leave: reports.showCohort(ctx, view.cohort, {
          load: (files) => nav.run(() => nav.loadCohort(files), 'load a cohort'),
          back: () => nav.menu(),
        }),
      };
  }
}

/** Saves the XLIFF of a file from disk for `lang` (the authoring code loads only now). */
async function saveXliff(file: string, bytes: Uint8Array, lang: Language, deps: AppDeps): Promise<void> {
  try {
    const { exportXliffFromYaml } = await authoringCode();
    const { xml } = exportXliffFromYaml(new TextDecoder().decode(bytes), lang, file);
    const id = /id="([^"]*)"/.exec(xml.slice(xml.indexOf('<file ')))?.[1] ?? 'scenario';
    download(`${id}.${lang}.xlf`, 'application/xliff+xml', xml);
  } catch (e) {
    deps.logger.error('The texts could not be exported.', e);
  }
}
