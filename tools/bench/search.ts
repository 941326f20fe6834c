// Search: bytes fetched and time to first result for a first and a later query, typed
// into the header search in Chromium on 127.0.0.1, on the real site and on a generated
// corpus of 1,000 articles (built into a temporary folder and indexed by Pagefind).
// Bytes are counted as a host would send them: JS/CSS/JSON gzip -9 and brotli q11;
// Pagefind's index files (.pf_*) and wasm are already gzipped and count as they are.
//   --no-corpus       measure the real site only
//   --corpus-dir DIR  reuse a corpus site already built and indexed in DIR (or build it there)
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { serveStatic } from '../lib/static-server.ts';
import type { BenchPart } from './types.ts';

const BUDGET = { firstQuery: 150_000, laterQuery: 50_000, ms: 300 };
/** Milliseconds between keystrokes: a quick typist. */
const KEY_DELAY = 80;
const PRECOMPRESSED = /\.pf_[a-z]+$|\/wasm\.[a-z-]+\.pagefind$/;
const COMPRESSIBLE = /text|javascript|json|xml|svg/;

interface Fetched {
  requests: number;
  gzip: number;
  brotli: number;
}
interface QueryFigures extends Fetched {
  query: string;
  ms: number;
  results: string;
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** Counts every response from now on; `done()` waits for their bodies and sums them. */
function countBytes(page: Page): { done(): Promise<Fetched> } {
  const sizes: Promise<{ gzip: number; brotli: number }>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    const path = new URL(response.url()).pathname;
    sizes.push(
      response.body().then(
        (body) => {
          if (PRECOMPRESSED.test(path) || !COMPRESSIBLE.test(response.headers()['content-type'] ?? ''))
            return { gzip: body.length, brotli: body.length };
          return {
            gzip: gzipSync(body, { level: 9 }).length,
            brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
          };
        },
        () => ({ gzip: 0, brotli: 0 }),
      ),
    );
  };
  page.on('response', onResponse);
  return {
    async done() {
      page.off('response', onResponse);
      const all = await Promise.all(sizes);
      return { requests: all.length, gzip: all.reduce((s, x) => s + x.gzip, 0), brotli: all.reduce((s, x) => s + x.brotli, 0) };
    },
  };
}

/** Types `query` (replacing what is there) and times the last keystroke to the results for it being shown. */
async function typeQuery(page: Page, selector: string, query: string): Promise<QueryFigures> {
  const counter = countBytes(page);
  await page.evaluate((q) => {
    const w = window as unknown as { benchKey: number; benchShown: number };
    w.benchShown = 0;
    document.addEventListener('keydown', () => (w.benchKey = performance.now()), true);
    new MutationObserver((_m, observer) => {
      const status = document.querySelector('#search-dialog-status');
      if (status?.textContent?.includes(`“${q}”`)) {
        w.benchShown = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, query);
  await page.locator(selector).first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(query, { delay: KEY_DELAY });
  await page.waitForFunction(() => (window as unknown as { benchShown: number }).benchShown > 0, undefined, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const ms = await page.evaluate(() => {
    const w = window as unknown as { benchKey: number; benchShown: number };
    return w.benchShown - w.benchKey;
  });
  const results = (await page.locator('#search-dialog-status').textContent()) ?? '';
  return { query, ms, results, ...(await counter.done()) };
}

async function measureSite(browser: Browser, siteUrl: string, path: string, queries: [string, string]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
  const first = await typeQuery(page, '#site-search-q', queries[0]);
  const later = await typeQuery(page, '#search-dialog-q', queries[1]);
  await page.close();
  return { first, later };
}

function report(label: string, figures: { first: QueryFigures; later: QueryFigures }, budgeted: boolean): string[] {
  const failures: string[] = [];
  const row = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(i === 1 ? 24 : 12)).join(''));
  row(['site', 'query', 'requests', 'gzip', 'brotli', 'to result', 'found']);
  for (const [kind, f] of [
    ['first', figures.first],
    ['later', figures.later],
  ] as const) {
    row([
      label,
      `${kind}: ${f.query}`,
      String(f.requests),
      kb(f.gzip),
      kb(f.brotli),
      `${Math.round(f.ms)} ms`,
      f.results.replace(/\.$/, ''),
    ]);
    if (!budgeted) continue;
    const bytesBudget = kind === 'first' ? BUDGET.firstQuery : BUDGET.laterQuery;
    // Hosts that only gzip are common (GitHub Pages), so the budget is checked against gzip.
    if (f.gzip > bytesBudget) failures.push(`${label} ${kind} query ${kb(f.gzip)} gzip (budget ${kb(bytesBudget)})`);
    if (f.ms > BUDGET.ms) failures.push(`${label} ${kind} query ${Math.round(f.ms)} ms to first result (budget ${BUDGET.ms} ms)`);
  }
  return failures;
}

function buildCorpus(args: string[]): string {
  const i = args.indexOf('--corpus-dir');
  const given = i >= 0 ? args[i + 1] : undefined;
  if (given && existsSync(join(given, 'pagefind'))) return given;
  const root = given ?? mkdtempSync(join(tmpdir(), 'folio-search-bench-'));
  const content = join(root, 'content');
  const site = join(root, 'site');
  console.log(`Building a 1,000-article corpus in ${root} (about a minute)…`);
  execSync(`npm run -s corpus -- --count 1000 --out ${content}`, { stdio: 'inherit' });
  execSync(`npx astro build --outDir ${site}`, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FOLIO_CONTENT_DIR: content },
  });
  execSync(`node tools/index-search.ts ${site}`, { stdio: 'ignore' });
  console.log(`Reuse it with: npm run bench -- --no-build --corpus-dir ${site}`);
  return site;
}

const part: BenchPart = {
  title: 'Search: first and later query (typed into the header search, Chromium, 127.0.0.1)',
  async run({ browser, siteUrl, args }) {
    console.log(
      `Budget at 1,000 articles: first query ≤ ${kb(BUDGET.firstQuery)}, later ≤ ${kb(BUDGET.laterQuery)} (gzip), ≤ ${BUDGET.ms} ms from the last keystroke to the first result.\n`,
    );
    const failures: string[] = [];
    const real = await measureSite(browser, siteUrl, 'articles/turning-a-happy-hour-into-a-happy-alliance/', ['missile', 'Medvedev']);
    failures.push(...report('real site', real, true));
    if (args.includes('--no-corpus')) return failures;

    const dir = buildCorpus(args);
    const server = await serveStatic(dir);
    try {
      const corpus = await measureSite(browser, server.url, '', ['kalomi', 'missile']);
      failures.push(...report('1,000 articles', corpus, true));
    } finally {
      await server.close();
    }
    return failures;
  },
};
export default part;
