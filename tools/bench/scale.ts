// Scale: builds the site with N generated articles (N = 100 and 1,000; 10,000 with
// --scale-10k) in tmp/scale-N/ by running `npm run build` itself, and reports its wall time, CPU
// time and peak memory (every process: npm, its shell, each step's), whole and by step, the load average, dist/ per article (by kind of file) and the largest HTML
// page, each against issue 12's budgets (marked met or missed). Run alone, under nice on a
// shared machine:
//   nice -n 10 npm run -s bench:scale [-- --scale-10k] [-- --sizes=1000,10000] [-- --rebuild]
// -- --features builds a corpus with tables, footnotes and some unmarked paragraphs instead.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, sep } from 'node:path';
import { dirBytes, measure } from '../lib/measure-process.ts';
import type { BenchPart } from './types.ts';

export interface Phase {
  seconds: number;
  cpuSeconds: number;
  peakBytes: number;
  /** The largest resident memory of one process, by command name. */
  peakByProcess: Record<string, number>;
}

export interface ScaleResult {
  n: number;
  /** `npm run build`'s three steps, each measured: the content check, `astro build`, the search index. */
  check: Phase;
  site: Phase;
  index: Phase;
  buildSeconds: number;
  indexSeconds: number;
  /** `npm run build` whole, wall: less than the steps' sum, as the check runs beside Astro's start. */
  totalSeconds: number;
  cpuSeconds: number;
  peakBytes: number;
  distBytes: number;
  indexBytes: number;
  /** dist/ by kind of file: article pages, Open Graph cards, citation files, the index, the rest. */
  distParts: Record<string, number>;
  /** The largest HTML page: no page may grow with the archive beyond its pagination. */
  largestPage: { path: string; bytes: number };
  /** The 1-minute load average when the build started (the machine is shared). */
  loadAtStart: number;
  /** Astro's incremental cache after the clean build (its copies of the pages, and its manifest). */
  incrementalCacheBytes: number;
  /** The same build again after one article's text changed, with the caches of the first; then after one was added. */
  rebuild?: { changed: Rebuild; added: Rebuild };
}

export interface Rebuild {
  site: Phase;
  index: Phase;
  whole: Phase;
}

/**
 * Budgets (issue 12), set from Astro's blog starter on a quiet 2-core machine: wall seconds for
 * build + index by N, peak memory of every process at 10,000, dist/ per article, and any page.
 */
export const BUDGET = {
  seconds: new Map([
    [1000, 10],
    [10_000, 80],
  ]),
  peakBytes: new Map([
    [10_000, 2e9],
    [100_000, 8e9],
  ]),
  distBytesPerArticle: 35e3,
  pageBytes: 100e3,
};

/**
 * Builds N generated articles in tmp/scale-N/ (inside the project: Astro builds content only from
 * within its root), with a cache folder of its own that starts empty, so the first build is a
 * clean one; with `rebuild`, builds again after one article changed.
 */
