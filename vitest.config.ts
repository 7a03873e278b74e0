import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    // No test may fail because the machine is busy: CI runs on shared cores.
    // These limits only stop a test that hangs.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
