// Which Chromium Playwright should launch: Playwright's own build when it is installed,
// else a system Chromium (CHROMIUM_PATH, or the usual Debian/Ubuntu paths).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a headless Chromium on a machine without a GPU, sandbox or outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The executable to launch, or `undefined` to let Playwright use its own browser. Throws when there is none. */
export function chromiumExecutable(env: Record<string, string | undefined> = process.env): string | undefined {
  const wanted = env['CHROMIUM_PATH'];
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`CHROMIUM_PATH is set to ${wanted}, but no file is there.`);
    return wanted;
  }
  let own = '';
  try {
    own = chromium.executablePath();
  } catch {
    // Playwright knows no browser for this platform.
  }
  if (own && existsSync(own)) return undefined;
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  throw new Error(
    "No Chromium found for the browser tests. Either install Playwright's own browser (`npx playwright install chromium`), " +
      'or a system Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/** Launch options for Playwright's `chromium.launch()` and `use.launchOptions`. */
export function chromiumLaunchOptions(env: Record<string, string | undefined> = process.env) {
  const executablePath = chromiumExecutable(env);
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
