import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
    environment: 'node',
    // Vitest leaves one core free by default: on two cores that runs the files one at a time.
    maxWorkers: availableParallelism(),
  },
});
