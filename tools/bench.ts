// Benchmarks: figures printed and compared with budgets (never part of `npm test`).
//   npm run bench                 build, then run every part
//   npm run bench -- --no-build   use the existing dist/
// Each part lives in tools/bench/<part>.ts and returns the budgets it missed.
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/find-chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import type { BenchContext, BenchPart } from './bench/types.ts';
import pageWeight from './bench/page-weight.ts';
import contentCheck from './bench/content-check.ts';
import shareScript from './bench/share-script.ts';
import search from './bench/search.ts';
import lighthouse from './bench/lighthouse.ts';
import scale from './bench/scale.ts';
import ogImage from './bench/og-image.ts';

const parts: BenchPart[] = [pageWeight, shareScript, search, lighthouse, scale, contentCheck, ogImage];

const args = process.argv.slice(2);
if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

const server = await serveStatic('dist');
const browser = await chromium.launch(chromiumLaunchOptions());
const failures: string[] = [];
try {
  const context: BenchContext = { browser, siteUrl: server.url, args };
  for (const part of parts) {
    console.log(`\n## ${part.title}\n`);
    failures.push(...(await part.run(context)).map((f) => `${part.title}: ${f}`));
  }
} finally {
  await browser.close();
  await server.close();
}

if (failures.length) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
