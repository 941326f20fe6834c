// Gates on the built files (no browser): every page is valid HTML, every internal link
// and #fragment resolves, the sitemap/feed/canonical URLs point at built pages, and no
// external link opens a new window without rel="noopener".
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { BASE, builtPages, distFiles, fileForPath, readDist } from './built-site.ts';

const SITE = new URL(process.env['SITE_URL'] || 'http://127.0.0.1:4321');
const pages = builtPages();
const trees = new Map<string, Root>(pages.map(({ file }) => [file, fromHtml(readDist(file))]));

function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => void found.push(node));
  return found;
}

/** The ids (and <a name>s) on a built page. */
const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const tree = trees.get(file) ?? fromHtml(readDist(file));
    ids = new Set(
      elements(tree)
        .flatMap((e) => [e.properties['id'], e.tagName === 'a' ? e.properties['name'] : undefined])
        .filter((x): x is string => typeof x === 'string'),
    );
    idCache.set(file, ids);
  }
  return ids;
}

/** Every URL a page refers to: links, sources, srcsets, forms and <link>s. */
function referencedUrls(tree: Root): string[] {
  const urls: string[] = [];
  for (const e of elements(tree)) {
    for (const attr of ['href', 'src', 'action', 'poster', 'data']) {
      const value = e.properties[attr];
      if (typeof value === 'string' && value !== '') urls.push(value);
    }
    const srcset = e.properties['srcSet'];
    if (Array.isArray(srcset)) urls.push(...srcset.map((s) => String(s).trim().split(/\s+/)[0]!));
  }
  return urls;
}

/** Why a URL found on `file` does not resolve to a built file (and id), or null when it does. */
function brokenReason(url: string, file: string): string | null {
  const pageUrl = new URL(file.replace(/index\.html$/, ''), new URL(BASE, SITE));
  const target = new URL(url, pageUrl);
  if (!['http:', 'https:'].includes(target.protocol) || target.origin !== SITE.origin) return null; // external, mailto:, data:
  const targetFile = fileForPath(target.pathname);
  if (!targetFile) return `${url}: no built file at ${target.pathname}`;
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) return `${url}: no id="${fragment}" in ${targetFile}`;
  return null;
}

test('every built page is valid HTML (html-validate, recommended + document)', async () => {
  expect(pages.length).toBeGreaterThan(0);
  const validator = new HtmlValidate(htmlValidateConfig);
  const problems: string[] = [];
  for (const { file } of pages) {
    const report = await validator.validateString(readDist(file), file);
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('every internal link, asset and #fragment on every page resolves', () => {
  const broken: string[] = [];
  for (const { file } of pages) {
    for (const url of referencedUrls(trees.get(file)!)) {
      const reason = brokenReason(url, file);
      if (reason) broken.push(`${file}: ${reason}`);
    }
  }
  expect(broken).toEqual([]);
});

test('canonical URLs, the sitemap and feeds point at built pages on the configured site', () => {
  const broken: string[] = [];
  const check = (where: string, url: string) => {
    const target = new URL(url);
    if (target.origin !== SITE.origin) broken.push(`${where}: ${url} is not on ${SITE.origin}`);
    else if (!fileForPath(target.pathname)) broken.push(`${where}: ${url} is not a built page`);
  };
  for (const { file } of pages) {
    for (const e of elements(trees.get(file)!)) {
      const rel = e.properties['rel'];
      if (e.tagName === 'link' && Array.isArray(rel) && rel.includes('canonical')) check(`${file} canonical`, String(e.properties['href']));
    }
  }
  const xmlFiles = distFiles().filter((f) => /\.(xml|rss|atom)$/.test(f) || /(^|\/)(rss|atom|feed)[^/]*$/.test(f));
  expect(xmlFiles).toContain('sitemap-index.xml');
  const sitemapPages: string[] = [];
  for (const file of xmlFiles) {
    const xml = readDist(file);
    // <loc> in sitemaps, <link> in RSS items, <id>/<link href> in Atom: every site URL in them.
    for (const [, url] of xml.matchAll(/<(?:loc|link|id)>\s*(https?:\/\/[^<\s]+)\s*</g)) {
      check(file, url!.replace(/&amp;/g, '&'));
      if (file.startsWith('sitemap-') && file !== 'sitemap-index.xml') sitemapPages.push(new URL(url!).pathname);
    }
    for (const [, url] of xml.matchAll(/<link[^>]*\shref="(https?:\/\/[^"]+)"/g)) check(file, url!.replace(/&amp;/g, '&'));
  }
  // Every readable page (not the 404 page, nor the offline page the service worker shows) is in the sitemap.
  for (const { file, path } of pages) {
    if (file === '404.html' || file === 'offline/index.html') continue;
    expect(sitemapPages, `${file} is missing from the sitemap`).toContain(`${BASE}${path}`);
  }
  expect(broken).toEqual([]);
});

test('no link opens a new window without rel="noopener"', () => {
  const unsafe: string[] = [];
  for (const { file } of pages) {
    for (const e of elements(trees.get(file)!)) {
      if (!['a', 'area', 'form'].includes(e.tagName) || e.properties['target'] !== '_blank') continue;
      const rel = e.properties['rel'];
      const rels = Array.isArray(rel) ? rel.map(String) : [];
      if (!rels.includes('noopener') && !rels.includes('noreferrer'))
        unsafe.push(`${file}: ${String(e.properties['href'] ?? e.properties['action'])}`);
    }
  }
  expect(unsafe).toEqual([]);
});
