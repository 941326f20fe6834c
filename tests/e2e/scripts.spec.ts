// Browser code: every script the site serves is a content-hashed file under _astro/ (so the
// _headers rule caches it as immutable), the inline loader points only at such files, and an
// article's first load fetches no script at all.
import { expect, test } from '@playwright/test';
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

test('pages load no script file, and the loader points only at hashed files that exist', () => {
  const targets = new Set<string>();
  for (const { file } of builtPages()) {
    const html = readDist(file);
    expect(html, file).not.toMatch(/<script[^>]*\ssrc=/);
    for (const [, url] of html.matchAll(/["`](\/[^"`]*\.js)["`]/g)) targets.add(url!);
  }
  const files = [...targets].map((url) => fileForPath(url)).filter((file) => file !== WORKER);
  expect(files.length).toBeGreaterThanOrEqual(4); // share, search dialog, search page, highlighter
  for (const file of files) expect(file).toMatch(HASHED_SCRIPT);
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
