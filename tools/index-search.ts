// Builds the site's search index with Pagefind: one bundle per article language, so that each
// article is stemmed and segmented by its own language. An article page is in the site's
// interface language (<html lang>) but its text is in its own (<article lang>), and Pagefind
// takes a page's language from <html lang>; so each page is handed to Pagefind with its
// article's language there (the files on disk are not changed).
// A language with many pages is indexed in parts (tools/lib/search-parts.ts), one Pagefind
// service after another, so memory stays that of one part. The site language's first part is
// pagefind/ (or, when it has no articles, the largest language's); every other part,
// pagefind-<lang>/ or pagefind-<lang>-<n>/, is listed in pagefind/folio-languages.json, which the
// search code reads to merge them all into one search (Pagefind's mergeIndex). Parts whose pages
// did not change are copied from the cache (tools/lib/index-part-cache.ts).
//   node tools/index-search.ts [SITE_DIR]   (default dist; FOLIO_INDEX_PART_PAGES: pages a part)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import pLimit from 'p-limit';
import * as pagefind from 'pagefind';
import { SITE_LANG } from '../src/i18n/index.ts';
import { partCache, partKey } from './lib/index-part-cache.ts';
import { shortenStartPolls } from './lib/pagefind-poll.ts';
import { useNativeGunzip } from './lib/pagefind-gunzip.ts';
import { startFiles, type PagefindEntry } from './lib/search-start-files.ts';
import { PART_DIR, partPages, splitIntoParts, type IndexPart } from './lib/search-parts.ts';
import { trimFragments } from './lib/fragment-anchors.ts';

/** The language of the indexed part of a page (the element with data-pagefind-body), if it says. */
export function bodyLanguage(html: string): string | undefined {
  const open = /<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/i.exec(html)?.[0];
  return open ? /\blang="([^"]+)"/.exec(open)?.[1] : undefined;
}

/** The page as Pagefind should read it: with the body's language on <html>. */
export function withBodyLanguage(html: string): string {
  const lang = bodyLanguage(html);
  return lang ? html.replace(/<html\b([^>]*?)\blang="[^"]*"/i, `<html$1lang="${lang}"`) : html;
}

/** The bundle a language's index goes to: languages are grouped by primary subtag ("en-GB" with "en"). */
const group = (lang: string) => lang.split('-')[0]!.toLowerCase();

/**
 * Postings (page entries and word positions) per index chunk, where Pagefind's default is 20,000:
 * smaller chunks halve what a query fetches, for a slightly larger pf_meta (docs/benchmarks.md).
 * Read by Pagefind's indexer from its environment; set before the first createIndex starts it.
 */
const INDEX_CHUNK_POSTINGS = '8000';

/** The ¶ links and heading anchors inside every article ("¶7", "Section titled …"): kept out of the index here, not by an attribute on each. */
const NOT_INDEXED = ['.para-anchor', '.heading-anchor'];

/** Pages sent to Pagefind's service ahead of its answers. */
const PAGES_IN_FLIGHT = 8;

/** What a merged part needs (the rest of a bundle, pagefind.js and its UIs and WebAssembly, comes from pagefind/). */
const MERGED_PART_KEEPS = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/**
 * What the site never loads from pagefind/: Pagefind's three ready-made UIs and its Web Worker
 * (the search code is our own, src/scripts/search/, and runs Pagefind with noWorker).
 */
const UNUSED_FILES = /^pagefind-((component-|modular-)?ui\.(js|css)|worker\.js)$/;

interface Page {
  language: string;
  /** A hash of the page as Pagefind reads it: a part's pages' hashes are its cache key. */
  hash: string;
}

