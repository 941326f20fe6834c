// Page weight on first load: every request a page makes, by type, raw and compressed
// as a host would send it (gzip -9, brotli q11), loaded in Chromium from 127.0.0.1.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export interface PageWeight {
  path: string;
  requests: number;
  byType: Record<string, { raw: number; gzip: number; brotli: number }>;
  total: { raw: number; gzip: number; brotli: number };
}

/** Page budgets: brotli bytes for everything requested on first load, and request count. */
export const PAGE_BUDGETS: Record<string, { brotli: number; requests: number }> = {
  article: { brotli: 14_600, requests: 2 },
};

const COMPRESSIBLE = /text|javascript|json|xml|svg|wasm/;

export async function measurePage(browser: Browser, siteUrl: string, path: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const bodies: Promise<{ type: string; raw: number; gzip: number; brotli: number }>[] = [];
  page.on('response', (response) => {
    bodies.push(
      response.body().then((body) => {
        const contentType = response.headers()['content-type'] ?? '';
        const type = response.request().resourceType();
        const compressible = COMPRESSIBLE.test(contentType);
        return {
          type,
          raw: body.length,
          gzip: compressible ? gzipSync(body, { level: 9 }).length : body.length,
          brotli: compressible ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : body.length,
        };
      }, () => ({ type: response.request().resourceType(), raw: 0, gzip: 0, brotli: 0 })),
    );
  });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
  const measured = await Promise.all(bodies);
  await page.close();
  const byType: PageWeight['byType'] = {};
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const m of measured) {
    const t = (byType[m.type] ??= { raw: 0, gzip: 0, brotli: 0 });
    for (const k of ['raw', 'gzip', 'brotli'] as const) {
      t[k] += m[k];
      total[k] += m[k];
    }
  }
  return { path, requests: measured.length, byType, total };
}
