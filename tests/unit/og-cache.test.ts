import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cardCache, cardKey } from '../../src/lib/og/cache.ts';
import { ogPng, type OgCard } from '../../src/lib/og/image.ts';
import { seedCard as card } from './og-card-fixture.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-og-cache-'));
  process.env.FOLIO_CACHE_DIR = dir;
  delete process.env.FOLIO_CACHE;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.FOLIO_CACHE_DIR;
  delete process.env.FOLIO_CACHE;
});

it('keys a card by every text drawn on it', () => {
  const key = cardKey(card);
  expect(cardKey({ ...card })).toBe(key);
  for (const field of Object.keys(card) as (keyof OgCard)[]) expect(cardKey({ ...card, [field]: `${card[field]}.` })).not.toBe(key);
  // Fields are kept apart: moving text from one to the next is another card.
  expect(cardKey({ ...card, title: 'ab', author: 'c' })).not.toBe(cardKey({ ...card, title: 'a', author: 'bc' }));
});

it('gives back the bytes it kept, under the cache folder', async () => {
  const png = await ogPng(card);
  const cache = cardCache();
  const key = cardKey(card);
  expect(cache.has(key)).toBe(false);
  cache.write(key, png);
  expect(cache.has(key)).toBe(true);
  expect(cache.read(key)!.equals(png)).toBe(true);
  expect(readdirSync(join(dir, 'og'))).toEqual([`${key}.png`]); // no file left aside
});

it('keeps nothing when FOLIO_CACHE=0', async () => {
  process.env.FOLIO_CACHE = '0';
  const cache = cardCache();
  cache.write('k', await ogPng(card));
  expect(cache.has('k')).toBe(false);
  expect(readdirSync(dir)).toEqual([]);
});
