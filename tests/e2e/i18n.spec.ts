import { expect, test, type Page } from '@playwright/test';
import { I18N_ARTICLES } from './helpers.ts';

// Articles in other languages (issue 13), against the fixture corpus tests/fixtures/i18n-content
// (English, Russian, Arabic, Chinese; the English and Russian articles are translations of each
// other), built by `npm run test:i18n` into dist-i18n. Skipped against any other build.
test.skip(process.env['FOLIO_FIXTURE'] !== 'i18n', 'runs against the i18n fixture build (npm run test:i18n)');

// Every page's axe and 320 px checks run in accessibility.spec.ts, on this build's pages (helpers.ts PAGES).
const ARTICLES = I18N_ARTICLES;

for (const a of Object.values(ARTICLES)) {
  test(`the ${a.lang} article marks its content with its language and direction; the chrome stays English`, async ({ page }) => {
    await page.goto(a.path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const article = page.locator('article.article');
    await expect(article).toHaveAttribute('lang', a.lang);
    await expect(article).toHaveAttribute('dir', a.dir);
    await expect(page.locator('.byline-author')).toHaveText(a.by);
    await expect(page.locator('.byline time')).toHaveText(a.date);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible();
    await expect(page.locator('.share-tools')).toHaveAttribute('lang', 'en');
  });
}

test('a right-to-left article reads right to left: text, ¶ links, heading anchors, contents, print numbers', async ({ page }) => {
  await page.goto(ARTICLES.ar.path);
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
  const prose = await box('.prose');
  const paragraph = page.locator('.prose p[data-paragraph]').first();
  expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  // The first line starts at the right edge of the column; on a wide screen the ¶ link hangs in
  // the right margin beside it, and on a narrow one it follows the last word, on its left.
  const measure = () =>
    paragraph.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const firstRight = [...range.getClientRects()].find((r) => r.width > 0)!.right;
      const text = [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).at(-1)!;
      const end = text.textContent!.trimEnd().length;
      range.setStart(text, end - 1);
      range.setEnd(text, end);
      const pilcrow = p.querySelector('a.para-anchor')!.getBoundingClientRect();
      return { firstRight, lastLetterLeft: range.getBoundingClientRect().left, pilcrow: { left: pilcrow.left, right: pilcrow.right } };
    });
  const wide = await measure();
  expect(wide.firstRight).toBeGreaterThan(prose.x + prose.width - 4);
  expect(wide.pilcrow.left).toBeGreaterThanOrEqual(prose.x + prose.width);
  await page.setViewportSize({ width: 390, height: 800 });
  const narrow = await measure();
  expect(narrow.pilcrow.right).toBeLessThanOrEqual(narrow.lastLetterLeft + 1);
  await page.setViewportSize({ width: 1280, height: 720 });
  // A heading's anchor comes after it, on its left.
  const heading = await box('.prose h2');
  const anchor = await box('.prose .heading-anchor');
  expect(anchor.x + anchor.width).toBeLessThanOrEqual(heading.x + 1);
  // The table of contents is indented from the right.
  const tocItem = await box('.toc li a');
  const toc = await box('.toc');
  expect(toc.x + toc.width - (tocItem.x + tocItem.width)).toBeLessThan(tocItem.x - toc.x);
  // Printed paragraph numbers hang in the right margin.
  await page.emulateMedia({ media: 'print' });
  const before = await paragraph.evaluate((p) => {
    const s = getComputedStyle(p, '::before');
    return { right: parseFloat(s.marginRight), left: parseFloat(s.marginLeft), align: s.textAlign };
  });
  expect(before.right).toBeLessThan(0);
  expect(before.left).toBe(0);
});

test('Chinese reading time counts characters', async ({ page }) => {
  await page.goto(ARTICLES.zh.path);
  await expect(page.locator('.reading-time')).toHaveText('阅读约需1分钟');
});

