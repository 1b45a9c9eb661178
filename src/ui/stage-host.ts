/**
 * What the DOM side needs from the stage (the Phaser scene): show a scenario's customer and set,
 * follow one runner, and get out of the way. Loaded lazily, so the first screen never waits for it.
 */
import type { Runner, Scenario } from '../engine/index.ts';
import type { Cleanup } from './screen.ts';

export interface StageHost {
  /** Draws the scenario's set and customer, following the runner (if playing) until the cleanup. */
  follow(scenario: Scenario, runner: Runner | undefined): Cleanup;
  /** Shows or hides the stage (the menu and debrief do without it). */
  setVisible(visible: boolean): void;
  /** Freezes every animation, tween and timer of the stage where it is; `false` continues from there. */
  setPaused(paused: boolean): void;
}

export type StageLoader = () => Promise<StageHost>;
