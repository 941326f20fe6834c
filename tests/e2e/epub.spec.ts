// "Download as EPUB": the e-book made in the browser is a valid EPUB 3 (epubcheck: no error,
// no warning) holding the article, its metadata and the paragraph numbers; its XHTML documents
// pass html-validate (the stand-in for opening it in an e-reader engine). Against the
// i18n fixture build, the Russian and Arabic articles make books in their own language and
// direction.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { FIXTURE, I18N_ARTICLES, SEED } from './helpers.ts';
import { t } from '../../src/i18n/index.ts';

/** Clicks "Download as EPUB" on `path`, runs epubcheck on the file, and gives `check` its files. */
async function withEpub(page: Page, path: string, check: (files: Record<string, string>, name: string) => void | Promise<void>) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(path);
  expect(requests.filter((u) => u.includes('/epub/'))).toEqual([]); // nothing loaded before the click
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as EPUB' }).click()]);
  const dir = await mkdtemp(join(tmpdir(), 'folio-epub-'));
  try {
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const zipped = unzipSync(readFileSync(file));
    expect(Object.keys(zipped)[0]).toBe('mimetype');
    await check(Object.fromEntries(Object.entries(zipped).map(([name, bytes]) => [name, strFromU8(bytes)])), download.suggestedFilename());
    // epubcheck exits non-zero on any error; --failonwarnings makes warnings fail too. It is a
    // Java archive (Debian's epubcheck package), run with java: /usr/bin/epubcheck needs binfmt.
    const jar = process.env['EPUBCHECK_JAR'] ?? '/usr/share/java/epubcheck.jar';
    const report = execFileSync('java', ['-jar', jar, '--failonwarnings', file], { encoding: 'utf8', stdio: 'pipe' });
    expect(report).toMatch(/No errors or warnings detected/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** html-validate's findings on the book's XHTML documents (as HTML: the XML declaration aside). */
async function xhtmlProblems(files: Record<string, string>): Promise<string[]> {
  const validator = new HtmlValidate(htmlValidateConfig);
  const problems: string[] = [];
  for (const name of ['EPUB/article.xhtml', 'EPUB/nav.xhtml']) {
    const report = await validator.validateString(files[name]!.replace(/^<\?xml[^>]*\?>\s*/, ''), name);
    for (const r of report.results) for (const m of r.messages) problems.push(`${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return problems;
}

test.describe('the seed op-ed as an e-book', () => {
  test.skip(FIXTURE === 'i18n', 'the seed is not in the i18n fixture build');

  test('downloads as an EPUB 3 that epubcheck accepts without error or warning, with valid XHTML', async ({ page }) => {
    test.setTimeout(180_000); // epubcheck starts a Java VM
    await withEpub(page, SEED.path, async (files, name) => {
      expect(name).toBe('turning-a-happy-hour-into-a-happy-alliance.epub');
      const opf = files['EPUB/package.opf']!;
      expect(opf).toContain(`<dc:title>${SEED.title}</dc:title>`);
      expect(opf).toContain(`<dc:creator id="creator1">${SEED.author}</dc:creator>`);
      expect(opf).toContain(`<dc:date>${SEED.date}</dc:date>`);
      expect(opf).toContain(`<dc:source>${SEED.sourceUrl}</dc:source>`);
      expect(opf).toContain('<dc:language>en</dc:language>');
      expect(opf).toMatch(/schema:accessibilitySummary" xml:lang="en">[^<]+</);
      expect(opf).toContain('<spine>');
      const article = files['EPUB/article.xhtml']!;
      expect(article).toContain('<span class="pnum">¶\u00a01</span>');
      expect(article).toContain(SEED.disclaimer);
      expect(article).toContain(SEED.bio);
      expect(article).not.toContain('Cite this article');
      expect(await xhtmlProblems(files)).toEqual([]);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('there is no EPUB button', async ({ page }) => {
      await page.goto(SEED.path);
      await expect(page.getByRole('button', { name: 'Download as EPUB' })).toBeHidden();
    });
  });
});

test.describe('articles in other languages as e-books', () => {
  test.skip(FIXTURE !== 'i18n', 'runs against the i18n fixture build (npm run test:i18n)');
  for (const a of [I18N_ARTICLES.ru, I18N_ARTICLES.ar]) {
    test(`the ${a.lang} article makes a valid ${a.dir === 'rtl' ? 'right-to-left ' : ''}e-book in its language`, async ({ page }) => {
      test.setTimeout(180_000);
      await withEpub(page, a.path, async (files) => {
        const opf = files['EPUB/package.opf']!;
        expect(opf).toContain(`<dc:language>${a.lang}</dc:language>`);
        expect(opf).toContain(a.dir === 'rtl' ? '<spine page-progression-direction="rtl">' : '<spine>');
        for (const name of ['EPUB/article.xhtml', 'EPUB/nav.xhtml'])
          expect(files[name]).toContain(`lang="${a.lang}" xml:lang="${a.lang}" dir="${a.dir}"`);
        expect(files['EPUB/nav.xhtml']).toContain(`<h1>${t(a.lang, 'article.contents')}</h1>`);
        const article = files['EPUB/article.xhtml']!;
        expect(article).toContain(a.by.split(' ').at(-1)!);
        expect(article).toContain(t(a.lang, 'article.source'));
        expect(article).toContain(t(a.lang, 'article.ebookEdition', { publisher: 'Folio', url: '' }).split('Folio')[0]!);
        expect(article).not.toContain('Download as EPUB');
        expect(await xhtmlProblems(files)).toEqual([]);
      });
    });
  }
});
