// Browser code: every script the site serves is a content-hashed file under _astro/ (so the
// _headers rule caches it as immutable), the inline head script and the loader point only at such
// files, and an article's first load fetches no script at all.
import { expect, test, type Page } from '@playwright/test';
import { BASE, builtPages, distFiles, fileForPath, readDist } from './built-site.ts';
import { SEED } from './helpers.ts';

/** Pagefind's bundle is written by the pagefind CLI with its own fingerprinted index; it is not our code. */
const ours = (file: string) => !file.startsWith('pagefind/');
/** The service worker keeps one address for the life of the site (browsers check it for updates), so it has no hash; _headers sends it no-cache. */
const WORKER = 'sw.js';
const HASHED_SCRIPT = /^_astro\/[\w-]+\.[A-Za-z0-9_-]{8,}\.js$/;

test('every script the site serves is under _astro/ with a content hash in its name', () => {
  const scripts = distFiles().filter((f) => /\.m?js$/.test(f) && ours(f) && f !== WORKER);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((f) => !HASHED_SCRIPT.test(f))).toEqual([]);
});

test('_headers caches everything under _astro/ as immutable', () => {
  const lines = readDist('_headers').split('\n');
  const rule = lines.indexOf(`${BASE}_astro/*`);
  expect(rule).toBeGreaterThan(-1);
  expect(lines[rule + 1]?.trim()).toBe('Cache-Control: public, max-age=31536000, immutable');
});

test('pages load no script file; their head script imports only the hashed loader and the dialog’s files, and the loader only hashed files', () => {
  const fromPages = new Set<string>();
  const urls = (text: string) => [...text.matchAll(/["`](\/[^"`]*\.js)["`]/g)].map(([, url]) => fileForPath(url!) ?? url!);
  for (const { file } of builtPages()) {
    const html = readDist(file);
    expect(html, file).not.toMatch(/<script[^>]*\ssrc=/);
    for (const url of urls(html)) fromPages.add(url);
  }
  const files = [...fromPages].filter((file) => file !== WORKER);
  const loaders = files.filter((file) => file.startsWith('_astro/loader.'));
  expect(loaders).toHaveLength(1);
  expect(files.some((file) => file.startsWith('_astro/search-dialog.'))).toBe(true);
  const targets = urls(readDist(loaders[0]!));
  expect(targets.length).toBeGreaterThanOrEqual(4); // share, search dialog, search page, highlighter
  for (const file of [...files, ...targets]) {
    expect(file).toMatch(HASHED_SCRIPT);
    expect(distFiles()).toContain(file);
  }
});

test('an article’s first load requests no script; the first interaction loads one from _astro/', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(SEED.path);
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await page.hover('#p2');
  await expect.poll(() => scripts.length).toBeGreaterThan(0);
  for (const path of scripts) expect(path.slice(BASE.length)).toMatch(HASHED_SCRIPT);
});

test.describe('what the reader does before the loader arrives is done when it arrives', () => {
  // The service worker would fetch the loader itself, out of page.route's reach.
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'block' });

  /** Holds back the loader's response until the returned function is called. */
  async function holdLoader(page: Page): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/loader\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  test('a search submitted from the header opens the dialog, not the /search/ page', async ({ page }) => {
    const release = await holdLoader(page);
    await page.goto(SEED.path);
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('missile');
    await page.keyboard.press('Enter');
    release();
    const dialog = page.locator('dialog.search-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('missile');
    expect(new URL(page.url()).pathname).toBe(`${BASE}${SEED.path}`);
  });

  test('Ctrl+K opens the dialog', async ({ page }) => {
    const release = await holdLoader(page);
    await page.goto(SEED.path);
    await page.locator('#p2').hover();
    await page.keyboard.press('Control+k');
    release();
    await expect(page.locator('dialog.search-dialog')).toBeVisible();
  });

  test('a sign of a search starts Pagefind and fetches the dialog’s code without waiting for the loader', async ({ page }) => {
    const release = await holdLoader(page);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname.slice(BASE.length)));
    await page.goto(SEED.path);
    await page.waitForLoadState('networkidle');
    expect(asked.filter((path) => path.startsWith('pagefind/') || path.endsWith('.js'))).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search articles' }).focus();
    for (const file of [
      /^pagefind\/pagefind\.js$/,
      /^pagefind\/folio-languages\.json$/,
      /^pagefind\/pagefind-entry\.json$/,
      /^_astro\/search-dialog\./,
    ])
      await expect.poll(() => asked.some((path) => file.test(path)), String(file)).toBe(true);
    release();
  });

  test('a copy button copies, and a chosen theme applies and is kept', async ({ page }) => {
    const release = await holdLoader(page);
    await page.goto(SEED.path);
    await page.locator('.cite-this summary').click();
    await page.getByRole('button', { name: 'Copy APA, original' }).click();
    await page.getByLabel('Theme').selectOption('dark');
    release();
    await expect(page.getByRole('status')).toHaveText('APA citation of the original copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#cite-apa').innerText());
    await expect.poll(() => page.evaluate(() => localStorage.getItem('folio-theme'))).toBe('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});
