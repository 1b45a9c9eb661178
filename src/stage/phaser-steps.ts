/**
 * Runs Phaser's modules in slices before the stage's code uses Phaser. Evaluated all at once, they
 * are one task of 100–240 ms on a phone (CPU 4× slower), which holds up a click on Start and the
 * first frame of the conversation; in slices, the page gets its turn between them. Imported first
 * by phaser-stage.ts: this module's top-level await holds the stage's own modules (which use
 * Phaser at once) until every step has run. The built stage has one step per module of Phaser's
 * Core build, each after the modules it needs (build/phaser-steps.ts); the dev server's published
 * bundle has none.
 */
import steps from 'virtual:phaser-steps';
import { nextTask } from './next-task.ts';
import { runInSlices } from './run-in-slices.ts';

/**
 * A slice's budget, well under a long task's 50 ms even on a phone 4× slower than the machine a
 * page was measured on (Lighthouse's simulated phone multiplies each task's time by 4).
 */
const SLICE_MS = 10;

// A task of its own for the steps, and for what runs after them: the stage's modules, then the game.
await nextTask();
await runInSlices(steps, SLICE_MS, { now: () => performance.now(), nextTask });
await nextTask();
