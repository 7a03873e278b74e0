import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    // Process-level tests on a busy machine take seconds: never fail one for being slow.
    testTimeout: 60_000,
  },
});
