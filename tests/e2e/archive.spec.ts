// Browsing the archive: bylines lead to author pages, the footer to the authors, years and
// topics, and an article links its topics. (Pagination and author slugs that collide are
// checked on a larger generated corpus in tests/integration/archive-pages.test.ts.)
import { expect, test } from '@playwright/test';
import { SEED } from './helpers.ts';

test("the byline leads to the author's page: name, latest bio, articles and a feed of their own", async ({ page }) => {
  await page.goto(SEED.path);
  await page.locator('.byline').getByRole('link', { name: SEED.author }).click();
  await expect(page).toHaveURL(/\/authors\/dmitry-trenin\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.author);
  await expect(page.getByText(SEED.bio)).toBeVisible();
  await expect(page.getByRole('link', { name: SEED.title })).toHaveAttribute('href', new RegExp(`/${SEED.path}$`));
  const feed = page.getByRole('link', { name: `Feed of ${SEED.author}’s articles` });
  const response = await page.request.get((await feed.getAttribute('href'))!);
  expect(response.headers()['content-type']).toMatch(/xml/);
  expect(await response.text()).toContain(`<title>${SEED.title}</title>`);
});

test('every page leads to the authors, the years and the topics from its footer', async ({ page }) => {
  for (const path of ['', SEED.path, 'search/', '404/']) {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: 'Browse the archive' });
    await expect(nav.getByRole('link', { name: 'Authors' })).toHaveAttribute('href', /\/authors\/$/);
    await expect(nav.getByRole('link', { name: 'Archive by year' })).toHaveAttribute('href', /\/archive\/$/);
    await expect(nav.getByRole('link', { name: 'Topics' })).toHaveAttribute('href', /\/topics\/$/);
  }
});

test('the archive lists each year with its count, and a year lists its articles under month headings', async ({ page }) => {
  await page.goto('archive/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive');
  await expect(page.locator('.count-list li')).toHaveText(['2010 1 article']);
  await page.getByRole('link', { name: '2010' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2010');
  await expect(page.getByRole('heading', { level: 2, name: 'November' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: SEED.title })).toBeVisible();
});

test('an article links its topics, each topic lists its articles, and none of it is printed', async ({ page }) => {
  await page.goto(SEED.path);
  const topics = page.getByRole('complementary', { name: 'More from the archive' });
  await expect(topics.getByRole('link')).toHaveText(['NATO', 'Russia']);
  await topics.getByRole('link', { name: 'NATO' }).click();
  await expect(page).toHaveURL(/\/topics\/nato\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('NATO');
  await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
  await page.goto('topics/');
  await expect(page.locator('.count-list li')).toHaveText(['NATO 1 article', 'Russia 1 article']);

  await page.goto(SEED.path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.more-from-archive')).toBeHidden();
});
