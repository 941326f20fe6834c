// Search across an index built in parts (`npm run test:parts`: 12 generated articles, 8 English and
// 4 Russian, indexed with FOLIO_INDEX_PART_PAGES=3): words from a page in every part are found,
// filter counts add up across parts, and results keep their passages and highlighting.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST } from './built-site.ts';
import { splitIntoParts } from '../../tools/lib/search-parts.ts';

test.skip(process.env['FOLIO_FIXTURE'] !== 'parts', 'runs against the index-in-parts build (npm run test:parts)');

interface Article {
  path: string;
  title: string;
  language: string;
  year: string;
  text: string;
}

/** The built articles, read back from their pages. */
function articles(): Article[] {
  return readdirSync(join(DIST, 'articles')).map((slug) => {
    const html = readFileSync(join(DIST, 'articles', slug, 'index.html'), 'utf8');
    const field = (re: RegExp) => re.exec(html)![1]!;
    return {
      path: `articles/${slug}/index.html`,
      title: field(/data-pagefind-meta="title">([^<]+)</),
      language: field(/<article[^>]*\blang="([a-z]+)/),
      year: field(/data-pagefind-filter="year">(\d+)</),
      text: /<article[^>]*data-pagefind-body.*?<\/article>/s.exec(html)![0].toLowerCase(),
    };
  });
}

const dialog = (page: Page) => page.locator('dialog.search-dialog');
async function searchFor(page: Page, query: string) {
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await dialog(page).getByRole('searchbox').fill(query);
  await dialog(page).getByRole('searchbox').press('Enter');
}

test('the index is in parts: several per language, each listed with its language', () => {
  const list = JSON.parse(readFileSync(join(DIST, 'pagefind', 'folio-languages.json'), 'utf8')) as {
    primary: string;
    parts: { language: string; dir: string }[];
    preload: string[];
  };
  expect(list.primary).toBe('en');
  // The files the search starts with: the primary wasm, and each bundle's meta in its own language.
  expect(list.preload.filter((f) => /^pagefind\/wasm\.en\.pagefind$/.test(f))).toHaveLength(1);
  for (const { dir, language } of [{ dir: 'pagefind/', language: 'en' }, ...list.parts])
    expect(list.preload.filter((f) => new RegExp(`^${dir}pagefind\\.${language}_\\w+\\.pf_meta$`).test(f))).toHaveLength(1);
  expect(list.preload).toHaveLength(list.parts.length + 2);
  for (const file of list.preload) expect(readdirSync(join(DIST, file, '..'))).toContain(file.split('/').pop());
  expect(list.parts.filter((p) => p.language === 'en').length).toBeGreaterThanOrEqual(2);
  expect(list.parts.filter((p) => p.language === 'ru').length).toBeGreaterThanOrEqual(2);
  // A merged part carries only its index, not another copy of Pagefind's scripts.
  for (const { dir } of list.parts) expect(readdirSync(join(DIST, dir)).filter((f) => f.endsWith('.js'))).toEqual([]);
});

test('a page from every part is found by its title', async ({ page }) => {
  const all = articles();
  const byLanguage = new Map<string, string[]>();
  for (const a of all) byLanguage.set(a.language, [...(byLanguage.get(a.language) ?? []), a.path]);
  const parts = splitIntoParts(byLanguage, 'en', 3);
  expect(parts.length).toBeGreaterThanOrEqual(4);
  await page.goto('');
  for (const part of parts) {
    const article = all.find((a) => a.path === part.paths[0])!;
    await searchFor(page, article.title);
    const link = dialog(page).locator(`.search-result-title a[href*="/${article.path.replace('index.html', '')}"]`);
    await expect(link, `${article.title} (${part.dir})`).toHaveCount(1);
    await page.keyboard.press('Escape');
  }
});

/** A word in the English articles' text (and in no author's name, which Pagefind's stemming might match). */
const WORD = 'medvedev';

test('filter counts add up across parts, and results keep passages and highlighting', async ({ page }) => {
  const matching = articles().filter((a) => a.text.includes(WORD));
  expect(matching.length).toBeGreaterThanOrEqual(4);
  await page.goto('');
  await searchFor(page, WORD);
  const status = dialog(page).getByRole('status');
  // More than a page of results: "N articles match “…”; showing the first 5."
  await expect(status).toHaveText(new RegExp(`^${matching.length} articles match “${WORD}”[.;]`));
  const first = dialog(page).locator('.search-result').first();
  await expect(first.locator('.search-passages > li').first().locator('mark').first()).toHaveText(new RegExp(WORD, 'i'));
  await expect(first.locator('.search-passages a').first()).toHaveAttribute('href', new RegExp(`\\?highlight=${WORD}#p\\d+$`));

  await dialog(page).locator('summary').click();
  const filters = dialog(page).getByRole('group', { name: 'Only articles by, from or about' });
  const year = filters.getByRole('combobox', { name: 'Year' });
  const years = new Map<string, number>();
  for (const a of matching) years.set(a.year, (years.get(a.year) ?? 0) + 1);
  for (const [value, count] of years) await expect(year.getByRole('option', { name: `${value} (${count})` })).toHaveCount(1);
  const [busiest, count] = [...years].sort((a, b) => b[1] - a[1])[0]!;
  await year.selectOption(busiest);
  await expect(status).toHaveText(
    `${count} article${count === 1 ? '' : 's'} ${count === 1 ? 'matches' : 'match'} “${WORD}” (Year: ${busiest}).`,
  );
  const language = filters.getByRole('combobox', { name: 'Language' });
  await year.selectOption('');
  await expect(language.getByRole('option', { name: `English (${matching.length})` })).toHaveCount(1);
});
