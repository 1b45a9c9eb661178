/**
 * The app's hold on the stage (Phaser): started once, hidden, while a brief is read (a menu only
 * fetches its code), then shown and following the runner on the brief and in the conversation. A
 * stage that fails to start is logged and the game plays on without it. Its box goes where the
 * screen shows the customer (the screen's stage slot), so the screen's layout decides where and how
 * big the customer is.
 */
import type { Logger, Runner, Scenario } from '../engine/index.ts';
import type { Cleanup } from '../ui/screen.ts';
import { STAGE_SLOT } from '../ui/customer-pane.ts';
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
    /** The stage's box and the element screens are drawn in, when the box is to be placed. */
    private readonly box?: { readonly frame: HTMLElement; readonly ui: HTMLElement },
  ) {
    this.home = box && { parent: box.frame.parentElement, next: box.frame.nextSibling };
  }

  private readonly home: { readonly parent: HTMLElement | null; readonly next: Node | null } | undefined;

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

  /**
   * Readies the stage while the first screen is idle: started at once when the screen shows it (a
   * brief), otherwise only its code fetched with `fetchCode` (the stage starts when a brief opens).
   * Without `fetchCode` the stage is started on any screen.
   */
  prepare(fetchCode?: () => Promise<void>): Promise<void> {
    if (fetchCode && !showsStage(this.current())) return fetchCode();
    return this.warm().then(() => undefined);
  }

  /** Freezes the stage's animations (the game is paused) or lets them go on from where they were. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    this.stage?.setPaused(paused);
  }

  /**
   * Stops following the view being left, and takes the stage's box back from its screen; a pause
   * ends with the view it paused.
   */
  leave(): void {
    this.following?.();
    this.following = undefined;
    this.setPaused(false);
    if (this.box && this.home?.parent) this.home.parent.insertBefore(this.box.frame, this.home.next);
  }

  /** Shows the stage for `view` (following its runner when playing) or hides it. */
  show(view: View): void {
    const slot = this.box?.ui.querySelector(`[${STAGE_SLOT}]`);
    if (slot && this.box) slot.append(this.box.frame);
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
