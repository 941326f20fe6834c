// Where a first search query's CPU goes: records a Chromium trace (with V8's CPU profiler) of one
// query written into the header's box and Enter, as the search bench's worst case does, and
// prints the renderer's CPU time by thread, the main thread's JavaScript by kind of work, and its
// other work by trace event. Figures for docs/benchmarks.md.
//   node tools/bench/search-profile.ts SITE_DIR [--query WORD] [--path PAGE] [--runs N] [--timeline] [--tasks] [--functions] [--no-sw]
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { serveStatic } from '../lib/static-server.ts';
import { resultsShownMs, watchResults } from './search-timing.ts';

interface TraceEvent {
  ph: string;
  name: string;
  cat: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string };
}

/** Kinds of JavaScript work, matched on a sample's stack from the innermost frame out; the first match names it. */
const KINDS: [string, (fn: string, url: string) => boolean][] = [
  [
    'gzip inflate of Pagefind files (pagefind.js, in JS)',
    (fn, url) => /pagefind\.js/.test(url) && /^(inflt|gunzipSync|gz_default|hMap|decompress)$/.test(fn),
  ],
  ['meta decode (wasm init_pagefind)', (fn) => fn === 'init_pagefind'],
  ['index chunk decode (wasm load_index_chunk)', (fn) => fn === 'load_index_chunk'],
  ['filter chunk decode (wasm load_filter_chunk)', (fn) => fn === 'load_filter_chunk'],
  ['search and ranking (wasm search)', (fn, url) => fn === 'search' && /pagefind\.js/.test(url)],
  ['wasm instantiate (compile, start)', (fn) => /^(__wbg_init|__wbg_load|__wbg_finalize_init|initSync)$/.test(fn)],
  [
    'result fragments (parse, excerpts, sub-results)',
    (fn) => /^(loadFragment|_loadFragment|build_excerpt|calculate_sub_results|calculate_excerpt_region|processedUrl)$/.test(fn),
  ],
  ['query normalisation (pagefind.js)', (fn) => fn === 'normalizeDiacritics'],
  ['other pagefind.js', (_fn, url) => /pagefind\.js/.test(url)],
  ['wasm (other)', (_fn, url) => url.startsWith('wasm://')],
  ['our search code (dialog, engine, rendering)', (_fn, url) => /\/_astro\/|\/src\/scripts\//.test(url)],
  ['inline loader and page scripts', (_fn, url) => /\.html|\/$/.test(url)],
];

function analyse(events: TraceEvent[]): void {
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const main = [...threadNames].find(([, name]) => name === 'CrRendererMain' && events.some((e) => `${e.pid}:${e.tid}` === name));
  // The renderer of the page: the CrRendererMain thread with the most work.
  const mains = [...threadNames].filter(([, n]) => n === 'CrRendererMain').map(([key]) => key);
  const busy = (key: string) => events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X').reduce((s, e) => s + (e.dur ?? 0), 0);
  const mainKey = main?.[0] ?? mains.sort((a, b) => busy(b) - busy(a))[0]!;
  const pid = Number(mainKey.split(':')[0]);

  // CPU by thread: thread time of top-level complete events (nested ones are inside their parents).
  const byThread = new Map<string, number>();
  const topLevel = new Map<string, TraceEvent[]>();
  const ends = new Map<string, number>();
  for (const e of events.filter((x) => x.pid === pid && x.ph === 'X' && x.dur !== undefined).sort((a, b) => a.ts - b.ts)) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ts < (ends.get(key) ?? 0)) continue;
    ends.set(key, e.ts + e.dur!);
    byThread.set(key, (byThread.get(key) ?? 0) + (e.tdur ?? e.dur!));
    topLevel.set(key, [...(topLevel.get(key) ?? []), e]);
  }
  console.log('Renderer CPU by thread (thread time of top-level trace events):');
  const grouped = new Map<string, number>();
  for (const [key, us] of byThread) {
    const name = (threadNames.get(key) ?? key).replace(/\d+$/, 'N');
    grouped.set(name, (grouped.get(name) ?? 0) + us);
  }
  for (const [name, us] of [...grouped].sort((a, b) => b[1] - a[1]))
    if (us > 1000) console.log(`  ${name.padEnd(40)} ${(us / 1000).toFixed(0)} ms`);

  // The main thread's top-level events by name.
  const names = new Map<string, number>();
  for (const e of topLevel.get(mainKey) ?? []) names.set(e.name, (names.get(e.name) ?? 0) + (e.tdur ?? e.dur!));
  console.log('Main thread, top-level events (thread time):');
  for (const [name, us] of [...names].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`  ${name.padEnd(40)} ${(us / 1000).toFixed(0)} ms`);
  // Work inside them, by name (nested: a script's compile is inside its evaluation).
  const nested = new Map<string, number>();
  const pattern =
    /^(v8\.compile|v8\.compileModule|v8\.evaluateModule|V8\.GC|MajorGC|MinorGC|UpdateLayoutTree|Layout|Paint|PrePaint|ParseHTML|ParseAuthorStyleSheet|v8\.wasm\.\w+|wasm\.\w+|v8\.parseOnBackground|HitTest|Commit|Decode)/;
  for (const e of events)
    if (e.pid === pid && `${e.pid}:${e.tid}` === mainKey && e.ph === 'X' && pattern.test(e.name))
      nested.set(e.name, (nested.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0));
  console.log('Main thread, selected events at any depth (thread time):');
  for (const [name, us] of [...nested].sort((a, b) => b[1] - a[1]).slice(0, 14))
    if (us > 500) console.log(`  ${name.padEnd(40)} ${(us / 1000).toFixed(1)} ms`);
  const offMain = new Map<string, number>();
  for (const [key, list] of topLevel) {
    if (key === mainKey) continue;
    for (const e of list) {
      const name = `${(threadNames.get(key) ?? '').replace(/\d+$/, 'N')}: ${e.name}`;
      offMain.set(name, (offMain.get(name) ?? 0) + (e.tdur ?? e.dur ?? 0));
    }
  }
  if (process.argv.includes('--functions')) {
    const inPool = new Map<string, number>();
    for (const e of events) {
      const key = `${e.pid}:${e.tid}`;
      if (e.pid !== pid || e.ph !== 'X' || !/ThreadPoolForeground/.test(threadNames.get(key) ?? '')) continue;
      inPool.set(e.name, (inPool.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0));
    }
    for (const [name, us] of [...inPool].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`    pool: ${name.padEnd(50)} ${(us / 1000).toFixed(1)} ms`);
  }
  console.log('Other threads, top-level events (thread time):');
  for (const [name, us] of [...offMain].sort((a, b) => b[1] - a[1]).slice(0, 10))
    if (us > 1000) console.log(`  ${name.padEnd(58)} ${(us / 1000).toFixed(1)} ms`);

  if (process.argv.includes('--tasks')) {
    // Each main-thread task of 3 ms of CPU or more from the first input event, with the work inside it by
    // trace event (at any depth, so nested events count in their parents too): which step forced style and layout.
    const t0 = Math.min(...events.filter((e) => e.pid === pid && e.name === 'EventDispatch').map((e) => e.ts));
    const inMain = events.filter((e) => `${e.pid}:${e.tid}` === mainKey && e.ph === 'X' && e.dur !== undefined);
    console.log('Main thread tasks from the first input (start, wall, CPU; inside: thread time by event, function calls by name):');
    for (const task of topLevel.get(mainKey) ?? []) {
      if (task.ts < t0 || (task.tdur ?? 0) < 3000) continue;
      const inside = new Map<string, number>();
      for (const e of inMain) {
        if (e === task || e.ts < task.ts || e.ts + e.dur! > task.ts + task.dur!) continue;
        const data = e.args?.data as { functionName?: string; url?: string; type?: string } | undefined;
        let name = e.name;
        if (e.name === 'FunctionCall') name = `call ${data?.functionName || '(anon)'} ${(data?.url ?? '').replace(/^.*\//, '')}`;
        else if (e.name === 'EventDispatch') name = `event ${data?.type}`;
        else if (
          !/^(UpdateLayoutTree|Layout|ParseHTML|v8\.\w+|V8\.GC\w*|MinorGC|MajorGC|Paint|PrePaint|HitTest|wasm\.\w+|TimerFire|RunMicrotasks|v8\.compile\w*)$/.test(
            e.name,
          )
        )
          continue;
        inside.set(name, (inside.get(name) ?? 0) + (e.tdur ?? e.dur!));
      }
      const parts = [...inside]
        .sort((a, b) => b[1] - a[1])
        .filter(([, us]) => us >= 500)
        .slice(0, 8)
        .map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`);
      console.log(
        `  ${((task.ts - t0) / 1000).toFixed(0).padStart(5)} ms  ${((task.dur ?? 0) / 1000).toFixed(0)} / ${((task.tdur ?? 0) / 1000).toFixed(0)} ms: ${parts.join('; ')}`,
      );
    }
  }
  if (process.argv.includes('--timeline')) {
    // The critical path: each request's start and end, and the main thread's long tasks, from the first input event.
    const t0 = Math.min(...events.filter((e) => e.pid === pid && e.name === 'EventDispatch').map((e) => e.ts));
    const requests = new Map<string, { url: string; start: number; end?: number }>();
    for (const e of events) {
      const data = e.args?.data as { requestId?: string; url?: string } | undefined;
      if (e.name === 'ResourceSendRequest' && data?.requestId) requests.set(data.requestId, { url: String(data.url), start: e.ts });
      if (e.name === 'ResourceFinish' && data?.requestId && requests.has(data.requestId)) requests.get(data.requestId)!.end = e.ts;
    }
    const lines: [number, string][] = [];
    for (const r of requests.values())
      if (r.start >= t0)
        lines.push([
          r.start,
          `fetch ${r.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 60)} → ${(((r.end ?? r.start) - t0) / 1000).toFixed(0)}`,
        ]);
    for (const e of topLevel.get(mainKey) ?? [])
      if (e.ts >= t0 && (e.dur ?? 0) > 4000)
        lines.push([e.ts, `task ${((e.dur ?? 0) / 1000).toFixed(0)} ms (cpu ${((e.tdur ?? 0) / 1000).toFixed(0)})`]);
    for (const [ts, line] of lines.sort((a, b) => a[0] - b[0])) console.log(`  ${((ts - t0) / 1000).toFixed(0).padStart(5)} ms  ${line}`);
  }
  // The main thread's JavaScript samples (V8's CPU profiler), by kind of work.
  const nodes = new Map<number, ProfileNode>();
  const samples: number[] = [];
  const deltas: number[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.name !== 'ProfileChunk') continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    samples.push(...(data.cpuProfile?.samples ?? []));
    deltas.push(...(data.timeDeltas ?? []));
  }
  const kinds = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? 0;
    const stack: ProfileNode[] = [];
    for (let node = nodes.get(samples[i]!); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) stack.push(node);
    const leaf = stack[0]?.callFrame.functionName ?? '(idle)'; // a sample from before the profile's nodes were named
    // The first kind, in KINDS' order, that any frame of the stack matches.
    const kind0 = KINDS.find(([, match]) => stack.some(({ callFrame: { functionName = '', url = '' } }) => match(functionName, url)));
    let kind = kind0?.[0];
    kind ??= leaf.startsWith('(') ? `${leaf} (native: style, layout, paint, parsing, compiling)` : 'other JavaScript';
    if (leaf === '(garbage collector)') kind = '(garbage collector)';
    kinds.set(kind, (kinds.get(kind) ?? 0) + us);
  }
  if (process.argv.includes('--functions')) {
    const self = new Map<string, number>();
    for (let i = 0; i < samples.length; i++) {
      const f = nodes.get(samples[i]!)?.callFrame as
        { functionName: string; url: string; lineNumber?: number; columnNumber?: number } | undefined;
      const name = `${f?.functionName} ${f?.url?.replace(/^.*\//, '')}:${f?.lineNumber}:${f?.columnNumber}`;
      self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? 0));
    }
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`    ${name.slice(0, 70).padEnd(72)} ${(us / 1000).toFixed(1)} ms`);
  }
  // Profiler nodes only name their parents in newer Chromium; older ones list children instead.
  console.log('Main thread, sampled (V8 CPU profiler), by kind of work:');
  for (const [kind, us] of [...kinds].sort((a, b) => b[1] - a[1]))
    if (!kind.startsWith('(idle)')) console.log(`  ${kind.padEnd(58)} ${(us / 1000).toFixed(0)} ms`);
}

