import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tools/lib/find-chromium.ts';

// End-to-end tests run against the built site (`npm run build` first), served by
// `astro preview` on 127.0.0.1. BASE_PATH lets the same suite run against a sub-path build.
const port = Number(process.env['E2E_PORT'] ?? 4322);
const base = process.env['BASE_PATH'] ?? '/';
// E2E_DIST: the build to test (`npm run test:subpath` builds a /folio/ site into dist-subpath/).
const dist = process.env['E2E_DIST'] ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // Axe runs over whole pages take several seconds each on a busy 2-core machine; 30 s timed out under load.
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${base.endsWith('/') ? base : `${base}/`}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port} --outDir ${dist}`,
    url: `http://127.0.0.1:${port}${base.endsWith('/') ? base : `${base}/`}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    // Astro 7.2+ backgrounds `astro preview` when it detects an AI agent; keep it attached.
    env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
