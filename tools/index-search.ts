// Builds the site's search index with Pagefind: one bundle per article language, so that each
// article is stemmed and segmented by its own language. An article page is in the site's
// interface language (<html lang>) but its text is in its own (<article lang>), and Pagefind
// takes a page's language from <html lang>; so each page is handed to Pagefind with its
// article's language there (the files on disk are not changed).
// The bundle of the site's language is pagefind/ (or, when it has no articles, the largest);
// each other language gets pagefind-<lang>/, listed in pagefind/folio-languages.json, which the
// search code reads to merge them all into one search (Pagefind's mergeIndex).
//   node tools/index-search.ts [SITE_DIR]   (default dist)
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { SITE_LANG } from '../src/i18n/index.ts';

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

async function main(site: string): Promise<void> {
  const started = performance.now();
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_POSTINGS;
  for (const old of readdirSync(site)) if (/^pagefind(-[a-z]+)?$/.test(old)) rmSync(join(site, old), { recursive: true });
  // One index per language, each fed page by page as the files are read: no page is held after
  // it is added (at 10,000 articles the pages alone are over 300 MB).
  const indexes = new Map<string, pagefind.PagefindIndex>();
  const pages = new Map<string, number>(); // pages indexed, by language
  const indexFor = async (lang: string) => {
    let index = indexes.get(lang);
    if (!index) {
      const created = await pagefind.createIndex({});
      if (!created.index) throw new Error(`Pagefind: ${created.errors.join('; ')}`);
      index = created.index;
      indexes.set(lang, index);
    }
    return index;
  };
  for (const file of (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    if (!file.endsWith('.html') || file.split(sep)[0]!.startsWith('pagefind')) continue;
    const html = readFileSync(join(site, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue; // Pagefind would skip it
    const lang = group(bodyLanguage(html) ?? SITE_LANG);
    const sourcePath = file.split(sep).join('/');
    const added = await (await indexFor(lang)).addHTMLFile({ sourcePath, content: withBodyLanguage(html) });
    if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
    pages.set(lang, (pages.get(lang) ?? 0) + 1);
  }
  const byCount = [...pages.keys()].sort((a, b) => pages.get(b)! - pages.get(a)!);
  const primary = pages.has(group(SITE_LANG)) ? group(SITE_LANG) : (byCount[0] ?? group(SITE_LANG));
  const dirOf = (lang: string) => (lang === primary ? 'pagefind' : `pagefind-${lang}`);

  for (const lang of pages.size ? pages.keys() : [primary]) {
    const index = await indexFor(lang);
    const written = await index.writeFiles({ outputPath: join(site, dirOf(lang)) });
    if (written.errors.length) throw new Error(`Pagefind could not write ${dirOf(lang)}: ${written.errors.join('; ')}`);
    await index.deleteIndex();
  }
  await pagefind.close();
  // The other languages' bundles, relative to the site's base path, for the search code.
  const others = Object.fromEntries([...pages.keys()].filter((l) => l !== primary).map((l) => [l, `${dirOf(l)}/`]));
  writeFileSync(join(site, 'pagefind', 'folio-languages.json'), JSON.stringify({ primary, others }));
  const summary = byCount.map((lang) => `${dirOf(lang)}/ ${lang} ${pages.get(lang)!}`).join(', ');
  console.log(`Search index: ${summary || 'no pages'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (import.meta.main) await main(process.argv[2] ?? 'dist');
