import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit (lib/) and component tests. WxtVitest does not pick up wxt.config.ts's Vite plugins,
// so Preact is added here too. End-to-end tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.tsx'],
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    // A test may wait up to 10 s for a view (test/setup.ts); 5 s per test, the default, was
    // exceeded on a loaded two-core machine. A test that hangs still fails, at 30 s.
    testTimeout: 30_000,
  },
});
