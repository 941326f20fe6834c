// Search: bytes fetched and time to first result for a first and a later query in Chromium on
// 127.0.0.1. The first query three times: written into the header's box at once and Enter right
// after the click (the worst case: nothing of the engine's start overlaps typing), typed there at a
// reader's pace (150 ms a key) and Enter, and pasted there 300 ms after the click and Enter (the
// quickest paste a reader makes), both timed from Enter. Then a first query with a filter
// chosen in the dialog; on the real site and on generated corpora of 1,000 articles, in one language
// and in two (800 English, 200 Russian), built into a temporary folder and indexed by Pagefind.
// Bytes are counted as a host would send them: JS/CSS/JSON gzip -9 and brotli q11;
// Pagefind's index files (.pf_*) and wasm are already gzipped and count as they are.
// Beside each wall time: the renderer's CPU time (Chromium's ProcessTime), and the load average.
//   node tools/bench/search.ts [SITE_DIR]   (npm run bench:search; default dist)
//   --no-corpus       measure the real site only
//   --corpus-dir DIR  reuse the corpus sites built and indexed under DIR (or build them there)
//   --corpus NAME     measure only that corpus (en, en-ru)
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { serveStatic } from '../lib/static-server.ts';
import { resultsShownMs, watchResults } from './search-timing.ts';
import type { BenchPart } from './types.ts';

const BUDGET = { firstQuery: 150_000, laterQuery: 50_000, ms: 300 };
/** Milliseconds between keystrokes: a quick typist. */
const KEY_DELAY = 80;
/** Milliseconds between keystrokes of a reader typing at an ordinary pace. */
const READER_KEY_DELAY = 150;
/** Milliseconds from the click into the header's box to a paste: a reader's quickest Ctrl+V (or a long press on a phone). */
const PASTE_AFTER = 300;
const PRECOMPRESSED = /\.pf_[a-z]+$|\/wasm\.[a-z-]+\.pagefind$/;
const COMPRESSIBLE = /text|javascript|json|xml|svg/;

interface Fetched {
  requests: number;
  gzip: number;
  brotli: number;
  kinds: Record<string, number>;
}

/** What a fetched file is, for the breakdown. */
function kindOf(path: string): string {
  const pagefind = /\.pf_([a-z]+)$/.exec(path)?.[1];
  if (pagefind) return pagefind;
  if (/\/wasm\.[a-z-]+\.pagefind$/.test(path)) return 'wasm';
  if (path.endsWith('.js')) return 'script';
  return 'other';
}
interface QueryFigures extends Fetched {
  query: string;
  ms: number;
  /** The page's renderer CPU milliseconds from the first keystroke to the result (and the fetches' end). */
  cpuMs: number;
  results: string;
  /** Gzip bytes by kind of file (script, wasm, index, filter, fragment, …), to see where they go. */
  kinds: Record<string, number>;
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** Counts every response from now on; `done()` waits for their bodies and sums them. */
function countBytes(page: Page): { done(): Promise<Fetched> } {
  const sizes: Promise<{ gzip: number; brotli: number; kind: string }>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    const path = new URL(response.url()).pathname;
    const kind = kindOf(path);
    sizes.push(
      response.body().then(
        (body) => {
          if (PRECOMPRESSED.test(path) || !COMPRESSIBLE.test(response.headers()['content-type'] ?? ''))
            return { gzip: body.length, brotli: body.length, kind };
          return {
            gzip: gzipSync(body, { level: 9 }).length,
            brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
            kind,
          };
        },
        () => ({ gzip: 0, brotli: 0, kind }),
      ),
    );
  };
  page.on('response', onResponse);
  return {
    async done() {
      page.off('response', onResponse);
      const all = await Promise.all(sizes);
      const kinds: Record<string, number> = {};
      for (const x of all) kinds[x.kind] = (kinds[x.kind] ?? 0) + x.gzip;
      return { requests: all.length, gzip: all.reduce((s, x) => s + x.gzip, 0), brotli: all.reduce((s, x) => s + x.brotli, 0), kinds };
    },
  };
}

const sessions = new WeakMap<Page, Promise<import('@playwright/test').CDPSession>>();

/** The page's renderer process CPU time so far (Chromium's ProcessTime, counted from the first call), in milliseconds. */
async function cpuTime(page: Page): Promise<number> {
  if (!sessions.has(page))
    sessions.set(
      page,
      page
        .context()
        .newCDPSession(page)
        .then(async (cdp) => (await cdp.send('Performance.enable'), cdp)),
    );
  const cdp = await sessions.get(page)!;
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ProcessTime')?.value ?? 0) * 1000;
}

