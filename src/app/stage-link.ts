/**
 * The app's hold on the stage (Phaser): started once, hidden, while the first screen is idle, then
 * shown and following the runner on the brief and in the conversation. A stage that fails to start
 * is logged and the game plays on without it.
 */
import type { Logger, Runner, Scenario } from '../engine/index.ts';
import type { Cleanup } from '../ui/screen.ts';
import type { StageHost, StageLoader } from '../ui/stage-host.ts';
import { showsStage, type View } from './views.ts';

export class StageLink {
  private stage: StageHost | undefined;
  private following: Cleanup | undefined;
  private loading: Promise<StageHost> | undefined;
  private paused = false;

  constructor(
    private readonly load: StageLoader,
    private readonly logger: Logger,
    /** The view on screen now: a stage that arrives late must not show on another screen. */
    private readonly current: () => View,
  ) {}

  /** Starts the stage once; later calls share the same start. */
  warm(): Promise<StageHost> {
    this.loading ??= this.load().then((stage) => {
      this.stage = stage;
      stage.setVisible(showsStage(this.current()));
      stage.setPaused(this.paused);
      return stage;
    });
    return this.loading;
  }

  /** Freezes the stage's animations (the game is paused) or lets them go on from where they were. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    this.stage?.setPaused(paused);
  }

  /** Stops following the view being left; a pause ends with the view it paused. */
  leave(): void {
    this.following?.();
    this.following = undefined;
    this.setPaused(false);
  }

  /** Shows the stage for `view` (following its runner when playing) or hides it. */
  show(view: View): void {
    this.stage?.setVisible(showsStage(view));
    if (showsStage(view)) this.attach(view.scenario, view.kind === 'play' ? view.runner : undefined);
  }

  private attach(scenario: Scenario, runner: Runner | undefined): void {
    const attach = (stage: StageHost) => {
      const v = this.current();
      if (!showsStage(v) || v.scenario !== scenario) return;
      stage.setVisible(true);
      this.following?.();
      this.following = stage.follow(scenario, runner);
    };
    if (this.stage) attach(this.stage);
    else void this.warm().then(attach, (e: unknown) => this.logger.warn('the stage could not start; playing without it', e));
  }
}
