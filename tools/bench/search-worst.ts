// The search bench's worst case alone (the header's box clicked, the word pasted, Enter at once),
// repeated on several sites in turn, so that builds before and after a change meet the same load:
// time from Enter to the results shown, and the renderer's CPU from the click, with their medians.
//   node tools/bench/search-worst.ts RUNS SITE_DIR... [--query WORD] [--paste-after MS]
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/find-chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { resultsShownMs, watchResults } from './search-timing.ts';

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const [runs, ...sites] = argv.filter((a, i) => !a.startsWith('--') && !(argv[i - 1] ?? '').startsWith('--'));
const query = option('--query') ?? 'kalomi';
const pasteAfter = Number(option('--paste-after') ?? 0);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const browser = await chromium.launch(chromiumLaunchOptions());
const servers = await Promise.all(sites.map((site) => serveStatic(site)));
const figures = new Map<string, [number, number][]>();
try {
  for (let run = 1; run <= Number(runs); run++) {
    for (const [i, site] of sites.entries()) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(servers[i]!.url, { waitUntil: 'networkidle' });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const cpu = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ProcessTime')?.value ?? 0) * 1000;
      const before = await cpu();
      await watchResults(page, query);
      await page.locator('#site-search-q').first().click();
      await page.keyboard.press('ControlOrMeta+a');
      if (pasteAfter) await page.waitForTimeout(pasteAfter);
      await page.keyboard.insertText(query);
      await page.keyboard.press('Enter');
      const ms = await resultsShownMs(page);
      await page.waitForLoadState('networkidle');
      const cpuMs = (await cpu()) - before;
      figures.set(site, [...(figures.get(site) ?? []), [Math.round(ms), Math.round(cpuMs)]]);
      console.log(`run ${run} ${site}: ${Math.round(ms)} ms, CPU ${Math.round(cpuMs)} ms, load ${loadavg()[0]!.toFixed(2)}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
for (const [site, rows] of figures)
  console.log(
    `${site}: median ${median(rows.map(([ms]) => ms))} ms (${rows.map(([ms]) => ms).join(', ')}), CPU median ${median(rows.map(([, c]) => c))} ms`,
  );
