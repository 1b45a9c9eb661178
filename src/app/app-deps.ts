/**
 * Everything the app is built from, passed in by the composition root (src/app/main.ts).
 */
import type { Clock, Language, Logger, Random, Runner, Scenario } from '../engine/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { StageLoader } from '../ui/stage-host.ts';
import type { Catalog } from './catalog.ts';
import type { FileShelf } from '../adapters/file-shelf.ts';
import type { Failures } from './failures.ts';
import type { KeyValueStore, Scheduler } from '../engine/index.ts';
import type { ProgressKeeper } from './progress-keeper.ts';
import type { Settings } from '../engine/index.ts';

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
  readonly logger: Logger;
  /** Where failures no screen handles are logged and said. */
  readonly failures: Failures;
  readonly loadStage: StageLoader;
  /** Fetches the stage's code without running it; absent, the stage is started on any screen. */
  readonly fetchStageCode?: () => Promise<void>;
  /** The stage's box; moved into the screen's place for the customer while a screen shows one. */
  readonly stageFrame?: HTMLElement;
  readonly navigate: (url: string, mode: 'push' | 'replace') => void;
  /** The IRI under which xAPI statements name this game's activities. */
  readonly xapiBase: string;
  /** Keeps attempts and unfinished conversations; absent in tests that do without. */
  readonly progress?: ProgressKeeper;
  /** Plays a scenario's recorded line; `done` resolves when it ends (at once without audio). */
  readonly voice?: (url: string) => { done: Promise<void>; stop: () => void };
  /**
   * Answers whether a file under `public/` is served with the game: the voice files a scenario
   * opened from disk names. Without it those are not checked.
   */
  readonly assetExists?: (publicPath: string) => Promise<boolean>;
  /** Keeps the scenario files a trainer opens from disk; without it they last until the page is left. */
  readonly files?: FileShelf;
  /** Told of every settings change (audio volumes follow it). */
  readonly onSettings?: (settings: Settings) => void;
  /** Told when the game pauses and goes on again (sound pauses and continues with it). */
  readonly onPause?: (paused: boolean) => void;
  /**
   * Resolves once the page has painted its first screen. What only adds to a screen (the menu's
   * summary, the offer to continue, work made ready for a conversation) waits for it: on a slow
   * connection its code and the database would otherwise hold that paint back. At once without it.
   */
  readonly painted?: () => Promise<void>;
  /** Told of every screen change (audio ambience and progress follow it). */
  readonly onView?: (kind: 'menu' | 'brief' | 'play' | 'debrief', scenario?: Scenario, runner?: Runner) => void;
}
