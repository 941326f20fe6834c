import { describe, expect, it } from 'vitest';
import { bodyLanguage, indexedDocument, withBodyLanguage } from '../../tools/lib/pagefind-document.ts';

const body =
  '<article lang="ru" data-pagefind-body><h1>Заголовок</h1><article><p>Вложенная</p></article>' +
  '<p id="p1" data-pagefind-title="¶ 1">Текст</p><div hidden data-pagefind-ignore><span data-pagefind-meta="title">Т</span></div></article>';
const page = (head: string, before: string, after: string) =>
  `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Заголовок · Folio</title>${head}</head>` +
  `<body><header>${before}</header><main>${body}</main><footer>${after}</footer></body></html>`;

describe('what Pagefind is handed for a page', () => {
  it('gives only the <html> tag with the body’s language, the <title> and the data-pagefind-body element', () => {
    const html = page('<script>if (a<b) {}</script>', '<nav><a href="/">Folio</a></nav>', '<p>© Folio</p>');
    expect(indexedDocument(html)).toBe(
      `<!DOCTYPE html><html lang="ru" dir="ltr"><head><title>Заголовок · Folio</title></head><body>${body}</body></html>`,
    );
  });

  it('hands the whole page over when Pagefind would read something outside the body', () => {
    for (const outside of ['<span data-pagefind-filter="year">2011</span>', '<h1>Folio</h1>', '<img src="/logo.png" alt="">']) {
      const html = page('', outside, '');
      expect(indexedDocument(html)).toBe(withBodyLanguage(html));
    }
    const ignored = page('', '<div data-pagefind-ignore>menu</div>', '');
    expect(indexedDocument(ignored)).not.toBe(withBodyLanguage(ignored));
  });

  it('leaves a page without a body element, or whose body never closes, as it is but for the language', () => {
    const plain = '<html lang="en"><body><p>Hi</p></body></html>';
    expect(indexedDocument(plain)).toBe(plain);
    const open = '<html lang="en"><body><article lang="ru" data-pagefind-body><p>Hi</p></body></html>';
    expect(indexedDocument(open)).toBe(withBodyLanguage(open));
    expect(bodyLanguage(open)).toBe('ru');
  });

  it('finds the body by its tag, not by the words "data-pagefind-body" in the text before it', () => {
    const html = page('', '<p>Why data-pagefind-body matters</p>', '').replace('Заголовок · Folio', 'On data-pagefind-body');
    expect(bodyLanguage(html)).toBe('ru');
    // Those words look like something Pagefind reads outside the body, so the page goes whole, in the article's language.
    expect(indexedDocument(html)).toBe(html.replace('<html lang="en"', '<html lang="ru"'));
  });
});
