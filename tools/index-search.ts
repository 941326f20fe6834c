// Builds the site's search index with Pagefind: one bundle per article language, so that each
// article is stemmed and segmented by its own language. An article page is in the site's
// interface language (<html lang>) but its text is in its own (<article lang>), and Pagefind
// takes a page's language from <html lang>; so each page is handed to Pagefind with its
// article's language there (the files on disk are not changed).
// A language with many pages is indexed in parts (tools/lib/search-parts.ts), two at once where
// there are two cores, each by a Pagefind service of its own in a worker thread
// (tools/lib/index-part-worker.ts): one part is fed while the one before writes its bundle, and
// large parts write one at a time, so memory stays about that of one part. The site language's first part is
// pagefind/ (or, when it has no articles, the largest language's); every other part,
// pagefind-<lang>/ or pagefind-<lang>-<n>/, is listed in pagefind/folio-languages.json, which the
// search code reads to merge them all into one search (Pagefind's mergeIndex). Parts whose pages
// did not change are copied from the cache (tools/lib/index-part-cache.ts).
//   node tools/index-search.ts [SITE_DIR]   (default dist; FOLIO_INDEX_PART_PAGES: pages a part,
//   FOLIO_INDEX_SERVICES: parts at once)
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import pLimit from 'p-limit';
import { SITE_LANG } from '../src/i18n/index.ts';
import { indexedPageHash, partCache, partKey } from './lib/index-part-cache.ts';
import { indexPartHere, indexPartInWorker } from './lib/index-part-worker.ts';
import { bodyLanguage } from './lib/pagefind-document.ts';
import { shortenStartPolls } from './lib/pagefind-poll.ts';
import { useNativeGunzip } from './lib/pagefind-gunzip.ts';
import { startFiles, type PagefindEntry } from './lib/search-start-files.ts';
import { PART_DIR, indexServices, partPages, splitIntoParts } from './lib/search-parts.ts';
import { writeTurns } from './lib/write-turns.ts';

/** The bundle a language's index goes to: languages are grouped by primary subtag ("en-GB" with "en"). */
const group = (lang: string) => lang.split('-')[0]!.toLowerCase();

/**
 * Postings (page entries and word positions) per index chunk, where Pagefind's default is 20,000:
 * smaller chunks halve what a query fetches, for a slightly larger pf_meta (docs/benchmarks.md).
 * Read by Pagefind's indexer from its environment; set before the first createIndex starts it.
 */
const INDEX_CHUNK_POSTINGS = '8000';

interface Page {
  language: string;
  /** A hash of what Pagefind is given of the page: a part's pages' hashes are its cache key. */
  hash: string;
}

/** Every page Pagefind would index (those with data-pagefind-body), by site path, with its language. */
function sitePages(site: string): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const file of (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    if (!file.endsWith('.html') || PART_DIR.test(file.split(sep)[0]!)) continue;
    const html = readFileSync(join(site, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue; // Pagefind would skip it
    pages.set(file.split(sep).join('/'), { language: group(bodyLanguage(html) ?? SITE_LANG), hash: indexedPageHash(html) });
  }
  return pages;
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
  const keys = new Map(
    parts.map((part) => [part, partKey(part, process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'], (path) => pages.get(path)!.hash)]),
  );
  const toIndex = parts.filter((part) => !cache.restore(keys.get(part)!, join(site, part.dir)));
  const reused = parts.length - toIndex.length;
  // Parts not in the cache are indexed a few at once, each in a Pagefind service of its own in a
  // worker thread, large ones writing their bundles one at a time; a part indexed alone, here.
  const services = indexServices();
  const writeTurn = writeTurns();
  const indexing = pLimit(services);
  await Promise.all(
    toIndex.map((part) =>
      indexing(async () => {
        const out = join(site, part.dir);
        if (toIndex.length === 1 || services === 1) await indexPartHere(site, part, out);
        else await indexPartInWorker(site, part, out, writeTurn);
        cache.save(keys.get(part)!, out);
      }),
    ),
  );
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
