import { defineConfig } from 'vitest/config';

// The browser tests (`npm run test:e2e`): the compiled portal as a process, driven by Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/support/build-once.ts', 'test/e2e/support/chromium-server.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The files share one Chromium and each starts a light portal process; two at a time halve
    // the run on a 2-core machine.
    maxWorkers: 2,
  },
});
