// The environment for a build started from a test: the parent's without the variables Vitest sets
// for import.meta.env (DEV=1, MODE=test…), which Astro's build reads, and would then build as in
// development (the archive rebuilt on every request, Open Graph cards drawn without their cache).
const VITEST_ENV = new Set(['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']);

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const parent = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.has(name)));
  return { ...parent, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}
