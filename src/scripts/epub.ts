// "Download as EPUB": turns the article on the page into an EPUB 3 file in the browser, when
// the reader asks (loaded on demand by EpubDownload.astro). The page already holds everything
// the book needs; making books here costs the build and dist/ nothing (docs/offline.md).
import { strToU8, zipSync, type Zippable } from 'fflate';
import { epubFileName, epubFiles, type EpubBook } from '../lib/reader/epub-package.ts';

interface ArticleJsonLd {
  headline: string;
  author?: { name: string } | { name: string }[];
  datePublished: string;
  dateModified?: string;
  isBasedOn?: string;
  url: string;
}

/** Screen-only controls, links to themselves, and what the e-book's own navigation replaces. */
const DROP = '[data-screen-only], [data-print-only], [hidden], .heading-anchor, .para-anchor, .toc, script, .visually-hidden';
const DROP_ATTRIBUTES = /^(data-(?!paragraph$)|aria-labelledby$|tabindex$)/;

/** The article as the e-book's body, and its headings. */
export function articleBody(doc: Document): { body: string; headings: EpubBook['headings'] } {
  const article = doc.querySelector('article')!.cloneNode(true) as HTMLElement;
  for (const node of article.querySelectorAll(DROP)) node.remove();
  for (const wrapper of article.querySelectorAll('.heading-wrapper')) wrapper.replaceWith(...wrapper.childNodes);
  // Paragraph numbers as in print, as text the e-reader shows whatever its style support.
  for (const p of article.querySelectorAll<HTMLElement>('p[data-paragraph]')) {
    const number = Object.assign(doc.createElement('span'), { className: 'pnum', textContent: `¶\u00a0${p.dataset['paragraph']}` });
    p.prepend(number, ' ');
  }
  for (const a of article.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = a.getAttribute('href')!;
    // Links within the article stay when their target is in the book; others point to the web.
    if (href.startsWith('#')) {
      if (!article.querySelector(`[id="${CSS.escape(href.slice(1))}"]`)) a.replaceWith(...a.childNodes);
    } else a.setAttribute('href', a.href);
  }
  for (const el of [article, ...article.querySelectorAll('*')])
    for (const { name } of [...el.attributes]) if (DROP_ATTRIBUTES.test(name)) el.removeAttribute(name);
  const headings = [...article.querySelectorAll<HTMLElement>('.prose h2[id], .prose h3[id]')].map((h) => ({
    id: h.id,
    text: h.textContent?.trim() ?? '',
    depth: Number(h.tagName[1]),
  }));
  const xml = new XMLSerializer();
  return { body: [...article.children].map((child) => xml.serializeToString(child)).join('\n'), headings };
}

export function bookOf(doc: Document): EpubBook {
  const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as ArticleJsonLd;
  const authors = [ld.author ?? []].flat().map((a) => a.name);
  return {
    url: ld.url,
    title: ld.headline,
    authors,
    // The article's language, which may differ from the site's (<html lang>).
    lang: doc.querySelector('article')?.lang || doc.documentElement.lang || 'en',
    published: ld.datePublished.slice(0, 10),
    modified: (ld.dateModified ?? ld.datePublished).slice(0, 10),
    sourceUrl: ld.isBasedOn ?? ld.url,
    // This edition's publisher; the original one is named in the body's source note.
    publisher: doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '',
    ...articleBody(doc),
  };
}

/** Makes the e-book of the article in `doc` and hands it to the browser as a download. */
export function downloadEpub(doc: Document): void {
  const book = bookOf(doc);
  const files: Zippable = {};
  for (const [name, text] of epubFiles(book)) files[name] = name === 'mimetype' ? [strToU8(text), { level: 0 }] : strToU8(text);
  const blob = new Blob([zipSync(files, { level: 9 })], { type: 'application/epub+zip' });
  const link = Object.assign(doc.createElement('a'), { href: URL.createObjectURL(blob), download: epubFileName(book.url) });
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
