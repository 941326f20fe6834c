// Benchmarks: figures printed and compared with budgets (never part of `npm test`).
//   npm run bench                 build, then measure
//   npm run bench -- --no-build   measure the existing dist/
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/find-chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { PAGE_BUDGETS, measurePage } from './bench/page-weight.ts';

const args = new Set(process.argv.slice(2));
if (!args.has('--no-build')) execSync('npm run build', { stdio: 'inherit' });

const failures: string[] = [];
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

const server = await serveStatic('dist');
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  console.log('\nPage weight on first load (compressed as a host would send it)');
  const pages: [label: string, path: string][] = [
    ['home', ''],
    ['article', 'articles/turning-a-happy-hour-into-a-happy-alliance/'],
    ['404', '404/'],
  ];
  console.log(['page', 'requests', 'type', 'raw', 'gzip', 'brotli'].map((h) => h.padEnd(12)).join(''));
  for (const [label, path] of pages) {
    const weight = await measurePage(browser, server.url, path);
    for (const [type, sizes] of Object.entries(weight.byType)) {
      console.log([label, String(weight.requests), type, kb(sizes.raw), kb(sizes.gzip), kb(sizes.brotli)].map((c) => c.padEnd(12)).join(''));
    }
    console.log([label, String(weight.requests), 'total', kb(weight.total.raw), kb(weight.total.gzip), kb(weight.total.brotli)].map((c) => c.padEnd(12)).join(''));
    const budget = PAGE_BUDGETS[label];
    if (budget) {
      const ok = weight.total.brotli <= budget.brotli && weight.requests <= budget.requests;
      console.log(`  budget ${label}: ≤ ${kb(budget.brotli)} brotli in ≤ ${budget.requests} requests: ${ok ? 'ok' : 'OVER'}`);
      if (!ok) failures.push(`${label}: ${kb(weight.total.brotli)} brotli in ${weight.requests} requests (budget ${kb(budget.brotli)}, ${budget.requests})`);
    }
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