/** Opens the dialog (Ctrl+K), opens its filters and chooses `value` for `name`, before any query. */
async function chooseFilter(page: Page, name: string, value: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k');
  await page.locator('.search-dialog-filters summary').click();
  const select = page.locator(`#search-dialog-${name}`);
  await select.locator(`option[value="${value}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  await select.selectOption(value);
}

/**
 * Types `query` (replacing what is there) and times the last keystroke to its results being shown
 * (the results list last changing before the status names the query; the status itself waits for
 * a pause in typing before it speaks). `how`: typed letter by letter (live search), or written and
 * then Enter (the header's box, where typing alone does nothing, or a query pasted into the dialog),
 * or typed at a reader's pace into the header's box and then Enter (`header-typed`: the CPU time
 * is then counted from Enter too; the engine started while the reader typed), or pasted there
 * PASTE_AFTER ms after the click and Enter at once (`header-pasted`: CPU counted from the click).
 * `counter`: bytes counted since earlier (a filter chosen first).
 */
async function typeQuery(
  page: Page,
  selector: string,
  query: string,
  how: 'typed' | 'header' | 'pasted' | 'header-typed' | 'header-pasted',
  counter = countBytes(page),
): Promise<QueryFigures> {
  let cpuBefore = await cpuTime(page);
  await watchResults(page, query);
  await page.locator(selector).first().click();
  await page.keyboard.press('ControlOrMeta+a');
  if (how === 'typed') {
    await page.keyboard.type(query, { delay: KEY_DELAY });
  } else if (how === 'header-typed') {
    await page.keyboard.type(query, { delay: READER_KEY_DELAY });
    await page.waitForTimeout(READER_KEY_DELAY);
    cpuBefore = await cpuTime(page);
  } else {
    if (how === 'header-pasted') await page.waitForTimeout(PASTE_AFTER);
    await page.keyboard.insertText(query);
  }
  if (how !== 'typed') await page.keyboard.press('Enter');
  const ms = await resultsShownMs(page);
  await page.waitForLoadState('networkidle');
  const cpuMs = (await cpuTime(page)) - cpuBefore;
  const results = (await page.locator('#search-dialog-status').textContent()) ?? '';
  return { query, ms, cpuMs, results, ...(await counter.done()) };
}

interface Measured {
  /** Written into the header's box at once and Enter, right after the click: the worst case. */
  first: QueryFigures;
  /** Typed into the header's box at a reader's pace, then Enter: timed from Enter. */
  typed: QueryFigures;
  /** Pasted into the header's box PASTE_AFTER ms after the click, then Enter at once: timed from Enter. */
  pastedLater: QueryFigures;
  later: QueryFigures;
  filtered?: QueryFigures;
}

/** A fresh page at `path`, its CPU counter started. */
async function freshPage(browser: Browser, siteUrl: string, path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
  await cpuTime(page);
  return page;
}

/** A first and a later query on one page; with `filter`, a first query with it chosen on a fresh page. */
async function measureSite(
  browser: Browser,
  siteUrl: string,
  path: string,
  queries: [string, string],
  filter?: { name: string; value: string; query: string },
): Promise<Measured> {
  const page = await freshPage(browser, siteUrl, path);
  // The header's box: typing alone does nothing (WCAG 3.2.2), Enter opens the dialog and searches.
  const first = await typeQuery(page, '#site-search-q', queries[0], 'header');
  const later = await typeQuery(page, '#search-dialog-q', queries[1], 'typed');
  await page.close();
  const reader = await freshPage(browser, siteUrl, path);
  const typed = await typeQuery(reader, '#site-search-q', queries[0], 'header-typed');
  await reader.close();
  const paster = await freshPage(browser, siteUrl, path);
  const pastedLater = await typeQuery(paster, '#site-search-q', queries[0], 'header-pasted');
  await paster.close();
  if (!filter) return { first, typed, pastedLater, later };
  const fresh = await freshPage(browser, siteUrl, path);
  const counter = countBytes(fresh); // the filters' own index parts count toward this first query
  await chooseFilter(fresh, filter.name, filter.value);
  // Written at once and Enter, as the first query is: typed letter by letter on a loaded machine,
  // the searches for "mis", "miss", … each fetch their own results, which measures the load.
  const filtered = await typeQuery(fresh, '#search-dialog-q', filter.query, 'pasted', counter);
  await fresh.close();
  return { first, typed, pastedLater, later, filtered: { ...filtered, query: `${filter.query}, ${filter.name}=${filter.value}` } };
}

function report(label: string, figures: Measured): string[] {
  const failures: string[] = [];
  const row = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd([18, 34, 9, 10, 10, 10, 9, 6][i] ?? 0)).join(''));
  row(['site', 'query', 'requests', 'gzip', 'brotli', 'to result', 'CPU', 'met', 'found']);
  const rows = [
    ['first', figures.first],
    ['first', { ...figures.typed, query: `${figures.typed.query}, typed (from Enter)` }],
    ['first', { ...figures.pastedLater, query: `${figures.pastedLater.query}, pasted at ${PASTE_AFTER} ms` }],
    ['later', figures.later],
    ['first', figures.filtered],
  ] as const;
  for (const [kind, f] of rows) {
    if (!f) continue;
    const bytesBudget = kind === 'first' ? BUDGET.firstQuery : BUDGET.laterQuery;
    // Hosts that only gzip are common (GitHub Pages), so the budget is checked against gzip.
    const missed = [
      f.gzip > bytesBudget && `${label} ${kind} query (${f.query}) ${kb(f.gzip)} gzip (budget ${kb(bytesBudget)})`,
      f.ms > BUDGET.ms && `${label} ${kind} query (${f.query}) ${Math.round(f.ms)} ms to first result (budget ${BUDGET.ms} ms)`,
    ].filter((m): m is string => !!m);
    failures.push(...missed);
    row([
      label,
      `${kind}: ${f.query}`,
      String(f.requests),
      kb(f.gzip),
      kb(f.brotli),
      `${Math.round(f.ms)} ms`,
      `${Math.round(f.cpuMs)} ms`,
      missed.length ? 'MISSED' : 'met',
      f.results.replace(/\.$/, ''),
    ]);
    const parts = Object.entries(f.kinds).sort((a, b) => b[1] - a[1]);
    console.log(`${''.padEnd(18)}  gzip by kind: ${parts.map(([k, n]) => `${k} ${kb(n)}`).join(', ')}`);
  }
  return failures;
}

/** Builds (or reuses) a corpus site of 1,000 articles, `russian` of them in Russian; returns its folder. */
function buildCorpus(args: string[], name: string, russian: number): string {
  const i = args.indexOf('--corpus-dir');
  const given = i >= 0 ? args[i + 1] : undefined;
  const root = given ? join(given, name) : mkdtempSync(join(tmpdir(), `folio-search-bench-${name}-`));
  const content = join(root, 'content');
  const site = join(root, 'site');
  if (existsSync(join(site, 'pagefind'))) return site;
  console.log(`Building a 1,000-article corpus (${name}) in ${root} (about a minute)…`);
  execSync(`npm run -s corpus -- --count 1000 --russian ${russian} --out ${content}`, { stdio: 'inherit' });
  execSync(`npx astro build --outDir ${site}`, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FOLIO_CONTENT_DIR: content },
  });
  execSync(`node tools/index-search.ts ${site}`, { stdio: 'ignore' });
  if (!given) console.log(`Reuse it with: --corpus-dir ${join(root, '..')} (after moving it to ${name}/ there)`);
  return site;
}

/** The corpora: one language, and two (800 English, 200 Russian); the queries and the filter each is measured with. */
const CORPORA = [
  {
    label: '1,000 (en)',
    name: 'en',
    russian: 0,
    queries: ['kalomi', 'missile'] as [string, string],
    filter: { name: 'year', value: '2015', query: 'missile' },
  },
  {
    label: '1,000 (800 en, 200 ru)',
    name: 'en-ru',
    russian: 200,
    queries: ['kalomi', 'missile'] as [string, string],
    filter: { name: 'language', value: 'Russian', query: 'missile' },
  },
];

const part: BenchPart = {
  title: 'Search: first and later query (typed into the header search, Chromium, 127.0.0.1)',
  async run({ browser, siteUrl, args }) {
    console.log(
      `Budget at 1,000 articles: first query ≤ ${kb(BUDGET.firstQuery)}, later ≤ ${kb(BUDGET.laterQuery)} (gzip), ≤ ${BUDGET.ms} ms from the last keystroke to the first result.\n`,
    );
    console.log(
      `Load average at the start: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')} (2 cores)`,
    );
    const failures: string[] = [];
    const real = await measureSite(browser, siteUrl, 'articles/turning-a-happy-hour-into-a-happy-alliance/', ['missile', 'Medvedev']);
    failures.push(...report('real site', real));
    if (args.includes('--no-corpus')) return failures;

    const only = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;
    for (const corpus of CORPORA.filter((c) => !only || c.name === only)) {
      const server = await serveStatic(buildCorpus(args, corpus.name, corpus.russian));
      try {
        failures.push(...report(corpus.label, await measureSite(browser, server.url, '', corpus.queries, corpus.filter)));
      } finally {
        await server.close();
      }
    }
    console.log(
      `Load average at the end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
    return failures;
  },
};
export default part;

if (import.meta.main) {
  const { chromium } = await import('@playwright/test');
  const { chromiumLaunchOptions } = await import('../lib/find-chromium.ts');
  const argv = process.argv.slice(2);
  const siteDir = argv.find((a, i) => !a.startsWith('-') && !['--corpus-dir', '--corpus'].includes(argv[i - 1] ?? '')) ?? 'dist';
  const server = await serveStatic(siteDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const failures = await part.run({ browser, siteUrl: server.url, args: argv });
    if (failures.length) console.error(`Over budget:\n  ${failures.join('\n  ')}`);
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}