test('translations link to each other, visibly and with hreflang', async ({ page, request }) => {
  await page.goto(ARTICLES.en.path);
  const toRussian = page.locator('.translations a');
  await expect(toRussian).toHaveText('Читать по-русски');
  await expect(toRussian).toHaveAttribute('lang', 'ru');
  await expect(toRussian).toHaveAttribute('hreflang', 'ru');
  await toRussian.click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLES.ru.path}$`));
  await expect(page.locator('.translations a')).toHaveText('Read in English');
  const hreflangs = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
  expect(hreflangs.sort()).toEqual(['en', 'ru']);
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toMatch(/<xhtml:link rel="alternate" hreflang="ru" href="[^"]*\/articles\/rechnye-paromy-zimoy\/"\/>/);
  const feed = await (await request.get('feed.xml')).text();
  expect(feed).toContain('<dc:language>ru</dc:language>');
  // Articles with headings: no anchor link, whose hidden label a feed reader would show.
  expect(feed).not.toContain('heading-anchor');
  expect(feed).toMatch(/<atom:link rel="alternate" hreflang="en" href="[^"]*\/articles\/river-ferries-in-winter\/"\/>/);
});

test('the home page lists a translated piece once, with a link to its other language', async ({ page }) => {
  await page.goto('');
  const cards = page.locator('.article-list .article-card');
  await expect(cards).toHaveCount(3);
  const ferries = cards.filter({ hasText: 'River Ferries in Winter' });
  await expect(ferries.locator('.translations a')).toHaveText('Читать по-русски');
  await expect(cards.filter({ hasText: 'Речные паромы зимой' })).toHaveCount(0);
});

test('a card of a right-to-left article keeps its line in the page’s order: name, then “·”, then the date', async ({ page }) => {
  await page.goto('');
  const meta = page.locator('.article-card-meta').filter({ hasText: 'ليلى حداد' });
  const box = async (selector: string) => (await meta.locator(selector).boundingBox())!;
  // The name's own box: its text, measured with a Range (the element may also hold the "·").
  const name = await meta.locator('.card-authors').evaluate((el) => {
    const range = document.createRange();
    const text = [...el.querySelectorAll('*'), el]
      .flatMap((n) => [...n.childNodes])
      .find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
    range.selectNodeContents(text);
    const { x, width } = range.getBoundingClientRect();
    return { x, width };
  });
  const [authors, date] = [await box('.card-authors'), await box('time')];
  expect(name.x).toBeCloseTo(authors.x, 0); // the name starts the line, on the left
  expect(authors.x + authors.width).toBeGreaterThan(name.x + name.width + 5); // its "·" comes after it, on the right
  expect(date.x).toBeGreaterThan(authors.x + authors.width);
});

// Search: every language's words are found from an English page and from a Russian article.
const dialog = (page: Page) => page.locator('dialog.search-dialog');
async function searchFor(page: Page, query: string) {
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('searchbox').fill(query);
  await dialog(page).getByRole('searchbox').press('Enter');
}

for (const from of ['', ARTICLES.ru.path]) {
  for (const a of Object.values(ARTICLES)) {
    test(`from /${from}, a search for “${a.word}” finds the ${a.lang} article`, async ({ page }) => {
      await page.goto(from);
      await searchFor(page, a.word);
      const result = dialog(page).locator('.search-result').first();
      await expect(result.getByRole('link').first()).toHaveAttribute('href', new RegExp(`${a.path}`));
    });
  }
}

test('a Chinese result marks its matched words without gaps, and an Arabic author keeps the date in order', async ({ page }) => {
  await page.goto('');
  await searchFor(page, ARTICLES.zh.word);
  const zh = dialog(page).locator('.search-result').first();
  // Pagefind marks "采" and "茶人" apart (its segmented words): they are shown as one highlight.
  await expect(zh.locator('.search-excerpt').first().locator('mark')).toHaveText(['茶', '采茶人']);
  await dialog(page).getByRole('searchbox').fill(ARTICLES.ar.word);
  await dialog(page).getByRole('searchbox').press('Enter');
  const meta = dialog(page).locator('.search-result').first().locator('.search-result-meta');
  // Name and date are isolated from each other: "14" stays with "March 2012".
  await expect(meta.locator('bdi')).toHaveText(['ليلى حداد', '14 March 2012']);
});

test('other languages are searched with their words stemmed, and results say their language', async ({ page }) => {
  await page.goto('');
  // The Russian index holds stems ("лодки" → "лодк"), and the query is read as a prefix.
  await searchFor(page, 'лодк');
  const result = dialog(page).locator('.search-result').first();
  await expect(result.getByRole('link').first()).toHaveAttribute('href', new RegExp(ARTICLES.ru.path));
  await expect(result.locator('.search-result-lang')).toHaveText('Russian');
  await expect(result.locator('.search-result-title a')).toHaveAttribute('lang', 'ru');
});

test('filters work across languages: an author only in the Russian index, and the language filter', async ({ page }) => {
  await page.goto('');
  await searchFor(page, 'паром');
  const status = dialog(page).getByRole('status');
  await expect(status).toHaveText('1 article matches “паром”.');
  await dialog(page).locator('summary').click();
  const filters = dialog(page).getByRole('group', { name: 'Only articles by, from or about' });
  const author = filters.getByRole('combobox', { name: 'Author' });
  // Choices come from every language's index; counts are among the results.
  await expect(author.getByRole('option', { name: 'Анна Волкова (1)' })).toHaveCount(1);
  await expect(author.getByRole('option', { name: 'Anna Volkova (0)' })).toHaveCount(1);
  await author.selectOption('Анна Волкова');
  await expect(status).toHaveText('1 article matches “паром” (Author: Анна Волкова).');
  await expect(dialog(page).locator('.search-result a').first()).toHaveAttribute('href', new RegExp(ARTICLES.ru.path));
  await author.selectOption('Anna Volkova');
  await expect(status).toHaveText('No articles match “паром”. Check the spelling, or try fewer or other words.');
  await author.selectOption('');
  const language = filters.getByRole('combobox', { name: 'Language' });
  await expect(language.getByRole('option', { name: 'Russian (1)' })).toHaveCount(1);
  await language.selectOption('English');
  await expect(status).toHaveText('No articles match “паром”. Check the spelling, or try fewer or other words.');
  await language.selectOption('Russian');
  await expect(status).toHaveText('1 article matches “паром” (Language: Russian).');
  await expect(dialog(page).getByRole('link', { name: 'Open this search on the search page, to share it' })).toHaveAttribute(
    'href',
    /\/search\/\?q=%D0%BF%D0%B0%D1%80%D0%BE%D0%BC&language=Russian$/,
  );
});

test('labels inside an article are in its language; the controls around it in the site’s', async ({ page }) => {
  await page.goto(ARTICLES.ru.path);
  const article = page.locator('article.article');
  await expect(article.getByRole('link', { name: '¶2, ссылка на абзац 2', exact: true })).toBeVisible();
  await expect(article.getByRole('heading', { name: 'Примечания' })).toBeAttached();
  await expect(article.getByRole('link', { name: 'Назад к ссылке 1', exact: true })).toBeAttached();
  await expect(article.getByRole('link', { name: 'Раздел «Источник»', exact: true })).toBeAttached();
  await expect(article.locator('.kicker')).toHaveText('Мнение');
  // Chrome: the site's language (English), marked as such inside the Russian article.
  await expect(page.getByRole('button', { name: 'Download as EPUB' })).toBeVisible();
  await expect(page.locator('.epub-download')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Archive by year' })).toBeVisible();

  await page.goto(ARTICLES.ar.path);
  await expect(page.getByRole('region', { name: 'جدول 1' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'قسم «الرفوف»', exact: true })).toBeAttached();
  await expect(page.getByRole('heading', { name: 'الحواشي' })).toBeAttached();
});

test('a wide table in a right-to-left article scrolls in its own region, starting at the right', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(ARTICLES.ar.path);
  const region = page.getByRole('region', { name: 'جدول 1' });
  const [regionBox, firstCell] = [await region.boundingBox(), await region.locator('th').first().boundingBox()];
  expect(firstCell!.x + firstCell!.width).toBeGreaterThan(regionBox!.x + regionBox!.width - 24);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
