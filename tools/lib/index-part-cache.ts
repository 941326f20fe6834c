// Search index parts kept between builds, one folder a part under
// node_modules/.cache/folio/search-index/ (or FOLIO_CACHE_DIR/search-index/; FOLIO_CACHE=0 turns
// it off), named by a hash of everything the bundle depends on: its pages as Pagefind reads them,
// its language and folder, Pagefind's version and settings, and the code that writes it. A part
// whose pages did not change is copied back, not indexed again.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from '../../src/lib/og/cache.ts';
import { indexedDocument } from './pagefind-document.ts';
import type { IndexPart } from './search-parts.ts';

let writer: string | undefined;
/** A hash of what writes a bundle: Pagefind's version and the code that feeds it and trims its parts. */
function writerHash(): string {
  if (writer) return writer;
  // pagefind exports only its ESM entry (lib/index.js); its package.json is one folder up.
  const hash = createHash('sha256').update(readFileSync(new URL('../package.json', import.meta.resolve('pagefind'))));
  for (const file of [
    '../index-search.ts',
    './index-part-worker.ts',
    './pagefind-document.ts',
    './write-turns.ts',
    './search-parts.ts',
    './fragment-anchors.ts',
  ])
    hash.update(readFileSync(new URL(file, import.meta.url)));
  writer = hash.digest('hex');
  return writer;
}

/**
 * A page's hash for its part's key: of what Pagefind is handed (indexedDocument), not of the whole
 * page, so a change outside the indexed body (another article's "More by this author" list, say)
 * does not send the page's part to be indexed again.
 */
export function indexedPageHash(html: string): string {
  return createHash('sha256').update(indexedDocument(html)).digest('hex');
}

/** The cache key of a part: `pageHash` gives the hash of a page's text as Pagefind reads it. */
export function partKey(part: IndexPart, chunkSize: string | undefined, pageHash: (path: string) => string): string {
  const hash = createHash('sha256')
    .update(writerHash())
    .update(JSON.stringify([part.language, part.dir, chunkSize ?? '']));
  for (const path of part.paths) hash.update(`\n${path} ${pageHash(path)}`);
  return hash.digest('hex').slice(0, 32);
}

export interface PartCache {
  /** Copies the cached bundle with this key to `out`; false when there is none. */
  restore(key: string, out: string): boolean;
  save(key: string, out: string): void;
}

/** The part cache at cacheRoot(); one that keeps nothing when caching is off. */
export function partCache(): PartCache {
  const root = cacheRoot();
  if (!root) return { restore: () => false, save: () => {} };
  const dir = (key: string) => join(root, 'search-index', key);
  return {
    restore(key, out) {
      if (!existsSync(dir(key))) return false;
      cpSync(dir(key), out, { recursive: true });
      return true;
    },
    save(key, out) {
      // Copied aside then renamed: a build reading the cache at the same time never sees half a part.
      const aside = `${dir(key)}.${process.pid}.tmp`;
      cpSync(out, aside, { recursive: true });
      if (existsSync(dir(key))) rmSync(aside, { recursive: true });
      else renameSync(aside, dir(key));
    },
  };
}
