import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
    environment: 'node',
    // Vitest leaves one core free by default: on two cores that runs the files one at a time.
    maxWorkers: availableParallelism(),
    // The files share each worker's modules instead of importing the engine, zod and yaml afresh
    // per file (import time 31 s to 9 s, the run 66 s to 41 s). The engine is pure and the store
    // tests name their own databases, so no file sees another's state (checked with shuffled order).
    isolate: false,
    // One time limit for every test, and it only catches a hang: the bench measures speed. Under
    // `npm test` the files run beside the type check, lint and browser tests on two cores, and on a
    // machine other work shares as well a CPU-bound test took ten times as long as alone (a fuzz
    // property 2.4 s alone, 33 s there; the library checker's property 10 s and 59 s).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // The default reporter writes the failures to stderr, which `npm test` prints apart from the
    // list of files; this one names them again at the end of standard output.
    reporters: ['default', './tests/failures-last.ts'],
  },
});
