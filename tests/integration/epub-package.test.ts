// The EPUB package for an article with headings, footnotes, two authors and a non-Latin
// language: epubcheck (Debian's package, a Java archive) finds no error and no warning, and the
// table of contents lists the headings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, expect, test } from 'vitest';
import { epubFileName, epubFiles, type EpubBook } from '../../src/lib/reader/epub-package.ts';

const dir = mkdtempSync(join(tmpdir(), 'folio-epub-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const book: EpubBook = {
  url: 'https://example.org/articles/moskva-i-lissabon/',
  title: 'Москва и Лиссабон & <другие>',
  authors: ['Анна Петрова', 'Ivan de la Cruz'],
  lang: 'ru',
  published: '2011-03-01',
  modified: '2012-05-06',
  sourceUrl: 'https://example.com/original',
  publisher: 'Folio',
  body: `<h1 xmlns="http://www.w3.org/1999/xhtml">Москва и Лиссабон</h1>
<div xmlns="http://www.w3.org/1999/xhtml"><h2 id="first">Первая часть</h2><p id="p1" data-paragraph="1"><span class="pnum">¶ 1</span> Текст<sup><a href="#fn-1" id="fnref-1">1</a></sup>.</p>
<h3 id="second">Вторая</h3><p id="p2" data-paragraph="2"><span class="pnum">¶ 2</span> Ещё текст.</p>
<section class="footnotes"><ol><li id="fn-1"><p>Сноска. <a href="#fnref-1">↩</a></p></li></ol></section></div>`,
  headings: [
    { id: 'first', text: 'Первая часть', depth: 2 },
    { id: 'second', text: 'Вторая', depth: 3 },
  ],
};

test('an article with headings and footnotes makes a valid EPUB 3 whose contents list the headings', () => {
  const files: Zippable = {};
  for (const [name, text] of epubFiles(book)) files[name] = name === 'mimetype' ? [strToU8(text), { level: 0 }] : strToU8(text);
  const file = join(dir, epubFileName(book.url));
  writeFileSync(file, zipSync(files));
  expect(file.endsWith('moskva-i-lissabon.epub')).toBe(true);
  const nav = epubFiles(book).find(([name]) => name === 'EPUB/nav.xhtml')![1];
  expect(nav).toContain('<a href="article.xhtml#first">Первая часть</a>');
  expect(nav).toContain('<a href="article.xhtml#second">Вторая</a>');
  const opf = epubFiles(book).find(([name]) => name === 'EPUB/package.opf')![1];
  expect(opf).toContain('<dc:title>Москва и Лиссабон &amp; &lt;другие&gt;</dc:title>');
  expect(opf).toContain('<meta property="dcterms:modified">2012-05-06T00:00:00Z</meta>');
  const jar = process.env['EPUBCHECK_JAR'] ?? '/usr/share/java/epubcheck.jar';
  const report = execFileSync('java', ['-jar', jar, '--failonwarnings', file], { encoding: 'utf8', stdio: 'pipe' });
  expect(report).toMatch(/No errors or warnings detected/);
});
