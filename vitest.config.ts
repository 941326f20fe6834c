import { defineConfig } from 'vitest/config';

// Unit tests are pure and fast; integration tests run `astro build`, the command-line tools or a browser.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 180_000,
          // A beforeAll may wait for other files' builds to finish (build-fixture.ts runs one at a time).
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
