import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { indexedPageHash, partCache, partKey } from '../../tools/lib/index-part-cache.ts';
import type { IndexPart } from '../../tools/lib/search-parts.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-index-cache-'));
  process.env.FOLIO_CACHE_DIR = join(dir, 'cache');
  delete process.env.FOLIO_CACHE;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.FOLIO_CACHE_DIR;
  delete process.env.FOLIO_CACHE;
});

const part: IndexPart = { language: 'en', dir: 'pagefind-en-2', paths: ['articles/a/index.html', 'articles/b/index.html'] };
const hashes: Record<string, string> = { 'articles/a/index.html': '1', 'articles/b/index.html': '2' };

it('keys a part by its pages, their text, its language, folder and chunk size', () => {
  const key = partKey(part, '8000', (p) => hashes[p]!);
  expect(partKey({ ...part }, '8000', (p) => hashes[p]!)).toBe(key);
  expect(partKey(part, '8000', (p) => (p.includes('/b/') ? '3' : '1'))).not.toBe(key); // one page's text changed
  expect(partKey({ ...part, paths: part.paths.slice(0, 1) }, '8000', (p) => hashes[p]!)).not.toBe(key);
  expect(partKey({ ...part, language: 'ru' }, '8000', (p) => hashes[p]!)).not.toBe(key);
  expect(partKey({ ...part, dir: 'pagefind-en-3' }, '8000', (p) => hashes[p]!)).not.toBe(key);
  expect(partKey(part, '20000', (p) => hashes[p]!)).not.toBe(key);
});

it('gives back the bundle it kept, file for file', () => {
  const out = join(dir, 'site', 'pagefind-en-2');
  mkdirSync(join(out, 'index'), { recursive: true });
  writeFileSync(join(out, 'pagefind-entry.json'), '{}');
  writeFileSync(join(out, 'index', 'en_1.pf_index'), 'x');
  const cache = partCache();
  expect(cache.restore('k', join(dir, 'elsewhere'))).toBe(false);
  cache.save('k', out);
  const again = join(dir, 'again');
  expect(cache.restore('k', again)).toBe(true);
  expect(readFileSync(join(again, 'index', 'en_1.pf_index'), 'utf8')).toBe('x');
  expect(readdirSync(join(dir, 'cache', 'search-index'))).toEqual(['k']); // nothing left aside
});

it('keeps nothing when FOLIO_CACHE=0', () => {
  process.env.FOLIO_CACHE = '0';
  const out = join(dir, 'site');
  mkdirSync(out, { recursive: true });
  partCache().save('k', out);
  expect(partCache().restore('k', join(dir, 'again'))).toBe(false);
});

it('hashes a page by what Pagefind indexes of it, not by what surrounds its body', () => {
  const page = (body: string, aside: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>A – Folio</title></head><body><main><article data-pagefind-body><p>${body}</p></article><aside><a href="/articles/b/">${aside}</a></aside></main></body></html>`;
  const hash = indexedPageHash(page('Text.', 'More by this author: B'));
  expect(indexedPageHash(page('Text.', 'More by this author: C'))).toBe(hash); // another article added by the author
  expect(indexedPageHash(page('Text, edited.', 'More by this author: B'))).not.toBe(hash);
  expect(indexedPageHash(page('Text.', 'More by this author: B').replace('<title>A', '<title>A2'))).not.toBe(hash);
});
