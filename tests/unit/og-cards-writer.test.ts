// The Open Graph cards written in one pass at the end of the build: each copied from the card
// cache once its drawing is done, or drawn on the spot with caching off; ids with a folder too.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { writeOgCards } from '../../src/integrations/og-cards.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('copies each cached card once it is drawn, and draws the rest', async () => {
  dir = mkdtempSync(join(tmpdir(), 'og-cards-'));
  const cache = join(dir, 'cache');
  mkdirSync(cache);
  const cachedNow = join(cache, 'a.png');
  writeFileSync(cachedNow, 'card a');
  const drawnLater = join(cache, 'b.png');
  // The worker writes card b to the cache only after the writer has started.
  const drawn = new Promise<void>((resolve) => setTimeout(() => resolve(writeFileSync(drawnLater, 'card b')), 20));
  const count = await writeOgCards(join(dir, 'dist'), [
    { id: 'a', cached: cachedNow },
    { id: 'b', cached: drawnLater, drawn },
    { id: 'ru/c', draw: async () => new TextEncoder().encode('card c') },
  ]);
  expect(count).toBe(3);
  const og = join(dir, 'dist', 'og');
  expect(readdirSync(og, { recursive: true }).sort()).toEqual(['a.png', 'b.png', 'ru', 'ru/c.png']);
  expect(readFileSync(join(og, 'a.png'), 'utf8')).toBe('card a');
  expect(readFileSync(join(og, 'b.png'), 'utf8')).toBe('card b');
  expect(readFileSync(join(og, 'ru', 'c.png'), 'utf8')).toBe('card c');
});

it('fails the build when a card could not be drawn', async () => {
  dir = mkdtempSync(join(tmpdir(), 'og-cards-'));
  const failed = Promise.reject(new Error('no font'));
  failed.catch(() => {});
  await expect(writeOgCards(dir, [{ id: 'x', cached: join(dir, 'x.png'), drawn: failed }])).rejects.toThrow('no font');
});
