// Page weight on first load: every request a page makes, by type, raw and compressed
// as a host would send it (gzip -9, brotli q11), loaded in Chromium from 127.0.0.1.
// A data: URI (the favicon) is no request: its bytes are counted in the HTML that holds it.
// A style sheet with media="print" would be: Chromium fetches it on load, at low priority.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { BenchPart } from './types.ts';

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  path: string;
  requests: number;
  byType: Record<string, Sizes>;
  total: Sizes;
}

/** Pages measured, and their budgets: brotli bytes for everything requested on first load, and requests. */
const PAGES: { label: string; path: string; budget?: { brotli: number; requests: number } }[] = [
  { label: 'home', path: '' },
  { label: 'article', path: 'articles/turning-a-happy-hour-into-a-happy-alliance/', budget: { brotli: 14_600, requests: 2 } },
  { label: '404', path: '404/' },
];

const COMPRESSIBLE = /text|javascript|json|xml|svg|wasm/;
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

export async function measurePage(browser: Browser, siteUrl: string, path: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const bodies: Promise<Sizes & { type: string }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    bodies.push(
      response.body().then(
        (body) => {
          const compressible = COMPRESSIBLE.test(response.headers()['content-type'] ?? '');
          return {
            type,
            raw: body.length,
            gzip: compressible ? gzipSync(body, { level: 9 }).length : body.length,
            brotli: compressible ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : body.length,
          };
        },
        () => ({ type, raw: 0, gzip: 0, brotli: 0 }),
      ),
    );
  });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
  const measured = await Promise.all(bodies);
  await page.close();
  const byType: Record<string, Sizes> = {};
  const total: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const m of measured) {
    const sizes = (byType[m.type] ??= { raw: 0, gzip: 0, brotli: 0 });
    for (const k of ['raw', 'gzip', 'brotli'] as const) {
      sizes[k] += m[k];
      total[k] += m[k];
    }
  }
  return { path, requests: measured.length, byType, total };
}

const part: BenchPart = {
  title: 'Page weight on first load (compressed as a host would send it)',
  async run({ browser, siteUrl }) {
    const failures: string[] = [];
    const row = (cells: string[]) => console.log(cells.map((c) => c.padEnd(12)).join(''));
    row(['page', 'requests', 'type', 'raw', 'gzip', 'brotli']);
    for (const { label, path, budget } of PAGES) {
      const weight = await measurePage(browser, siteUrl, path);
      for (const [type, s] of Object.entries(weight.byType))
        row([label, String(weight.requests), type, kb(s.raw), kb(s.gzip), kb(s.brotli)]);
      row([label, String(weight.requests), 'total', kb(weight.total.raw), kb(weight.total.gzip), kb(weight.total.brotli)]);
      if (budget) {
        const ok = weight.total.brotli <= budget.brotli && weight.requests <= budget.requests;
        console.log(`  budget: ≤ ${kb(budget.brotli)} brotli in ≤ ${budget.requests} requests: ${ok ? 'ok' : 'OVER'}`);
        if (!ok)
          failures.push(
            `${label} ${kb(weight.total.brotli)} brotli in ${weight.requests} requests (budget ${kb(budget.brotli)} in ${budget.requests})`,
          );
      }
    }
    return failures;
  },
};
export default part;

if (import.meta.main) {
  const { chromium } = await import('@playwright/test');
  const { chromiumLaunchOptions } = await import('../lib/find-chromium.ts');
  const { serveStatic } = await import('../lib/static-server.ts');
  const server = await serveStatic(process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'dist');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const failures = await part.run({ browser, siteUrl: server.url, args: process.argv.slice(2) });
    if (failures.length) console.error(`Over budget:\n  ${failures.join('\n  ')}`);
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}
