// The print edition (docs/print-edition.md): print the article to PDF as Chromium does, then read the PDF
// back with poppler's pdftotext/pdfinfo, in light and dark browser contexts, on A4 and Letter.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server.ts';
import { FIXTURE, I18N_ARTICLES, SEED } from './helpers.ts';
import { t } from '../../src/i18n/index.ts';

const BASE = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const SITE = process.env['SITE_URL'] ?? 'http://127.0.0.1:4321';
/** This edition's absolute URL, as the colophon prints it (the configured site, not the test server). */
const editionUrl = (path: string) => new URL(BASE.slice(1) + path, `${SITE}/`).href;

/** Labels of site chrome and screen-only controls that must never reach paper. */
const SCREEN_ONLY_LABELS = [
  'Skip to content',
  'Articles',
  'Search',
  'Copy link',
  'Copy',
  'Share',
  'Section titled',
  'Link to paragraph',
  'Cite this',
  'Contents',
  'min read',
  'Long-form articles to read',
];

const seedParagraphs = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('¶'))
  .map((l) => {
    const [, n, text] = /^¶(\S+) (.*)$/.exec(l)!;
    return { n: n!, opening: text!.split(/\s+/).slice(0, 8).join(' ') };
  });

interface PrintedPdf {
  info: string;
  pageCount: number;
  /** The whole text, with whitespace runs collapsed to one space and quotes made straight. */
  text: string;
  /** Each page's text lines (pdftotext -layout), trimmed, empty lines dropped. */
  pages: string[][];
}

const flat = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

function pdftotext(file: string, ...args: string[]): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...args, file, '-'], { encoding: 'utf8' });
}

