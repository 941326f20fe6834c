import { expect, test, type Page } from '@playwright/test';
import { SEED, axeViolations } from './helpers.ts';

// Full-text search (Pagefind) on the built site: the header form, the dialog, /search/,
// and landing on the highlighted paragraph.

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const dialogInput = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Search articles' });
const headerSearch = (page: Page) => page.getByRole('banner').getByRole('searchbox', { name: 'Search articles' });
const headerButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Search' });

/** Opens the dialog from the header button and types `query` into it. */
async function searchFor(page: Page, query: string) {
  await headerButton(page).click();
  await expect(dialog(page)).toBeVisible();
  await dialogInput(page).fill(query);
}

test.describe('the search dialog', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SEED.path);
  });

  test('missile finds the article, with the missile-defense paragraph as its first passage', async ({ page }) => {
    await searchFor(page, 'missile');
    const result = dialog(page).locator('.search-result');
    await expect(result).toHaveCount(1);
    await expect(result.getByRole('heading', { name: SEED.title })).toBeVisible();
    await expect(result.locator('.search-result-meta')).toHaveText(`${SEED.author} · ${SEED.longDate}`);
    const passages = result.locator('.search-passages > li');
    await expect(passages).toHaveCount(3);
    const first = passages.first().getByRole('link');
    await expect(first).toHaveText(/^¶ 4 · Missile defense, of course/);
    await expect(first).toHaveAttribute('href', new RegExp(`/${SEED.path}\\?highlight=missile#p4$`));
    await expect(passages.first().locator('mark').first()).toHaveText(/missile/i);
    await expect(dialog(page).getByRole('status')).toHaveText('1 article matches “missile”.');
  });

  test('a quoted phrase matches the phrase', async ({ page }) => {
    await searchFor(page, '"frozen conflicts"');
    const passage = dialog(page).locator('.search-passages > li').first();
    await expect(passage.getByRole('link')).toHaveText(/^¶ 7 ·/);
    await expect(passage.getByRole('link')).toHaveAttribute('href', /#p7$/);
    await expect(passage.locator('mark')).toHaveText(['frozen', 'conflicts.']);
    // The same words in another order are not the phrase.
    await dialogInput(page).fill('"conflicts frozen"');
    await expect(dialog(page).getByRole('status')).toHaveText(/^No articles match/);
  });

  test('Medvedev finds the first paragraph first', async ({ page }) => {
    await searchFor(page, 'Medvedev');
    const first = dialog(page).locator('.search-passages > li').first().getByRole('link');
    await expect(first).toHaveText(/^¶ 1 · President Dmitry Medvedev/);
    await expect(first).toHaveAttribute('href', /#p1$/);
  });

  test('a word in no article gets a friendly message', async ({ page }) => {
    await searchFor(page, 'zzyzxquux');
    await expect(dialog(page).getByRole('status')).toHaveText(/^No articles match “zzyzxquux”\. Check the spelling/);
    await expect(dialog(page).locator('.search-result')).toHaveCount(0);
  });

  test('words only in the site chrome, byline or disclaimer find nothing', async ({ page }) => {
    for (const query of ['Skip', 'Folio', 'necessarily', 'Carnegie', 'Opinion']) {
      await searchFor(page, query);
      await expect(dialog(page).getByRole('status')).toHaveText(/^No articles match/);
      await page.keyboard.press('Escape');
    }
  });

  test('an empty query shows nothing and no error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await searchFor(page, 'missile');
    await expect(dialog(page).locator('.search-result')).toHaveCount(1);
    await dialogInput(page).fill('');
    await expect(dialog(page).locator('.search-result')).toHaveCount(0);
    await expect(dialog(page).locator('#search-dialog-status')).toHaveText('');
    await dialogInput(page).fill('   ');
    await expect(dialog(page).locator('.search-result')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a 500-character query and one with <script> are handled without errors or injection', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await searchFor(page, 'missile '.repeat(63).slice(0, 500));
    await expect(dialog(page).getByRole('status')).not.toHaveText('');
    await dialogInput(page).fill('<script>alert(1)</script><img src=x onerror=alert(2)> missile');
    await expect(dialog(page).getByRole('status')).toContainText('“<script>alert(1)</script><img src=x onerror=alert(2)> missile”');
    await expect(dialog(page).locator('script, img')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('opens by the button, Ctrl+K, Cmd+K and "/", traps focus, and Esc returns focus', async ({ page }) => {
    await headerButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(dialogInput(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(headerButton(page)).toBeFocused();

    for (const keys of ['Control+k', 'Meta+k', '/']) {
      await page.locator('h1').click();
      await page.keyboard.press(keys);
      await expect(dialogInput(page), keys).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();
    }

    // Typing into the header box moves the words into the dialog.
    await headerSearch(page).pressSequentially('miss');
    await expect(dialogInput(page)).toBeFocused();
    await expect(dialogInput(page)).toHaveValue('miss');
    await expect(dialog(page).locator('.search-result')).toHaveCount(1);
    // Tab cycles inside the dialog, forwards and backwards.
    const inside = () => page.evaluate(() => !!document.activeElement?.closest('dialog'));
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await inside()).toBe(true);
    }
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inside()).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(headerSearch(page)).toBeFocused();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: no violations with the dialog open and results shown (${colorScheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(SEED.path);
      await searchFor(page, 'missile');
      await expect(dialog(page).locator('.search-result')).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  test('results are announced in a live region', async ({ page }) => {
    await searchFor(page, 'Lisbon');
    const status = dialog(page).getByRole('status');
    await expect(status).toHaveText('1 article matches “Lisbon”.');
    await expect(dialogInput(page)).toHaveAttribute('aria-describedby', (await status.getAttribute('id'))!);
  });
});

test('no search code is downloaded until the reader starts to search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(SEED.path);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => /pagefind|\.js$/.test(p))).toEqual([]);
  await searchFor(page, 'missile');
  await expect(dialog(page).locator('.search-result')).toHaveCount(1);
  expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(requested.some((p) => p.includes('pagefind-highlight'))).toBe(false);
});

test('following a result lands on the paragraph with the words highlighted', async ({ page }) => {
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  await page.goto(SEED.path);
  await searchFor(page, 'missile');
  await dialog(page).locator('.search-passages a').first().click();
  await expect(page).toHaveURL(/\?highlight=missile#p4$/);
  const p4 = page.locator('#p4');
  await expect(p4).toBeInViewport();
  await expect(p4.locator('mark.pagefind-highlight')).toHaveCount(3);
  await expect(p4.locator('mark.pagefind-highlight').first()).toHaveText('Missile');
  // The marks use the site's highlight colours, not the injected yellow (which CSP would block).
  const bg = await p4
    .locator('mark.pagefind-highlight')
    .first()
    .evaluate((m) => getComputedStyle(m).backgroundColor);
  expect(bg).toBe('rgb(255, 230, 128)');
  // Nothing outside the article body is marked.
  await expect(page.locator('header mark, footer mark')).toHaveCount(0);
  expect(csp).toEqual([]);
});

test.describe('the /search/ page', () => {
  test('reads ?q= and shows results with shareable URLs', async ({ page }) => {
    await page.goto('search/?q=missile');
    await expect(page.getByRole('searchbox', { name: 'Search the full text of every article' })).toHaveValue('missile');
    const result = page.locator('.search-page .search-result');
    await expect(result).toHaveCount(1);
    await expect(result.getByRole('heading', { level: 2, name: SEED.title })).toBeVisible();
    await expect(result.locator('.search-passages > li')).toHaveCount(3);
    await expect(page.getByRole('heading', { name: 'All articles' })).toBeHidden();
    await expect(page.getByText('Searching needs JavaScript')).toHaveCount(0);

    await page.getByRole('searchbox', { name: 'Search the full text of every article' }).fill('Medvedev');
    await expect(page).toHaveURL(/\/search\/\?q=Medvedev$/);
    await expect(result.locator('.search-passages a').first()).toHaveAttribute('href', /#p1$/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: no violations with results shown (${colorScheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('search/?q=missile');
      await expect(page.locator('.search-page .search-result')).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  test('without JavaScript: the header form submits to /search/, which says so and lists every article', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SEED.path);
    await headerSearch(page).fill('missile');
    await headerButton(page).click();
    await expect(page).toHaveURL(/\/search\/\?q=missile$/);
    await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'All articles' })).toBeVisible();
    const link = page.getByRole('link', { name: SEED.title });
    await expect(link).toBeVisible();
    await expect(page.locator('.all-articles')).toContainText(SEED.author);
    await expect(page.locator('.all-articles')).toContainText(SEED.longDate);
    await context.close();
  });
});

test('the 404 page links to search', async ({ page }) => {
  await page.goto('404/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Search the articles' })).toHaveAttribute('href', /\/search\/$/);
});
