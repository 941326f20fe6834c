import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Build tests run `astro build` in a child process.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
