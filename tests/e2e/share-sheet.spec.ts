// On a phone (where navigator.share exists), ¶ links and passage links open the system share
// sheet with the article's title and the exact URL, instead of copying. Headless Chromium on
// Linux has no share sheet, so the page gets a recording stand-in for navigator.share.
import { expect, test, type Page } from '@playwright/test';
import { SEED, selectPassage } from './helpers.ts';

type Shared = { title?: string; url?: string }[];

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
  });
});

const shared = (page: Page) => page.evaluate(() => (window as unknown as { shared: Shared }).shared);
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

test('a ¶ link opens the share sheet with the title and the paragraph URL, and copies nothing', async ({ page }) => {
  await page.goto(SEED.path);
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));
  await page.getByRole('link', { name: '¶3, link to paragraph 3', exact: true }).click();
  await expect.poll(() => shared(page)).toEqual([{ title: SEED.title, url: `${await canonical(page)}#p3` }]);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
});

test('a passage link goes to the share sheet with its text fragment', async ({ page }) => {
  await page.goto(SEED.path);
  const passage = 'cooperation on weapon systems with European NATO countries';
  await selectPassage(page, '#p5', passage);
  await page.getByRole('button', { name: 'Copy link to passage' }).click();
  await expect
    .poll(() => shared(page))
    .toEqual([
      {
        title: SEED.title,
        url: `${await canonical(page)}#p5:~:text=cooperation%20on%20weapon%20systems%20with%20European%20NATO%20countries`,
      },
    ]);
});
