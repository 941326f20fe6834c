// Screenshots of built pages as a reader sees them: phone (390px) and desktop (1280px),
// light and dark, plus the print PDF of each article. For looking, not for testing.
//   npm run build && npm run screenshots [-- /articles/some-id/ …]
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/find-chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const out = process.env['SCREENSHOT_DIR'] ?? 'screenshots';
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/articles/turning-a-happy-hour-into-a-happy-alliance/', '/404/'];

await mkdir(out, { recursive: true });
const server = await serveStatic(process.env['E2E_DIST'] ?? 'dist'); // E2E_DIST: another build, such as a fixture site
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const path of paths) {
    const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
    for (const [label, width, height] of [
      ['phone', 390, 844],
      ['desktop', 1280, 900],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
        await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
        await page.screenshot({ path: `${out}/${name}-${label}-${scheme}.png`, fullPage: true });
        await page.close();
      }
    }
    if (path.includes('/articles/')) {
      const page = await browser.newPage();
      await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
      await page.pdf({ path: `${out}/${name}.pdf`, preferCSSPageSize: true });
      await page.close();
    }
  }
  console.log(`Screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
