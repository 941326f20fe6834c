// Lighthouse (mobile and desktop) for the home and article pages of the built site on
// 127.0.0.1, in the system Chromium launched by chrome-launcher (nothing is fetched from
// the internet). Budgets: all four category scores 100, CLS 0, TBT 0 ms. Each page and form
// runs RUNS times and the median run counts, as Lighthouse advises for variable machines.
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, chromiumExecutable } from '../lib/find-chromium.ts';
import type { BenchPart } from './types.ts';

const PAGES = [
  { label: 'home', path: '' },
  { label: 'article', path: 'articles/turning-a-happy-hour-into-a-happy-alliance/' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = 3;
type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const part: BenchPart = {
  title: 'Lighthouse (mobile and desktop)',
  async run({ siteUrl }) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumExecutable() ?? chromium.executablePath(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    const failures: string[] = [];
    const row = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(i < 2 ? 10 : 9)).join(''));
    row(['page', 'form', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'CLS', 'TBT ms']);
    try {
      for (const { label, path } of PAGES) {
        for (const form of ['mobile', 'desktop'] as const) {
          const runs: Lhr[] = [];
          for (let i = 0; i < RUNS; i++) {
            const result = await lighthouse(
              new URL(path, siteUrl).href,
              { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES },
              form === 'desktop' ? desktopConfig : undefined,
            );
            if (!result) throw new Error(`Lighthouse returned nothing for ${label}`);
            runs.push(result.lhr);
          }
          const lhr = computeMedianRun(runs) as Lhr;
          const { categories, audits } = lhr;
          const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
          const lcp = audits['largest-contentful-paint']?.numericValue ?? NaN;
          const cls = audits['cumulative-layout-shift']?.numericValue ?? NaN;
          const tbt = audits['total-blocking-time']?.numericValue ?? NaN;
          row([label, form, ...scores.map(String), lcp.toFixed(0), cls.toFixed(3), tbt.toFixed(0)]);
          CATEGORIES.forEach((c, i) => {
            if (scores[i] !== 100) {
              const lost = Object.values(audits).filter(
                (a) =>
                  a.score !== null &&
                  a.score < 1 &&
                  a.scoreDisplayMode !== 'informative' &&
                  lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
              );
              failures.push(`${label} ${form} ${c} ${scores[i]} (${lost.map((a) => a.id).join(', ')})`);
            }
          });
          if (cls !== 0) failures.push(`${label} ${form} CLS ${cls}`);
          if (tbt !== 0) failures.push(`${label} ${form} TBT ${tbt.toFixed(1)} ms`);
        }
      }
    } finally {
      chrome.kill();
    }
    console.log(`  median of ${RUNS} runs each; budgets: every score 100, CLS 0, TBT 0 ms`);
    return failures;
  },
};
export default part;

if (import.meta.main) {
  const { serveStatic } = await import('../lib/static-server.ts');
  // A built site other than dist/ can be named: `npm run bench:lighthouse -- /tmp/other-dist`.
  const server = await serveStatic(process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'dist');
  try {
    const failures = await part.run({ siteUrl: server.url, args: process.argv.slice(2) } as Parameters<BenchPart['run']>[0]);
    if (failures.length) console.error(`Over budget:\n  ${failures.join('\n  ')}`);
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    await server.close();
  }
}
