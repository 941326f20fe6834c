import { expect, test } from '@playwright/test';
import { SEED } from './helpers.ts';

test('the home page lists the article and links to it', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveTitle('Folio');
  const item = page.locator('.article-list li').filter({ hasText: SEED.title });
  await expect(item).toHaveCount(1);
  await expect(item.locator(`time[datetime="${SEED.date}"]`)).toHaveText(SEED.longDate);
  await expect(item).toContainText(SEED.author);
  await expect(item).toContainText(/\d+ min read/);
  await item.getByRole('link', { name: SEED.title }).click();
  await expect(page).toHaveURL(new RegExp(`${SEED.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
});

test('the 404 page helps the reader on', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'See all articles' }).click();
  await expect(page.locator('.article-list')).toBeVisible();
});
