import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/find-chromium.ts';
import { serveStatic } from './lib/static-server.ts';
const server = await serveStatic('dist');
const browser = await chromium.launch(chromiumLaunchOptions());
const art = 'articles/turning-a-happy-hour-into-a-happy-alliance/';
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width, height: width === 390 ? 844 : 900 } });
    const page = await ctx.newPage();
    const name = (n: string) => `/tmp/issue3-shots/${n}-${width}-${scheme}.png`;
    await page.goto(server.url + art);
    await page.screenshot({ path: name('header') });
    await page.locator('#site-search-q').click();
    await page.keyboard.type('missile', { delay: 60 });
    await page.locator('dialog .search-result').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: name('dialog') });
    await page.goto(server.url + 'search/?q=frozen+conflicts');
    await page.locator('.search-result').first().waitFor();
    await page.screenshot({ path: name('searchpage'), fullPage: true });
    await page.goto(server.url + art + '?highlight=missile#p4');
    await page.locator('mark.pagefind-highlight').first().waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: name('landing') });
    await ctx.close();
  }
}
const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
await page.goto(server.url + 'search/?q=missile');
await page.screenshot({ path: '/tmp/issue3-shots/nojs-390-light.png', fullPage: true });
await browser.close(); await server.close();
