import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/) in a real Chromium, one browser at a time
// (2 cores; each test launches its own profile).
export default defineConfig({
  test: {
    include: ['test/build/**/*.test.ts', 'test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
