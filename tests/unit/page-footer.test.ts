import { describe, expect, it } from 'vitest';
import { pageFooterParts } from '../../src/lib/print/page-footer.ts';

describe("the printed page's footer in the article's language", () => {
  it('needs nothing on the page in English: print.css holds its words', () => {
    expect(pageFooterParts('en')).toBeUndefined();
  });

  it('splits the other languages around the two page counters', () => {
    expect(pageFooterParts('ru')).toEqual(['Страница ', ' из ', '']);
    expect(pageFooterParts('ar')).toEqual(['صفحة ', ' من ', '']);
    expect(pageFooterParts('zh')).toEqual(['第 ', ' 页，共 ', ' 页']);
  });
});
