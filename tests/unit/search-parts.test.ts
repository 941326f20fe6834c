import { describe, expect, it } from 'vitest';
import { indexServices, partCount, partDir, partOf, partPages, splitIntoParts } from '../../tools/lib/search-parts.ts';

const paths = (n: number, prefix = 'articles/a') => Array.from({ length: n }, (_, i) => `${prefix}-${i}/index.html`);

describe('the search index in parts', () => {
  it('keeps a language that fits in one part, and splits a larger one into parts of at most about the limit', () => {
    expect(partCount(1000, 2500)).toBe(1);
    expect(partCount(2500, 2500)).toBe(1);
    expect(partCount(2501, 2500)).toBe(2);
    const parts = splitIntoParts(new Map([['en', paths(10_000)]]), 'en', 2500);
    expect(parts).toHaveLength(5);
    for (const part of parts) expect(part.paths.length).toBeLessThanOrEqual(2500);
    expect(parts.flatMap((p) => p.paths).sort()).toEqual(paths(10_000).sort());
  });

  it('names the site language’s first part pagefind/, and lists the others by language', () => {
    const parts = splitIntoParts(
      new Map([
        ['ru', paths(9, 'articles/r')],
        ['en', paths(9)],
      ]),
      'en',
      4,
    );
    expect(parts[0]!.dir).toBe('pagefind');
    expect(parts.map((p) => p.dir)).toEqual(expect.arrayContaining(['pagefind-ru', 'pagefind-en-2', 'pagefind-ru-2']));
    for (const part of parts) expect(part.dir.includes('ru')).toBe(part.language === 'ru');
    expect(partDir('ru', 0, 'ru')).toBe('pagefind');
  });

  it('puts a page in the same part whatever else changes: one new page changes one part', () => {
    const before = splitIntoParts(new Map([['en', paths(6000)]]), 'en', 2500);
    const after = splitIntoParts(new Map([['en', [...paths(6000), 'articles/new/index.html']]]), 'en', 2500);
    const changed = after.filter((part, i) => JSON.stringify(part.paths) !== JSON.stringify(before[i]!.paths));
    expect(changed).toHaveLength(1);
    expect(changed[0]!.paths).toContain('articles/new/index.html');
    expect(partOf('articles/a-1/index.html', 3)).toBe(partOf('articles/a-1/index.html', 3));
  });

  it('reads the part size from FOLIO_INDEX_PART_PAGES', () => {
    expect(partPages({ FOLIO_INDEX_PART_PAGES: '3' })).toBe(3);
    expect(partPages({})).toBeGreaterThan(1000);
    expect(() => partPages({ FOLIO_INDEX_PART_PAGES: '0' })).toThrow();
  });

  it('indexes two parts at once on two cores or more, one on one, or FOLIO_INDEX_SERVICES', () => {
    expect(indexServices({}, 2)).toBe(2);
    expect(indexServices({}, 8)).toBe(2);
    expect(indexServices({}, 1)).toBe(1);
    expect(indexServices({ FOLIO_INDEX_SERVICES: '3' }, 2)).toBe(3);
    expect(() => indexServices({ FOLIO_INDEX_SERVICES: '0' }, 2)).toThrow();
  });
});
