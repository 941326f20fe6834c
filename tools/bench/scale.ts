// Scale: builds the site with N generated articles (N = 100 and 1,000; 10,000 with
// --scale-10k) and reports build and index time, peak memory, dist/ and index size,
// time per article and its growth with N. Run alone: npm run -s bench:scale [-- --scale-10k]
// [-- --features] builds a corpus with tables, footnotes and some unmarked paragraphs instead.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { dirBytes, measure } from '../lib/measure-process.ts';
import type { BenchPart } from './types.ts';

export interface ScaleResult {
  n: number;
  buildSeconds: number;
  indexSeconds: number;
  cpuSeconds: number;
  peakBytes: number;
  distBytes: number;
  indexBytes: number;
}

/** Budgets at N = 1,000 on a 2-core machine, and the growth allowed up to 10,000. */
const BUDGET = { n: 1000, seconds: 12, peakBytes: 1e9, distBytes: 30e6, growth: 1.2 };

export async function buildAtScale(n: number, features = false): Promise<ScaleResult> {
  const work = join(tmpdir(), `folio-scale-${n}`);
  const content = join(work, 'content');
  const out = join(work, 'dist');
  rmSync(work, { recursive: true, force: true });
  try {
    return await measureBuild(n, content, out, features);
  } finally {
    restoreCache();
    rmSync(work, { recursive: true, force: true });
  }
}

async function measureBuild(n: number, content: string, out: string, features: boolean): Promise<ScaleResult> {
  const corpus = ['run', '-s', 'corpus', '--', '--count', String(n), '--out', content, ...(features ? ['--features'] : [])];
  execFileSync('npm', corpus, { stdio: 'ignore' });
  // What `npm run build` does: the content check, the site (--force: a clean build, without the
  // content-layer cache of the previous corpus), then the search index.
  const check = await measure('npm', ['run', '-s', 'check:content'], { FOLIO_CONTENT_DIR: content });
  const site = await measure('npx', ['astro', 'build', '--force', '--outDir', out], {
    FOLIO_CONTENT_DIR: content,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const build = {
    seconds: check.seconds + site.seconds,
    cpuSeconds: check.cpuSeconds + site.cpuSeconds,
    peakBytes: Math.max(check.peakBytes, site.peakBytes),
  };
  const pages = readdirSync(join(out, 'articles')).length;
  if (pages !== n) throw new Error(`The build at N=${n} made ${pages} article pages: was the content cache shared with another build?`);
  const index = await measure('npx', ['pagefind', '--site', out]);
  const result = {
    n,
    buildSeconds: build.seconds,
    indexSeconds: index.seconds,
    cpuSeconds: build.cpuSeconds + index.cpuSeconds,
    peakBytes: Math.max(build.peakBytes, index.peakBytes),
    distBytes: dirBytes(out),
    indexBytes: dirBytes(join(out, 'pagefind')),
  };
  return result;
}

/** Puts the project's own articles back into the content-layer cache the scale builds replaced. */
function restoreCache() {
  execFileSync('npx', ['astro', 'sync', '--force'], { stdio: 'ignore', env: { ...process.env, FOLIO_CONTENT_DIR: '' } });
}

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

export async function runScale(args: string[]): Promise<string[]> {
  const sizes = [100, 1000, ...(args.includes('--scale-10k') ? [10_000] : [])];
  const row = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(i === 0 ? 8 : 13)).join(''));
  row(['N', 'build s', 'index s', 'total s', 'CPU s', 'ms/article', 'growth', 'peak mem', 'dist/', 'index']);
  const failures: string[] = [];
  const results: ScaleResult[] = [];
  for (const n of sizes) {
    const r = await buildAtScale(n, args.includes('--features'));
    const total = r.buildSeconds + r.indexSeconds;
    const perArticle = (total / n) * 1000;
    const previous = results.at(-1);
    const growth = previous ? perArticle / (((previous.buildSeconds + previous.indexSeconds) / previous.n) * 1000) : null;
    results.push(r);
    row([
      String(n),
      r.buildSeconds.toFixed(1),
      r.indexSeconds.toFixed(1),
      total.toFixed(1),
      r.cpuSeconds.toFixed(1),
      perArticle.toFixed(1),
      growth ? `${growth.toFixed(2)}×` : '–',
      mb(r.peakBytes),
      mb(r.distBytes),
      mb(r.indexBytes),
    ]);
    if (n === BUDGET.n) {
      if (total > BUDGET.seconds) failures.push(`N=${n}: build + index ${total.toFixed(1)} s (budget ${BUDGET.seconds} s)`);
      if (r.peakBytes > BUDGET.peakBytes) failures.push(`N=${n}: peak memory ${mb(r.peakBytes)} (budget ${mb(BUDGET.peakBytes)})`);
      if (r.distBytes > BUDGET.distBytes) failures.push(`N=${n}: dist/ ${mb(r.distBytes)} (budget ${mb(BUDGET.distBytes)})`);
    }
    if (n === 10_000 && growth !== null && growth > BUDGET.growth)
      failures.push(`N=10,000: time per article ${growth.toFixed(2)}× the 1,000 figure (budget ${BUDGET.growth}×)`);
  }
  console.log(
    `  on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end`,
  );
  console.log(
    `  budgets at N=1,000: build + index ≤ ${BUDGET.seconds} s, peak memory ≤ 1 GB, dist/ ≤ 30 MB; at 10,000: ms/article ≤ ${BUDGET.growth}× the 1,000 figure`,
  );
  return failures;
}

const part: BenchPart = {
  title: 'Scale: building N generated articles (time, memory, size)',
  run: ({ args }) => runScale(args),
};
export default part;

if (import.meta.main) {
  const failures = await runScale(process.argv.slice(2));
  if (failures.length) {
    console.error(`Over budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}
