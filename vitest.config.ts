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
    // A timeout here catches a hang, not slowness (the bench measures speed). Under `npm test` the
    // files run beside the type check, lint and build on two cores, where a worker can wait seconds
    // for the CPU: a 300-case property test once took 5.3 s against the default 5 s.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
