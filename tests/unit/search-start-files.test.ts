import { describe, expect, it } from 'vitest';
import { pickIndex, startFiles, type PagefindEntry } from '../../tools/lib/search-start-files.ts';

const entry = (languages: PagefindEntry['languages']): PagefindEntry => ({ languages });
const en = entry({ en: { hash: 'en_1a', wasm: 'en', page_count: 800 } });
const ru = entry({ ru: { hash: 'ru_2b', wasm: 'ru', page_count: 200 } });

describe('the files a search starts with', () => {
  it('picks the index Pagefind reads for a language: exact, then its primary subtag, then the largest', () => {
    const two = entry({ en: { hash: 'en_1', wasm: 'en', page_count: 3 }, fr: { hash: 'fr_1', wasm: 'fr', page_count: 9 } });
    expect(pickIndex(two, 'en')?.hash).toBe('en_1');
    expect(pickIndex(two, 'en-gb')?.hash).toBe('en_1');
    expect(pickIndex(two, 'de')?.hash).toBe('fr_1');
    expect(pickIndex(entry({}), 'en')).toBeUndefined();
  });

  it("names the primary bundle's meta and wasm and every merged bundle's meta, in the pages' language", () => {
    expect(
      startFiles(
        { dir: 'pagefind/', entry: en },
        [
          { dir: 'pagefind-ru/', language: 'ru', entry: ru },
          { dir: 'pagefind-en-2/', language: 'en', entry: entry({ en: { hash: 'en_3c', wasm: 'en', page_count: 5 } }) },
        ],
        'en',
      ),
    ).toEqual([
      'pagefind/pagefind.en_1a.pf_meta',
      'pagefind/wasm.en.pagefind',
      'pagefind-ru/pagefind.ru_2b.pf_meta',
      'pagefind-en-2/pagefind.en_3c.pf_meta',
    ]);
  });

  it('takes the wasm Pagefind falls back to for a language it cannot stem, and the largest index when the page language has none', () => {
    const unknown = entry({ xx: { hash: 'xx_9', wasm: null, page_count: 1 } });
    expect(startFiles({ dir: 'pagefind/', entry: unknown }, [], 'EN')).toEqual([
      'pagefind/pagefind.xx_9.pf_meta',
      'pagefind/wasm.unknown.pagefind',
    ]);
    expect(startFiles({ dir: 'pagefind/', entry: ru }, [], 'en')).toEqual(['pagefind/pagefind.ru_2b.pf_meta', 'pagefind/wasm.ru.pagefind']);
  });
});
