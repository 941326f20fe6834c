// Reading offline: the service worker keeps the pages a reader opened and the site's shell,
// shows the offline page for the others (and for search), and serves a new deploy's page on
// the next visit. Each test serves its own copy of the build, so a test can "deploy" into it.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server.ts';
import { BASE, DIST } from './built-site.ts';
import { SEED } from './helpers.ts';

let copy: string;
let server: RunningServer;

// Several page loads each, and a worker to install: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async () => {
  copy = await mkdtemp(join(tmpdir(), 'folio-offline-'));
  await cp(DIST, copy, { recursive: true });
  server = await serveStatic(copy, BASE);
});

test.afterEach(async () => {
  await server.close();
  await rm(copy, { recursive: true, force: true });
});

/** Waits until the service worker controls the page and has kept it. */
async function kept(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(async () => !!(await caches.open('folio-pages').then((c) => c.match(location.pathname)))))
    .toBe(true);
}

test('an article opened once reads offline, styled; an unopened page shows the offline page listing it', async ({ page, context }) => {
  await page.goto(server.url + SEED.path);
  await kept(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/); // the style sheet came from the cache
  await expect(page.locator('.prose p').first()).toBeVisible();

  await page.goto(`${server.url}articles/not-opened-yet/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.locator('#offline-articles a')).toHaveText([SEED.title]);
  await page.locator('#offline-articles a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);

  await page.goto(`${server.url}search/?q=nato`);
  await expect(page.locator('#offline-reason')).toHaveText(/Search needs the connection/);
});

test('after a new deploy the next visit online gets the new page, and the kept copy is replaced', async ({ page, context }) => {
  await page.goto(server.url + SEED.path);
  await kept(page);

  const file = join(copy, SEED.path, 'index.html');
  await writeFile(file, (await readFile(file, 'utf8')).replaceAll(SEED.title, 'A Title From The New Deploy'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A Title From The New Deploy');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A Title From The New Deploy');
});

test('the site can be installed: a manifest with a name, icons and colours, and a worker that handles pages', async ({ page }) => {
  await page.goto(server.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(new URL(href!, server.url).href)).json();
  expect(manifest).toMatchObject({ name: 'Folio', display: 'standalone', start_url: BASE, scope: BASE });
  expect(manifest.theme_color).toMatch(/^#/);
  expect(manifest.background_color).toMatch(/^#/);
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i: { sizes: string }) => i.sizes === `${size}x${size}`);
    const png = await page.request.get(new URL(icon.src, server.url).href);
    expect(png.headers()['content-type']).toBe('image/png');
    const body = await png.body();
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([size, size]); // IHDR width and height
  }
  await page.evaluate(() => navigator.serviceWorker.ready);
});

test("a search's index files go straight to the network, not through the worker; its own files still pass through it", async ({ page }) => {
  await page.goto(server.url + SEED.path);
  await kept(page);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  // Resource Timing names the source the worker's static routing chose ("network"), or "" for its fetch handler.
  const sources = await page.evaluate(async (base) => {
    const style = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!.href;
    const urls = [`${base}pagefind/pagefind-entry.json?ts=1`, `${base}pagefind/folio-languages.json`, `${style}?again`];
    for (const url of urls) await (await fetch(url)).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 200)); // entries are added once a body has arrived
    return urls.map((url) => {
      const entry = performance.getEntriesByName(new URL(url, location.href).href)[0] as PerformanceResourceTiming & {
        workerMatchedSourceType?: string;
      };
      return [entry.workerStart > 0, entry.workerMatchedSourceType];
    });
  }, BASE);
  expect(sources).toEqual([
    [true, 'network'],
    [true, 'network'],
    [true, ''],
  ]);
});