/** One query written into the header's box and Enter, traced from just before the click until the network is quiet. */
async function traceQuery(page: Page, query: string): Promise<TraceEvent[]> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'v8.wasm',
      'disabled-by-default-v8.cpu_profiler',
      'blink',
      'loading',
      'toplevel',
    ],
  });
  await watchResults(page, query);
  const started = Date.now();
  await page.locator('#site-search-q').click();
  await page.keyboard.insertText(query);
  await page.keyboard.press('Enter');
  const fromEnter = await resultsShownMs(page);
  const shown = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const buffer = await browser.stopTracing();
  console.log(
    `Click to results: ${shown} ms (wall, including Playwright's own round trips); Enter to results: ${Math.round(fromEnter)} ms`,
  );
  const parsed = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

if (import.meta.main) {
  const { chromium } = await import('@playwright/test');
  const { chromiumLaunchOptions } = await import('../lib/find-chromium.ts');
  const argv = process.argv.slice(2);
  const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const site = argv.find((a, i) => !a.startsWith('-') && !(argv[i - 1] ?? '').startsWith('--')) ?? 'dist';
  const server = await serveStatic(site);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (let run = 0; run < Number(option('--runs') ?? 1); run++) {
      // --no-sw: without the site's service worker, to see what it costs.
      const serviceWorkers = argv.includes('--no-sw') ? 'block' : 'allow';
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers });
      await page.goto(new URL(option('--path') ?? '', server.url).href, { waitUntil: 'networkidle' });
      console.log(`\n${site}, query “${option('--query') ?? 'kalomi'}”, load average ${loadavg()[0]!.toFixed(2)} (2 cores)`);
      analyse(await traceQuery(page, option('--query') ?? 'kalomi'));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