export async function buildAtScale(
  n: number,
  options: { keep?: boolean; features?: boolean; rebuild?: boolean } = {},
): Promise<ScaleResult> {
  const work = join('tmp', `scale-${n}`);
  rmSync(work, { recursive: true, force: true });
  const loadAtStart = loadavg()[0]!;
  try {
    return { ...(await measureBuild(n, work, options)), loadAtStart };
  } finally {
    if (options.keep) console.log(`         kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

async function measureBuild(
  n: number,
  work: string,
  { features = false, rebuild = false }: { features?: boolean; rebuild?: boolean },
): Promise<Omit<ScaleResult, 'loadAtStart'>> {
  const content = join(work, 'content');
  const out = join(work, 'dist');
  // Its own output folder and caches (ours and Astro's content store), which start empty: a clean build.
  const env = { FOLIO_CONTENT_DIR: content, FOLIO_OUT_DIR: out, FOLIO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const corpus = ['run', '-s', 'corpus', '--', '--count', String(n), '--out', content, ...(features ? ['--features'] : [])];
  execFileSync('npm', corpus, { stdio: 'ignore' });
  const { check, site, index, whole } = await build(n, env);
  const pages = readdirSync(join(out, 'articles')).length;
  if (pages !== n) throw new Error(`The build at N=${n} made ${pages} article pages, not ${n}.`);
  const result: Omit<ScaleResult, 'loadAtStart'> = {
    n,
    check,
    site,
    index,
    buildSeconds: Math.max(check.seconds, site.seconds), // the check runs beside Astro's start (package.json)
    indexSeconds: index.seconds,
    totalSeconds: whole.seconds,
    cpuSeconds: whole.cpuSeconds,
    peakBytes: whole.peakBytes,
    distBytes: dirBytes(out),
    indexBytes: dirBytes(join(out, 'pagefind')),
    distParts: distParts(out),
    largestPage: largestHtml(out),
    incrementalCacheBytes: existsSync(join(work, 'cache', 'astro', 'dist')) ? dirBytes(join(work, 'cache', 'astro', 'dist')) : 0,
  };
  if (rebuild) {
    // One article's text changes; the caches of the first build are kept.
    const file = join(content, readdirSync(content).sort()[0]!);
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, `${source.trimEnd()}\n\nOne more paragraph, added to measure a rebuild.\n`);
    const changed = await build(n, env);
    // Then a new article, the newest: it moves every page of the listings it is in.
    const added = source
      .replace(/^title: .*$/m, 'title: "An Article Added to Measure a Rebuild"')
      .replace(/^date: .*$/m, 'date: "2030-01-01"');
    writeFileSync(join(content, 'added-article.mdx'), added);
    const more = await build(n, env);
    result.rebuild = {
      changed: { site: changed.site, index: changed.index, whole: changed.whole },
      added: { site: more.site, index: more.index, whole: more.whole },
    };
  }
  return result;
}

/** `npm run build`'s steps, told apart by their processes' command lines (a shell running them all is none of them). */
const STEPS: [string, RegExp][] = [
  ['check', /^node \S*tools\/check-content\.ts/],
  ['site', /^node \S*astro(\.mjs)? build/],
  ['index', /^node \S*tools\/index-search\.ts/],
];
export const stepOf = (commandLine: string): string | undefined => STEPS.find(([, pattern]) => pattern.test(commandLine))?.[0];

/**
 * Runs `npm run build` itself, as a user would, and measures it whole (every process: npm, its
 * shell, each step's node and what they start) and step by step.
 */
async function build(n: number, env: Record<string, string>): Promise<{ check: Phase; site: Phase; index: Phase; whole: Phase }> {
  const print = (name: string, phase: Phase) => logged(n, name === 'site' ? 'astro build' : name, phase);
  const whole = await measure('npm', ['run', '-s', 'build'], env, true, stepOf, print);
  const step = (name: string): Phase => {
    const phase = whole.phases[name];
    if (!phase) throw new Error(`npm run build ran no "${name}" step that the bench could see`);
    return phase;
  };
  return { check: step('check'), site: step('site'), index: step('index'), whole: logged(n, 'npm run build', whole) };
}

/** Bytes of dist/ by kind: article pages, Open Graph cards, citation files, the search index, the rest. */
export function distParts(dir: string): Record<string, number> {
  const parts: Record<string, number> = { articles: 0, og: 0, cite: 0, index: 0, other: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const top = relative(dir, entry.parentPath).split(sep)[0]!;
    const kind = top.startsWith('pagefind') ? 'index' : top in parts ? top : 'other';
    parts[kind]! += statSync(join(entry.parentPath, entry.name)).size;
  }
  return parts;
}

/** The largest *.html file under `dir`, as a site path. */
export function largestHtml(dir: string): { path: string; bytes: number } {
  let largest = { path: '', bytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    if (bytes > largest.bytes) largest = { path: path.slice(dir.length), bytes };
  }
  return largest;
}

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1e3).toFixed(1)} KB`;
// Each step's peak, and beside it the largest processes in it (Pagefind's binary is pagefind_extend).
const processes = (p: Phase) =>
  Object.entries(p.peakByProcess)
    .filter(([, bytes]) => bytes > 50e6)
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `${name} ${mb(bytes)}`)
    .join(', ');
const phase = (name: string, p: Phase) =>
  `${name} ${p.seconds.toFixed(1)} s, ${p.cpuSeconds.toFixed(1)} CPU-s, ${mb(p.peakBytes)} (${processes(p)})`;
/** Prints a step's figures as soon as it ends (on stderr: a long run that is stopped still leaves them). */
function logged(n: number, name: string, p: Phase): Phase {
  console.error(`  N=${n} ${new Date().toISOString().slice(11, 19)} UTC, load ${loadavg()[0]!.toFixed(1)}: ${phase(name, p)}`);
  return p;
}
/** "12.3 ✓" or "12.3 ✗ (≤ 10)": a figure marked against its budget, if it has one. */
const mark = (shown: string, value: number, budget: number | undefined, budgetShown = String(budget)) =>
  budget === undefined ? shown : value <= budget ? `${shown} met` : `${shown} MISSED (≤ ${budgetShown})`;

export async function runScale(args: string[]): Promise<string[]> {
  // --sizes=10000 measures only those sizes; --keep leaves each build's folder for a closer look;
  // --rebuild also measures a second build after one article changed.
  const only = args.find((a) => a.startsWith('--sizes='));
  const sizes = only ? only.slice(8).split(',').map(Number) : [100, 1000, ...(args.includes('--scale-10k') ? [10_000] : [])];
  const widths = [8, 8, 8, 22, 9, 7, 22, 20, 22];
  const row = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(widths[i] ?? 12)).join(' '));
  row(['N', 'build s', 'index s', 'total s (wall)', 'CPU s', 'load', 'peak mem (all procs)', 'dist/ per article', 'largest page']);
  const failures: string[] = [];
  for (const n of sizes) {
    const r = await buildAtScale(n, {
      keep: args.includes('--keep'),
      features: args.includes('--features'),
      rebuild: args.includes('--rebuild'),
    });
    const total = r.totalSeconds;
    const secondsBudget = BUDGET.seconds.get(n);
    const peakBudget = BUDGET.peakBytes.get(n);
    const perArticle = r.distBytes / n;
    row([
      String(n),
      r.buildSeconds.toFixed(1),
      r.indexSeconds.toFixed(1),
      mark(total.toFixed(1), total, secondsBudget),
      r.cpuSeconds.toFixed(1),
      r.loadAtStart.toFixed(1),
      mark(mb(r.peakBytes), r.peakBytes, peakBudget, peakBudget ? mb(peakBudget) : ''),
      mark(kb(perArticle), perArticle, BUDGET.distBytesPerArticle, kb(BUDGET.distBytesPerArticle)),
      mark(kb(r.largestPage.bytes), r.largestPage.bytes, BUDGET.pageBytes, kb(BUDGET.pageBytes)),
    ]);
    console.log(`         ${[phase('check', r.check), phase('astro build', r.site), phase('index', r.index)].join('; ')}`);
    const parts = Object.entries(r.distParts).map(([kind, bytes]) => `${kind} ${kb(bytes / n)}`);
    console.log(`         largest page: ${r.largestPage.path}; dist/ ${mb(r.distBytes)}, per article: ${parts.join(', ')}`);
    console.log(`         Astro's incremental cache (page copies) after it: ${mb(r.incrementalCacheBytes)}`);
    for (const [what, b] of Object.entries(r.rebuild ?? {}))
      console.log(
        `         after one article ${what}: ${phase('npm run build', b.whole)}; ${phase('astro build', b.site)}; ${phase('index', b.index)}`,
      );
    if (secondsBudget !== undefined && total > secondsBudget)
      failures.push(
        `N=${n}: build + index ${total.toFixed(1)} s wall (budget ${secondsBudget} s; CPU ${r.cpuSeconds.toFixed(1)} s, load ${r.loadAtStart.toFixed(1)})`,
      );
    if (peakBudget !== undefined && r.peakBytes > peakBudget)
      failures.push(`N=${n}: peak memory ${mb(r.peakBytes)} (budget ${mb(peakBudget)})`);
    if (perArticle > BUDGET.distBytesPerArticle)
      failures.push(`N=${n}: dist/ ${kb(perArticle)} per article (budget ${kb(BUDGET.distBytesPerArticle)})`);
    if (r.largestPage.bytes > BUDGET.pageBytes)
      failures.push(`N=${n}: ${r.largestPage.path} is ${kb(r.largestPage.bytes)} (budget ${kb(BUDGET.pageBytes)} for any page)`);
  }
  console.log(
    `  on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end (wall-time budgets assume a quiet machine: compare CPU s when the load is high)`,
  );
  console.log(
    '  budgets: build + index ≤ 10 s wall at 1,000 and ≤ 80 s at 10,000; peak memory (every process of npm run build) ≤ 2 GB at 10,000 and ≤ 8 GB at 100,000; dist/ ≤ 35 KB per article; every HTML page ≤ 100 KB',
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
