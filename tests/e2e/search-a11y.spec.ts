// The search as a keyboard and screen-reader reader meets it (issue 15): no single-key
// shortcut, no change of context while typing, focus back where the reader was, one
// announcement after a pause, result links named once, and no label heard twice.
import { expect, test, type Page } from '@playwright/test';
import { SEED } from './helpers.ts';
import { heard, heardText } from './ax-tree.ts';

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const dialogInput = (page: Page) => dialog(page).getByRole('searchbox');
const headerSearch = (page: Page) => page.getByRole('banner').getByRole('searchbox');

test.beforeEach(async ({ page }) => {
  await page.goto(SEED.path);
});

test('"/" is not a shortcut: it neither opens search nor moves focus', async ({ page }) => {
  await page.locator('#p3').click();
  await page.keyboard.press('/');
  await expect(dialog(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
  // No control claims a key shortcut it does not have.
  expect(await page.locator('[aria-keyshortcuts*="/"]').count()).toBe(0);
});

test('typing in the header box changes no context; Enter searches', async ({ page }) => {
  await headerSearch(page).click();
  await page.keyboard.type('missile', { delay: 30 });
  await expect(headerSearch(page)).toBeFocused();
  await expect(headerSearch(page)).toHaveValue('missile');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(dialog(page).locator('.search-result')).toHaveCount(1);
  await expect(dialogInput(page)).toHaveValue('missile');
});

test('the header box has no aria-keyshortcuts pointing at a field it does not focus', async ({ page }) => {
  await expect(headerSearch(page)).not.toHaveAttribute('aria-keyshortcuts', /.*/);
});

test('closing search returns focus to where the reader was reading', async ({ page }) => {
  await page.evaluate(() => window.scrollTo(0, 2000));
  await page.keyboard.press('Control+k');
  await expect(dialogInput(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();
  expect(await focused.evaluate((el) => !!el.closest('main'))).toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeInViewport();
  await expect(page.getByRole('link', { name: 'Skip to content' })).not.toBeFocused();
});

test('while typing, the status is announced once, after a pause', async ({ page }) => {
  await page.keyboard.press('Control+k');
  await expect(dialogInput(page)).toBeFocused();
  await dialog(page)
    .locator('#search-dialog-status')
    .evaluate((status) => {
      const seen: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      new MutationObserver(() => status.textContent && seen.push(status.textContent)).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  await page.keyboard.type('missile', { delay: 60 });
  await expect(dialog(page).locator('#search-dialog-status')).toHaveText('1 article matches “missile”.', { timeout: 15_000 });
  expect(await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts)).toEqual(['1 article matches “missile”.']);
});

test('a passage link is named "Paragraph N", and its excerpt is heard once', async ({ page }) => {
  await page.keyboard.press('Control+k');
  await expect(dialogInput(page)).toBeFocused();
  await page.keyboard.type('missile');
  await expect(dialog(page).locator('#search-dialog-status')).toHaveText('1 article matches “missile”.', { timeout: 15_000 });
  const first = dialog(page).locator('.search-passages > li').first();
  await expect(first.getByRole('link')).toHaveAccessibleName('Paragraph 4');
  await expect(first.getByRole('link')).toHaveAttribute('href', /#p4$/);
  const text = await heardText(page, 'dialog .search-passages > li');
  expect(text.match(/Missile defense, of course/g)).toHaveLength(1);
  // The meta line is heard with a pause, not a "dot".
  expect((await heardText(page, 'dialog .search-result-meta')).replace(/ ,/g, ',')).toBe(`${SEED.author}, ${SEED.longDate}`);
});

test('no label is heard twice: not in the header, not in the dialog', async ({ page }) => {
  const header = await heard(page, '.site-search');
  expect(header.filter((n) => /search articles/i.test(n.name))).toEqual([{ role: 'searchbox', name: 'Search articles' }]);
  await page.keyboard.press('Control+k');
  await expect(dialogInput(page)).toBeFocused();
  const inDialog = await heard(page, 'dialog.search-dialog');
  expect(inDialog.filter((n) => /search articles/i.test(n.name))).toHaveLength(1);
});

test('reopening search selects the last query, so typing replaces it', async ({ page }) => {
  await page.keyboard.press('Control+k');
  await expect(dialogInput(page)).toBeFocused();
  await page.keyboard.type('missile');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(dialogInput(page)).toBeFocused();
  expect(await dialogInput(page).evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, 7]);
  await page.keyboard.type('nato');
  await expect(dialogInput(page)).toHaveValue('nato');
});
