// The files of an EPUB 3 e-book of one article, as text: the package document (metadata,
// including accessibility metadata), the navigation document (the table of contents), the
// article as one XHTML document, and a small style sheet. Pure, so the browser's EPUB writer
// (src/scripts/epub.ts) and the tests share it; the zip is made by the caller. The book's own
// words (contents, colophon) are in the article's language, and a right-to-left article makes a
// right-to-left book (dir, and the spine's page-progression-direction).
import { direction } from '../../i18n/format.ts';
import { t } from '../../i18n/strings.ts';

export interface EpubBook {
  /** The article's URL: the book's identifier and its source on the web. */
  url: string;
  title: string;
  authors: string[];
  /** BCP 47 language tag. */
  lang: string;
  /** YYYY-MM-DD: first publication, and last update (or the same). */
  published: string;
  modified: string;
  /** The original publication. */
  sourceUrl: string;
  publisher: string;
  /** The article as XHTML elements (serialized), to go inside <body>. */
  body: string;
  /** Headings inside the body, for the table of contents. */
  headings: { id: string; text: string; depth: number }[];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

const STYLE = `body { margin: 0 5%; line-height: 1.5; }
h1 { font-size: 1.6em; line-height: 1.2; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8em; }
.pnum { font-size: 0.75em; font-family: sans-serif; }
.colophon { margin-top: 2em; font-size: 0.9em; }
`;

function xhtml(lang: string, title: string, body: string): string {
  const l = escapeXml(lang);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${l}" xml:lang="${l}" dir="${direction(lang)}">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Where the e-book comes from, and how its paragraph numbers map to the web. */
function colophon(book: EpubBook): string {
  const url = escapeXml(book.url);
  const link = `<a href="${url}">${url}</a>`;
  return `<section class="colophon" aria-label="${escapeXml(t(book.lang, 'article.colophon'))}">
<p>${t(book.lang, 'article.ebookEdition', { publisher: escapeXml(book.publisher), url: link })}</p>
<p>${escapeXml(t(book.lang, 'article.ebookNumbers', { url: '\u0000' })).replace('\u0000', `${url}#pN`)}</p>
</section>`;
}

function nav(book: EpubBook): string {
  const items = book.headings.map((h) => `<li><a href="article.xhtml#${escapeXml(h.id)}">${escapeXml(h.text)}</a></li>`).join('\n');
  const sub = items ? `\n<ol>\n${items}\n</ol>\n` : '';
  const contents = escapeXml(t(book.lang, 'article.contents'));
  return xhtml(
    book.lang,
    contents,
    `<nav epub:type="toc" id="toc" role="doc-toc">
<h1>${contents}</h1>
<ol>
<li><a href="article.xhtml">${escapeXml(book.title)}</a>${sub}</li>
</ol>
</nav>`,
  );
}

function opf(book: EpubBook): string {
  const creators = book.authors.map((a, i) => `<dc:creator id="creator${i + 1}">${escapeXml(a)}</dc:creator>`).join('\n    ');
  const summary =
    'The article as structured text: headings, paragraphs with their permanent numbers, and footnotes; ' +
    'no images, sound or video. A table of contents lists its sections.';
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${escapeXml(book.lang)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">${escapeXml(book.url)}</dc:identifier>
    <dc:title>${escapeXml(book.title)}</dc:title>
    ${creators}
    <dc:language>${escapeXml(book.lang)}</dc:language>
    <dc:date>${escapeXml(book.published)}</dc:date>
    <dc:source>${escapeXml(book.sourceUrl)}</dc:source>
    <dc:publisher>${escapeXml(book.publisher)}</dc:publisher>
    <meta property="dcterms:modified">${escapeXml(book.modified)}T00:00:00Z</meta>
    <meta property="schema:accessMode">textual</meta>
    <meta property="schema:accessModeSufficient">textual</meta>
    <meta property="schema:accessibilityFeature">structuralNavigation</meta>
    <meta property="schema:accessibilityFeature">tableOfContents</meta>
    <meta property="schema:accessibilityFeature">readingOrder</meta>
    <meta property="schema:accessibilityHazard">none</meta>
    <meta property="schema:accessibilitySummary" xml:lang="en">${summary}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="article" href="article.xhtml" media-type="application/xhtml+xml"/>
    <item id="style" href="style.css" media-type="text/css"/>
  </manifest>
  <spine${direction(book.lang) === 'rtl' ? ' page-progression-direction="rtl"' : ''}>
    <itemref idref="article"/>
  </spine>
</package>
`;
}

/** The e-book's files in zip order: "mimetype" first, as EPUB requires (the caller stores it uncompressed). */
export function epubFiles(book: EpubBook): [string, string][] {
  return [
    ['mimetype', 'application/epub+zip'],
    ['META-INF/container.xml', CONTAINER],
    ['EPUB/package.opf', opf(book)],
    ['EPUB/nav.xhtml', nav(book)],
    ['EPUB/article.xhtml', xhtml(book.lang, book.title, `${book.body}\n${colophon(book)}`)],
    ['EPUB/style.css', STYLE],
  ];
}

/** A file name for the download: the article's address, which is already ASCII and safe. */
export const epubFileName = (url: string): string => `${new URL(url).pathname.split('/').filter(Boolean).pop() ?? 'article'}.epub`;
