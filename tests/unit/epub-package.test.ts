import { describe, expect, it } from 'vitest';
import { epubFiles, type EpubBook } from '../../src/lib/reader/epub-package.ts';

const book = (lang: string): EpubBook => ({
  url: 'https://example.org/articles/x/',
  title: 'T',
  authors: ['A'],
  lang,
  published: '2012-03-14',
  modified: '2012-03-14',
  sourceUrl: 'https://example.com/x',
  publisher: 'Folio',
  body: '<p>x</p>',
  headings: [{ id: 'h', text: 'H', depth: 2 }],
});
const files = (lang: string) => Object.fromEntries(epubFiles(book(lang)));

describe('the e-book in the article’s language', () => {
  it('is a right-to-left book for an Arabic article, with its contents and colophon in Arabic', () => {
    const ar = files('ar');
    expect(ar['EPUB/package.opf']).toContain('<spine page-progression-direction="rtl">');
    expect(ar['EPUB/package.opf']).toContain('<dc:language>ar</dc:language>');
    expect(ar['EPUB/nav.xhtml']).toContain('lang="ar" xml:lang="ar" dir="rtl"');
    expect(ar['EPUB/nav.xhtml']).toContain('<h1>المحتويات</h1>');
    expect(ar['EPUB/article.xhtml']).toContain('هذا الكتاب الإلكتروني: Folio، <a href="https://example.org/articles/x/">');
    expect(ar['EPUB/article.xhtml']).toContain('https://example.org/articles/x/#pN');
  });

  it('keeps a left-to-right spine and English words for an English article', () => {
    const en = files('en');
    expect(en['EPUB/package.opf']).toContain('<spine>');
    expect(en['EPUB/nav.xhtml']).toContain('dir="ltr"');
    expect(en['EPUB/nav.xhtml']).toContain('<h1>Contents</h1>');
    expect(en['EPUB/package.opf']).toMatch(/accessibilitySummary" xml:lang="en">/);
    expect(en['EPUB/article.xhtml']).toContain('This e-book: Folio, <a href="https://example.org/articles/x/">');
  });
});
