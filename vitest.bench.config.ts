import { defineConfig } from 'vitest/config';

// `npm run bench`: measurements, not tests (test/bench/*.run.ts); one at a time, long timeouts.
export default defineConfig({
  test: {
    include: ['test/bench/**/*.run.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
