import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SEED } from './helpers.ts';

const seedParagraphs = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('¶'))
  .map((l) => l.replace(/^¶\d+ /, ''));

test.describe('the article page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SEED.path);
  });

  test('shows title, byline, body and closing matter', async ({ page }) => {
    const article = page.locator('article.article');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(article.locator('.standfirst')).toContainText('President Dmitry Medvedev');
    const byline = article.locator('.byline');
    await expect(byline).toContainText(`By ${SEED.author}`);
    await expect(byline.locator(`time[datetime="${SEED.date}"]`)).toHaveText(SEED.longDate);
    await expect(byline).toContainText(/\b5 min read\b/);

    const paragraphs = article.locator('.prose > p');
    await expect(paragraphs).toHaveCount(10);
    for (const [i, text] of seedParagraphs.entries()) {
      const p = paragraphs.nth(i);
      await expect(p).toHaveAttribute('id', `p${i + 1}`);
      // Curly quotes are typographic; compare the opening words without them.
      await expect(p).toContainText(text.slice(0, 30).replace(/['"]/g, '').split(/\s+/).slice(0, 4).join(' '));
    }

    await expect(page.getByRole('heading', { level: 2, name: 'About the author', exact: true })).toBeVisible();
    await expect(article).toContainText(SEED.bio);
    await expect(article.locator('.disclaimer')).toHaveText(SEED.disclaimer);
    const source = article.locator('.source-line');
    await expect(source).toHaveText('Originally published in The Moscow Times on 21 November 2010.');
    await expect(source.getByRole('link', { name: 'The Moscow Times' })).toHaveAttribute('href', SEED.sourceUrl);
  });

  test('has page landmarks, a skip link and no table of contents for a piece without headings', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /President Dmitry Medvedev/);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('heading anchors work by keyboard', async ({ page }) => {
    const anchor = page.getByRole('link', { name: 'Section titled “About the author”', exact: true });
    // The heading's own name stays clean of the anchor's text.
    await expect(page.getByRole('heading', { name: 'About the author', exact: true })).toHaveCount(1);
    for (let i = 0; i < 40 && !(await anchor.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(anchor).toBeFocused();
    await expect(anchor).toHaveCSS('opacity', '1');
    const box = (await anchor.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#about-the-author$/);
    await expect(page.locator('#about-the-author')).toBeInViewport();
    const top = await page.locator('#about-the-author').evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
  });
});
