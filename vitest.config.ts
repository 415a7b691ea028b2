import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // Integration tests drive real cargo and docker on a 2-core machine: keep files sequential.
    fileParallelism: false,
    reporters: ['default'],
  },
});