async function printToPdf(page: Page, options: Parameters<Page['pdf']>[0]): Promise<PrintedPdf> {
  const dir = mkdtempSync(join(tmpdir(), 'folio-print-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, await page.pdf(options));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const pages = Array.from({ length: pageCount }, (_, i) =>
      pdftotext(file, '-f', String(i + 1), '-l', String(i + 1))
        .split('\n')
        // pdftotext wraps right-to-left runs in bidi embedding controls; the words are read without them.
        .map((l) => l.replace(/[\u202a-\u202e]/g, '').trim())
        .filter(Boolean),
    );
    return { info, pageCount, pages, text: flat(pages.map((p) => p.join('\n')).join('\n')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The printed footer of page `page` of `pages`, in `lang` (print.css, from src/i18n). */
const pageFooter = (page: number | string, pages: number | string, lang = 'en') => t(lang, 'print.pageOf', { page, pages });
/**
 * A footer as pdftotext reads it back: without spaces (it moves them around right-to-left runs),
 * and in Chinese from the page number on (without a CJK font on the machine it loses the "第" before it).
 */
const readable = (footer: string, lang: string) => (lang === 'zh' ? footer.slice(footer.search(/\d|N/)) : footer).replace(/\s+/g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A line that ends with the footer of page `page` of `pages` in `lang`. */
const endsWithFooter = (line: string, page: number, pages: number, lang = 'en') =>
  line.replace(/\s+/g, '').endsWith(readable(pageFooter(page, pages, lang), lang));
/** A line that is only a page footer, in `lang` (in Chinese, maybe with one character pdftotext read before it). */
const isPageFooter = (line: string, lang = 'en') =>
  new RegExp(`^${lang === 'zh' ? '.?' : ''}${escape(readable(pageFooter('N', 'N', lang), lang)).replaceAll('N', '\\d+')}$`).test(
    line.replace(/\s+/g, ''),
  );

/** Printed lines that end with a hyphen inside one of `urls` (a reader would take it for a soft hyphen). */
function linesEndingInUrlHyphen(pdf: PrintedPdf, urls: string[]): string[] {
  return pdf.pages.flat().filter((line) => {
    const last = line.split(/\s+/).at(-1)!;
    return last.endsWith('-') && last.length > 1 && urls.some((url) => url.includes(last.replace(/^\d+\./, '')));
  });
}

/** The texts of the headings that print (h1–h4 that are displayed under print media). */
async function printedHeadings(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const headings = await page
    .locator('main :is(h1, h2, h3, h4)')
    .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.textContent!.trim()));
  await page.emulateMedia({ media: null });
  return headings;
}

/** Checks every reader-facing promise of a printed copy that holds for any article. */
async function expectCleanPrint(pdf: PrintedPdf, headings: string[], lang = 'en') {
  // "Page N of M" (in the article's language) in the margin of every page, and real text on
  // every page (no blank pages).
  for (const [i, lines] of pdf.pages.entries()) {
    expect(
      lines.some((l) => endsWithFooter(l, i + 1, pdf.pageCount, lang)),
      `page ${i + 1} footer`,
    ).toBe(true);
    const body = lines.filter((l) => !isPageFooter(l, lang)).join(' ');
    expect(body.length, `text on page ${i + 1}`).toBeGreaterThan(100);
  }
  // No heading stranded at the foot of a page.
  for (const [i, lines] of pdf.pages.slice(0, -1).entries()) {
    const last = lines.filter((l) => !isPageFooter(l, lang)).at(-1) ?? '';
    for (const h of headings) expect(flat(last), `last line of page ${i + 1}`).not.toBe(flat(h));
  }
  for (const label of SCREEN_ONLY_LABELS) expect(pdf.text, `"${label}" on paper`).not.toMatch(new RegExp(`\\b${label}\\b`));
}

async function newPage(browser: Browser, colorScheme: 'light' | 'dark', url: string): Promise<Page> {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test.describe('the seed op-ed in print', () => {
  test.skip(FIXTURE === 'i18n', 'the seed is not in the i18n fixture build');
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`prints a clean, citable edition on at most 2 A4 pages (${colorScheme} theme)`, async ({ browser, baseURL }) => {
      const page = await newPage(browser, colorScheme, new URL(SEED.path, baseURL).href);
      const pdf = await printToPdf(page, { preferCSSPageSize: true, tagged: true, outline: true });

      expect(pdf.info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
      expect(pdf.info).toMatch(/Tagged:\s+yes/);
      expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
      expect(pdf.pageCount).toBeLessThanOrEqual(2);

      const { text } = pdf;
      expect(text).toContain(SEED.title);
      expect(text).toContain(`By ${SEED.author}`);
      expect(text).toContain(SEED.longDate);
      for (const { n, opening } of seedParagraphs) {
        // The paragraph number in the margin sits on the paragraph's first line: "¶7 We should…".
        expect(text, `¶${n}`).toMatch(new RegExp(`¶\\s?${n} ${flat(opening).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
      expect(text).toContain(SEED.bio);
      expect(text).toContain(SEED.disclaimer);
      expect(text).toContain(`Originally published in The Moscow Times on ${SEED.longDate}:`);
      // URLs may wrap across lines on paper; compare them without whitespace.
      const compact = text.replace(/\s+/g, '');
      expect(compact).toContain(SEED.sourceUrl);
      expect(compact).toContain(`Thisedition:Folio,${editionUrl(SEED.path)}`);
      expect(linesEndingInUrlHyphen(pdf, [SEED.sourceUrl, editionUrl(SEED.path)])).toEqual([]);
      for (const href of await page.locator('main a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        if (new URL(href).origin !== new URL(SITE).origin) expect(compact, href).toContain(href);
      }
      // The running head carries the title from page 2 on.
      for (const lines of pdf.pages.slice(1)) expect(lines[0]).toMatch(new RegExp(`^${SEED.title}\\s+${SEED.author}$`));

      await expectCleanPrint(pdf, await printedHeadings(page));
      await page.context().close();
    });
  }

  test('prints on US Letter too, within 2 pages', async ({ browser, baseURL }) => {
    const page = await newPage(browser, 'dark', new URL(SEED.path, baseURL).href);
    const pdf = await printToPdf(page, { format: 'Letter' });
    expect(pdf.info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(pdf.pageCount).toBeLessThanOrEqual(2);
    expect(pdf.text).toContain(SEED.disclaimer);
    await expectCleanPrint(pdf, await printedHeadings(page));
    await page.context().close();
  });

  test('print styles: chrome hidden, dark on white, serif 10.5–12 pt, no orphans or widows', async ({ browser, baseURL }) => {
    const page = await newPage(browser, 'dark', new URL(SEED.path, baseURL).href);
    // Controls other features add carry data-screen-only; stand-ins check the convention.
    await page.evaluate(() => {
      const prose = document.querySelector('.prose')!;
      prose.insertAdjacentHTML(
        'beforeend',
        '<button data-screen-only id="t-button">Copy link</button><details data-screen-only id="t-details"><summary>Cite this</summary>x</details>' +
          '<blockquote id="t-quote">q</blockquote><figure id="t-figure">f</figure><pre id="t-pre">p</pre><table id="t-table"><tr><td>t</td></tr></table>',
      );
    });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.skip-link', '.site-header', '.site-footer', '.heading-anchor', '#t-button', '#t-details']) {
      await expect(page.locator(selector).first(), selector).toHaveCSS('display', 'none');
    }
    for (const selector of ['.print-colophon', '.article-header', '.prose', '.about-author']) {
      await expect(page.locator(selector).first(), selector).not.toHaveCSS('display', 'none');
    }
    const styles = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const p = document.querySelector<HTMLElement>('.prose p')!;
      const ps = getComputedStyle(p);
      const rgb = (c: string) =>
        c
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c)
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      return {
        textLuminance: lum(ps.color),
        background: getComputedStyle(document.documentElement).backgroundColor,
        bodyBackground: body.backgroundColor,
        fontPt: (parseFloat(ps.fontSize) * 72) / 96,
        fontFamily: ps.fontFamily,
        orphans: Number(ps.orphans),
        widows: Number(ps.widows),
        number: getComputedStyle(p, '::before').content,
        linkDecoration: getComputedStyle(document.querySelector('.print-colophon a')!).textDecorationLine,
        breakInside: ['#t-quote', '#t-figure', '#t-pre', '#t-table tr'].map(
          (s) => getComputedStyle(document.querySelector(s)!).breakInside,
        ),
        headingBreakAfter: getComputedStyle(document.querySelector('h1')!).breakAfter,
      };
    });
    expect(styles.textLuminance).toBeLessThan(0.2);
    expect(styles.background).toMatch(/^rgb\(255, 255, 255\)$|rgba\(0, 0, 0, 0\)/);
    expect(styles.bodyBackground).toBe('rgb(255, 255, 255)');
    expect(styles.fontPt).toBeGreaterThanOrEqual(10.5);
    expect(styles.fontPt).toBeLessThanOrEqual(12);
    expect(styles.fontFamily).toMatch(/serif$/);
    expect(styles.fontFamily).not.toMatch(/sans-serif$/);
    expect(styles.orphans).toBeGreaterThanOrEqual(3); // we set 3; Chromium’s default is 2
    expect(styles.widows).toBeGreaterThanOrEqual(3);
    expect(styles.number).toBe('"¶\u00a01"');
    expect(styles.breakInside).toEqual(['avoid', 'avoid', 'avoid', 'avoid']);
    expect(styles.headingBreakAfter).toBe('avoid-page');
    await page.context().close();
  });

  test('on screen the print-only blocks are hidden from everyone, screen readers included', async ({ page }) => {
    await page.goto(SEED.path);
    for (const selector of ['.print-colophon', '[data-print-only]']) {
      await expect(page.locator(selector).first()).toHaveCSS('display', 'none');
    }
    await expect(page.getByRole('region', { name: 'Colophon' })).toHaveCount(0);
    await expect(page.getByText('This edition:')).toBeHidden();
    const snapshot = await page.locator('body').ariaSnapshot();
    expect(snapshot).not.toContain('This edition');
    expect(snapshot).not.toContain('paragraph numbers');
  });
});

// The seed has no links in its text, so an article built from a fixture shows the endnotes,
// headings and a quotation in print.
test.describe('an article with links and headings in print', () => {
  test.skip(FIXTURE === 'i18n', 'builds its own fixture; run once, with the seed build');
  test.describe.configure({ mode: 'serial' });
  const FIXTURE_PATH = 'articles/links-and-headings/';
  let outDir = '';
  let server: RunningServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    outDir = mkdtempSync(join(tmpdir(), 'folio-print-fixture-'));
    const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, FOLIO_CONTENT_DIR: 'tests/fixtures/print-content', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
    server = await serveStatic(outDir, BASE);
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  const EXTERNAL = [
    'https://www.nato.int/cps/en/natohq/events_66727.htm',
    'https://example.net/a/very/long/path/that/goes/on/and/on/to-see-how-the-print-edition-wraps-a-long-url?with=query&and=more',
    'https://example.com/jsx-link',
    'https://example.com/2012/03/04/original-article',
  ];

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`numbers external links and lists their URLs under "Links" (${colorScheme} theme)`, async ({ browser }) => {
      const page = await newPage(browser, colorScheme, new URL(FIXTURE_PATH, server.url).href); // server.url ends in the base path
      // Numbers on the links in the text: one per distinct URL, in order; none for internal links.
      const notes = await page
        .locator('.prose a:not(.heading-anchor, .para-anchor, [data-screen-only])')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('data-link-note')]));
      expect(notes).toEqual([
        [EXTERNAL[0], '1'],
        [EXTERNAL[1], '2'],
        ['#p2', null],
        ['/', null],
        ['mailto:someone@example.org', null],
        [EXTERNAL[0], '1'],
        [EXTERNAL[2], '3'],
        [EXTERNAL[3], '4'],
      ]);

      const pdf = await printToPdf(page, { preferCSSPageSize: true });
      const compact = pdf.text.replace(/\s+/g, '');
      // The superscript follows the link text; the list pairs each number with its URL.
      expect(pdf.text).toMatch(/the NATO summit page ?1\b/);
      expect(pdf.text).toMatch(/link written as JSX ?3\b/);
      expect(pdf.text).toContain('LINKS');
      for (const [i, url] of EXTERNAL.entries()) expect(compact, url).toContain(`${i + 1}.${url}`);
      // The long URL wraps, but before a hyphen, slash or dot: no line ends right after a hyphen.
      expect(pdf.pages.flat().some((line) => line.includes(EXTERNAL[1]!))).toBe(false);
      expect(linesEndingInUrlHyphen(pdf, EXTERNAL)).toEqual([]);
      // The author's page and the source are in the colophon.
      expect(compact).toContain('AdaExample:https://example.org/ada');
      expect(compact).toContain('https://example.com/2012/03/04/original-article');
      expect(pdf.text).toContain('Originally published in The Example Gazette on 4 March 2012:');
      // A closed <details> in the text prints open.
      expect(pdf.text).toContain('The text of a closed note, which prints all the same.');
      await expectCleanPrint(pdf, await printedHeadings(page));
      await page.context().close();
    });
  }
});

/** The left edge (pt) of each printed paragraph number's "¶" and the page's width, from pdftotext's word boxes. */
async function pilcrowPositions(page: Page): Promise<{ width: number; xs: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'folio-print-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const width = Number(/<page width="([\d.]+)"/.exec(html)![1]);
    // A paragraph number is a "¶" with a number right beside it on its line (the colophon's "¶ N" is not one).
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      text: m[3]!,
    }));
    const numbered = (p: (typeof words)[number]) =>
      words.some((w) => /^\d+[a-z]?$/.test(w.text) && Math.abs(w.y - p.y) < 3 && Math.abs(w.x - p.x) < 20);
    const xs = words.filter((w) => w.text === '¶' && numbered(w)).map((w) => w.x);
    return { width, xs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The fixture corpus in English, Russian, Arabic and Chinese (npm run test:i18n).
test.describe('articles in other languages in print', () => {
  test.skip(FIXTURE !== 'i18n', 'runs against the i18n fixture build (npm run test:i18n)');
  for (const a of Object.values(I18N_ARTICLES)) {
    test(`the ${a.lang} article prints a clean edition in its language, paragraph numbers in the ${a.dir === 'rtl' ? 'right' : 'left'} margin`, async ({
      browser,
      baseURL,
    }) => {
      const page = await newPage(browser, 'dark', new URL(a.path, baseURL).href);
      const numbers = await page
        .locator('.prose p[data-paragraph]')
        .evaluateAll((ps) => ps.map((p) => (p as HTMLElement).dataset['paragraph']!));
      const pdf = await printToPdf(page, { preferCSSPageSize: true, tagged: true });
      expect(pdf.info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
      const { text } = pdf;
      for (const n of numbers) expect(text, `¶${n}`).toMatch(new RegExp(`¶\\s?${n}\\b`));
      // The colophon and the byline's date are in the article's language (pdftotext cannot be
      // trusted to read back Arabic letters in order, or Han without a CJK font on the machine).
      expect(text).toContain(t(a.lang, 'article.colophonEdition'));
      // The edition line's punctuation is the language's own ("本版本：Folio，…", "Folio، …").
      const editionLine = await page.locator('.print-colophon p').first().textContent();
      const vars = { edition: t(a.lang, 'article.colophonEdition'), site: 'Folio', url: editionUrl(a.path) };
      expect(editionLine?.trim()).toBe(t(a.lang, 'article.colophonEditionAt', vars));
      if (a.lang === 'en' || a.lang === 'ru') expect(text).toContain(a.date);
      // The footer too ("Страница 1 из 2"), not "Page 1 of 2" in English.
      await expectCleanPrint(pdf, await printedHeadings(page), a.lang);
      // Each printed number hangs outside the text, on the side where lines start.
      const { width, xs } = await pilcrowPositions(page);
      expect(xs.length).toBeGreaterThan(0);
      for (const x of xs) expect(a.dir === 'rtl' ? x > width * 0.8 : x < width * 0.2, `¶ at x=${x} of ${width}`).toBe(true);
      await page.context().close();
    });
  }
});
