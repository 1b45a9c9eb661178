/**
 * Long work cut into tasks: steps run in order, and the page gets a task of its own (a click, a
 * frame) whenever a slice has run for its budget. The work costs the same; no one task holds the
 * page for long. Phaser's start-up runs this way (phaser-steps.ts).
 */

/** Where a slice's time comes from and how a slice gives the page its turn. */
export interface SliceClock {
  /** Milliseconds, from any origin: wall time, so a slower machine gets the same slice length. */
  now(): number;
  /** Settles in a later task. */
  nextTask(): Promise<void>;
}

/**
 * Runs every step of `steps` once, in order. Before a step, if the current slice has run for
 * `budgetMs` or more, waits for `clock.nextTask()` and starts a new slice. A step is never cut:
 * a slice can overrun its budget by its last step. A step that throws stops the run and rejects
 * with that error. Resolves with the number of slices used (1 when all fit in the first).
 */
export async function runInSlices(steps: readonly (() => void)[], budgetMs: number, clock: SliceClock): Promise<number> {
  let slices = 1;
  let start = clock.now();
  for (const step of steps) {
    if (clock.now() - start >= budgetMs) {
      await clock.nextTask();
      slices++;
      start = clock.now();
    }
    step();
  }
  return slices;
}
