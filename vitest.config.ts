import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: fast unit and component tests in happy-dom with WXT's fake
// browser, and end-to-end tests that drive the built extension in Chromium.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
          setupFiles: ['tests/setup.ts'],
          // Two cores shared with Chromium in CI: a slow run is not a failure.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