/** Every page Pagefind would index (those with data-pagefind-body), by site path, with its language. */
function sitePages(site: string): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const file of (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    if (!file.endsWith('.html') || PART_DIR.test(file.split(sep)[0]!)) continue;
    const html = readFileSync(join(site, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue; // Pagefind would skip it
    const hash = createHash('sha256').update(withBodyLanguage(html)).digest('hex');
    pages.set(file.split(sep).join('/'), { language: group(bodyLanguage(html) ?? SITE_LANG), hash });
  }
  return pages;
}

/** Indexes one part's pages in a Pagefind service of its own and writes the bundle to `out`. */
async function indexPart(site: string, part: IndexPart, out: string): Promise<void> {
  const created = await pagefind.createIndex({ excludeSelectors: NOT_INDEXED });
  if (!created.index) throw new Error(`Pagefind: ${created.errors.join('; ')}`);
  // Each page is read, handed over and let go: only Pagefind holds the part. A few pages are on
  // their way at once, so that Pagefind indexes one while the next is read and sent; it takes
  // them in the order they were sent, so the bundle is the same as one page at a time.
  const index = created.index;
  const sending = pLimit(PAGES_IN_FLIGHT);
  await Promise.all(
    part.paths.map((sourcePath) =>
      sending(async () => {
        const html = readFileSync(join(site, ...sourcePath.split('/')), 'utf8');
        const added = await index.addHTMLFile({ sourcePath, content: withBodyLanguage(html) });
        if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
      }),
    ),
  );
  const written = await created.index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`Pagefind could not write ${part.dir}: ${written.errors.join('; ')}`);
  // Stopping the service returns the part's memory before the next part starts (deleteIndex
  // leaves the process as large as it grew).
  await pagefind.close();
  const unused = part.dir === 'pagefind' ? UNUSED_FILES : { test: (entry: string) => !MERGED_PART_KEEPS.test(entry) };
  for (const entry of readdirSync(out)) if (unused.test(entry)) rmSync(join(out, entry), { recursive: true });
  trimFragments(out);
}

async function main(site: string): Promise<void> {
  const started = performance.now();
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_POSTINGS;
  for (const old of readdirSync(site)) if (PART_DIR.test(old)) rmSync(join(site, old), { recursive: true });
  const pages = sitePages(site);
  const byLanguage = new Map<string, string[]>();
  for (const [path, { language }] of pages) {
    if (!byLanguage.has(language)) byLanguage.set(language, []);
    byLanguage.get(language)!.push(path);
  }
  const byCount = [...byLanguage.keys()].sort((a, b) => byLanguage.get(b)!.length - byLanguage.get(a)!.length);
  // The site language's bundle is pagefind/; when it has no articles, the largest language's.
  const primary = byLanguage.has(group(SITE_LANG)) ? group(SITE_LANG) : (byCount[0] ?? group(SITE_LANG));
  if (!byLanguage.size) byLanguage.set(primary, []);
  const parts = splitIntoParts(byLanguage, primary, partPages());

  const cache = partCache();
  let reused = 0;
  for (const part of parts) {
    const out = join(site, part.dir);
    const key = partKey(part, process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'], (path) => pages.get(path)!.hash);
    if (cache.restore(key, out)) reused++;
    else {
      await indexPart(site, part, out);
      cache.save(key, out);
    }
  }
  // Every bundle but pagefind/, relative to the site's base path, with its language, for the search code;
  // and the files the search starts with, which it asks for as soon as it has this list.
  const entry = (dir: string) => JSON.parse(readFileSync(join(site, dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const merged = parts.filter((p) => p.dir !== 'pagefind').map((p) => ({ language: p.language, dir: `${p.dir}/` }));
  const preload = startFiles(
    { dir: 'pagefind/', entry: entry('pagefind') },
    merged.map((p) => ({ ...p, entry: entry(p.dir) })),
    SITE_LANG,
  );
  writeFileSync(join(site, 'pagefind', 'folio-languages.json'), JSON.stringify({ primary, parts: merged, preload }));
  const script = join(site, 'pagefind', 'pagefind.js');
  writeFileSync(script, useNativeGunzip(shortenStartPolls(readFileSync(script, 'utf8'))));
  const summary = byCount.map(
    (lang) => `${lang} ${byLanguage.get(lang)!.length} pages in ${parts.filter((p) => p.language === lang).length} part(s)`,
  );
  const cached = reused ? `, ${reused} of ${parts.length} part(s) from the cache` : '';
  console.log(`Search index: ${summary.join(', ') || 'no pages'}${cached} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (import.meta.main) await main(process.argv[2] ?? (process.env['FOLIO_OUT_DIR'] || 'dist'));
