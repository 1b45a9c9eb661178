/**
 * The StageHost built on Phaser: one game for the whole visit, one scene, following whichever
 * runner is current. The canvas follows its box through a ResizeObserver (not Phaser's own
 * polling, which only runs while the loop is awake), with at most `MAX_BACKING_PIXELS` of its
 * own, and the loop runs only as fast as the customer moves: a slow beat for breathing, faster
 * while talking or reacting, asleep when hidden, paused, or still under reduced motion.
 *
 * Test hook: the stage's box carries `data-portrait` (the customer shown) and
 * `data-customer-state` (`idle`, `talking` or `reacting`), set as the scene's state changes.
 */
// First: Phaser's modules run here in slices, before the modules below use Phaser.
import './phaser-steps.ts';
import Phaser from 'phaser';
import { portraitOf, type Runner, type Scenario } from '../engine/index.ts';
import type { StageHost } from '../ui/stage-host.ts';
import { stageGameConfig } from './game-config.ts';
import { REACT_MS } from './customer-actor.ts';
import { backingSize } from './stage-layout.ts';
import { StageScene, type CustomerActivity, type PicturesState } from './stage-scene.ts';

/** Frames per second: breathing and blinking need few; a moving mouth and a flinch need more. */
const IDLE_FPS = 10;
const BUSY_FPS = 20;
/** Without motion, how long the loop stays awake after a change (long enough to end a reaction). */
const AWAKE_MS = REACT_MS + 300;

export interface PhaserStageOptions {
  /** `frame` is the sized, hideable box; `parent` the element inside it that Phaser fills. */
  readonly frame: HTMLElement;
  readonly parent: HTMLElement;
  readonly reducedMotion: () => boolean;
  /** The site's base URL, where `portraits/` is served. */
  readonly base: string;
}

export function createPhaserStage({ frame, parent, reducedMotion, base }: PhaserStageOptions): Promise<StageHost> {
  return new Promise((resolve) => {
    let visible = !frame.hidden;
    let paused = false;
    let sleepTimer: ReturnType<typeof setTimeout> | undefined;
    const motion = () => !reducedMotion();
    const onActivity = (a: CustomerActivity) => {
      frame.dataset['customerState'] = a;
      pace();
    };
    // A mark tests and tools can wait on: `ready` once every picture of the customer on stage has arrived.
    const pictures = (state: PicturesState) => (frame.dataset['pictures'] = state);
    const scene = new StageScene({ base, motion, activity: onActivity, pictures });
    // Sized here rather than by Phaser's RESIZE mode (one canvas pixel per CSS pixel): a large box
    // gets fewer canvas pixels than it shows, and the stylesheet stretches the canvas over it.
    const game = new Phaser.Game({
      ...stageGameConfig(parent),
      scale: { mode: Phaser.Scale.NONE, ...backingSize(parent.clientWidth, parent.clientHeight) },
      scene,
      callbacks: { postBoot: () => resolve(host) },
    });

    /**
     * Runs the loop as fast as what is on stage needs, for `awake` ms at least. The loop is changed
     * in a microtask, never inside Phaser's own step (a reaction ends there): a step schedules its
     * next frame after its callbacks return, so restarting the loop from inside one would leave two
     * loops running, one of which nothing could stop.
     */
    let pending: number | undefined;
    function pace(awake = AWAKE_MS): void {
      clearTimeout(sleepTimer);
      const queued = pending !== undefined;
      pending = Math.max(pending ?? 0, awake);
      if (!queued)
        queueMicrotask(() => {
          const ms = pending!;
          pending = undefined;
          retime(ms);
        });
    }

    function retime(awake: number): void {
      if (!visible) return game.loop.sleep();
      const busy = !paused && scene.activity !== 'idle';
      const fps = busy ? BUSY_FPS : IDLE_FPS;
      const loop = game.loop as { forceSetTimeOut: boolean } & Phaser.Core.TimeStep;
      // At rest a timer at the breathing rate wakes the page far less often than 60 Hz frames do
      // (idle main thread 1–2 % instead of 9 %); a moving mouth or a flinch is timed to the display's
      // frames. Typed read-only, but TimeStep reads it each time it (re)starts, as setFPSLimit does.
      const changed = loop.forceSetTimeOut !== !busy || loop.fpsLimit !== fps || !loop.running;
      loop.forceSetTimeOut = !busy;
      loop.wake(true);
      if (changed) loop.setFPSLimit(fps);
      // Breathing needs the loop; a paused or motionless stage sleeps once its last change is drawn.
      if (paused || !motion()) sleepTimer = setTimeout(() => game.loop.sleep(), awake);
    }

    // The box changes size when it is unhidden and whenever the page's layout moves it.
    new ResizeObserver(() => {
      const [w, h] = [parent.clientWidth, parent.clientHeight];
      // A hidden box (0 × 0) keeps the last size: the stage shows it again as it was.
      if (w > 0 && h > 0) {
        const { width, height } = backingSize(w, h);
        if (width !== game.scale.width || height !== game.scale.height) game.scale.resize(width, height);
      }
      pace();
    }).observe(parent);

    // Pictures lost while the connection was down are asked for again once it is back.
    window.addEventListener('online', () => scene.retryPictures());

    const host: StageHost = {
      follow(scenario: Scenario, runner: Runner | undefined) {
        const portrait = portraitOf(scenario.customer);
        frame.dataset['portrait'] = portrait;
        scene.show({ channel: scenario.channel, portrait, mood: runner?.state.mood ?? scenario.customer.mood });
        if (runner?.state.phase === 'speaking') scene.lineStarted();
        const offs = runner
          ? [
              runner.on('shown', () => scene.lineStarted()),
              runner.on('delivered', () => scene.lineDelivered()),
              runner.on('mood', (e) => scene.react(e.from, e.to)),
              // A reply that leaves the mood where it was still gets a nod.
              runner.on('reply', (e) => e.step.moodAfter === e.step.moodBefore && scene.react(e.step.moodBefore, e.step.moodAfter)),
              runner.on('ended', () => scene.lineDelivered()),
            ]
          : [];
        pace();
        return () => offs.forEach((off) => off());
      },
      setVisible(show: boolean) {
        visible = show;
        frame.hidden = !show;
        pace();
      },
      setPaused(pause: boolean) {
        if (pause === paused) return;
        paused = pause;
        scene.time.paused = pause;
        if (pause) scene.tweens.pauseAll();
        else scene.tweens.resumeAll();
        pace();
      },
    };
  });
}
