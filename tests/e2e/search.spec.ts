import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST, distFiles } from './built-site.ts';
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
    await expect(result.locator('.search-result-meta')).toHaveText(`${SEED.author} ${SEED.longDate}`); // the "·" is drawn by CSS
    const passages = result.locator('.search-passages > li');
    await expect(passages).toHaveCount(3);
    const first = passages.first().getByRole('link');
    await expect(first).toHaveText('Paragraph 4');
    await expect(passages.first().locator('.search-excerpt')).toContainText('Missile defense, of course');
    await expect(first).toHaveAttribute('href', new RegExp(`/${SEED.path}\\?highlight=missile#p4$`));
    await expect(passages.first().locator('mark').first()).toHaveText(/missile/i);
    await expect(dialog(page).getByRole('status')).toHaveText('1 article matches “missile”.');
  });

  test('a quoted phrase matches the phrase', async ({ page }) => {
    await searchFor(page, '"frozen conflicts"');
    const passage = dialog(page).locator('.search-passages > li').first();
    await expect(passage.getByRole('link')).toHaveText('Paragraph 7');
    await expect(passage.getByRole('link')).toHaveAttribute('href', /#p7$/);
    await expect(passage.locator('mark')).toHaveText(['frozen', 'conflicts.']);
    // The same words in another order are not the phrase.
    await dialogInput(page).fill('"conflicts frozen"');
    await expect(dialog(page).getByRole('status')).toHaveText(/^No articles match/);
  });

  test('Medvedev finds the first paragraph first', async ({ page }) => {
    await searchFor(page, 'Medvedev');
    const first = dialog(page).locator('.search-passages > li').first().getByRole('link');
    await expect(first).toHaveText('Paragraph 1');
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

  test('opens by the button, Ctrl+K and Cmd+K, traps focus, and Esc returns focus', async ({ page }) => {
    await headerButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(dialogInput(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(headerButton(page)).toBeFocused();

    for (const keys of ['Control+k', 'Meta+k']) {
      await page.locator('h1').click();
      await page.keyboard.press(keys);
      await expect(dialogInput(page), keys).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();
    }

    // Words typed into the header box are searched in the dialog on Enter.
    await headerSearch(page).pressSequentially('miss');
    await page.keyboard.press('Enter');
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

test.describe('filters in the search dialog', () => {
  test('by keyboard: author and year with counts, announced, and a link to the same search on /search/ that keeps them', async ({
    page,
  }) => {
    await page.goto(SEED.path);
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    await expect(dialogInput(page)).toBeFocused(); // the dialog's code arrives on demand
    await page.keyboard.type('missile');
    await page.keyboard.press('Enter');
    const status = dialog(page).getByRole('status');
    await expect(status).toHaveText('1 article matches “missile”.');

    // Input → Close → the folded "Filters"; Enter unfolds them, Tab reaches each choice.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const toggle = dialog(page).locator('summary');
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveText('Filters');
    await page.keyboard.press('Enter');
    const filters = dialog(page).getByRole('group', { name: 'Only articles by, from or about' });
    const author = filters.getByRole('combobox', { name: 'Author' });
    await expect(author.getByRole('option', { name: `${SEED.author} (1)` })).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(author).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(author).toHaveValue(SEED.author);
    await expect(status).toHaveText(`1 article matches “missile” (Author: ${SEED.author}).`);
    await expect(toggle).toHaveText('Filters (1 on)');
    await page.keyboard.press('Tab');
    const year = filters.getByRole('combobox', { name: 'Year' });
    await expect(year).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(year).toHaveValue('2010');
    await expect(status).toHaveText(`1 article matches “missile” (Author: ${SEED.author}, Year: 2010).`);
    await expect(filters.getByRole('combobox', { name: 'Language' }).getByRole('option', { name: 'English (1)' })).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);

    // A filter that leaves nothing says so.
    const topic = filters.getByRole('combobox', { name: 'Topic' });
    await topic.selectOption('Russia');
    await expect(status).toHaveText(`1 article matches “missile” (Author: ${SEED.author}, Year: 2010, Topic: Russia).`);
    await topic.selectOption('');

    const share = dialog(page).getByRole('link', { name: 'Open this search on the search page, to share it' });
    await expect(share).toHaveAttribute('href', /\/search\/\?q=missile&author=Dmitry\+Trenin&year=2010$/);
    await share.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=missile&author=Dmitry\+Trenin&year=2010$/);
    const form = page.locator('.search-page-form');
    await expect(form.getByRole('combobox', { name: 'Author' })).toHaveValue(SEED.author);
    await expect(form.getByRole('combobox', { name: 'Year' })).toHaveValue('2010');
    await expect(page.locator('.search-page .search-result')).toHaveCount(1);
    await expect(page.locator('#search-page-status')).toHaveText(`1 article matches “missile” (Author: ${SEED.author}, Year: 2010).`);
  });

  test('"Clear filters" shows only while a filter is set, clears them all by keyboard and gives focus to the first filter', async ({
    page,
  }) => {
    await page.goto(SEED.path);
    await searchFor(page, 'missile');
    const status = dialog(page).getByRole('status');
    await expect(status).toHaveText('1 article matches “missile”.');
    await dialog(page).locator('summary').click();
    const filters = dialog(page).getByRole('group', { name: 'Only articles by, from or about' });
    const clear = filters.getByRole('button', { name: 'Clear filters' });
    const year = filters.getByRole('combobox', { name: 'Year' });
    await expect(year.getByRole('option', { name: '2010 (1)' })).toHaveCount(1);
    await expect(clear).toBeHidden();
    await year.selectOption('2010');
    await filters.getByRole('combobox', { name: 'Topic' }).selectOption('NATO');
    await expect(status).toHaveText('1 article matches “missile” (Year: 2010, Topic: NATO).');
    await expect(clear).toBeVisible();
    await clear.focus();
    await page.keyboard.press('Enter');
    for (const name of ['Author', 'Year', 'Topic', 'Language']) await expect(filters.getByRole('combobox', { name })).toHaveValue('');
    await expect(status).toHaveText('1 article matches “missile”.');
    await expect(dialog(page).locator('summary')).toHaveText('Filters');
    await expect(clear).toBeHidden();
    await expect(filters.getByRole('combobox', { name: 'Author' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a filtered search on /search/ survives a reload and a shared link; clearing a filter drops it from the URL', async ({ page }) => {
    await page.goto('search/?q=missile');
    const form = page.locator('.search-page-form');
    const year = form.getByRole('combobox', { name: 'Year' });
    await expect(year.getByRole('option', { name: '2010 (1)' })).toHaveCount(1);
    await year.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/\/search\/\?q=missile&year=2010$/);
    await page.reload();
    await expect(year).toHaveValue('2010');
    await expect(page.locator('#search-page-status')).toHaveText('1 article matches “missile” (Year: 2010).');
    await year.selectOption('');
    await expect(page).toHaveURL(/\/search\/\?q=missile$/);
    await expect(page.locator('#search-page-status')).toHaveText('1 article matches “missile”.');
  });
});

test('the index leaves out the ¶ links and heading anchors (tools/index-search.ts excludes them)', () => {
  const fragments = distFiles().filter((file) => /^pagefind\/fragment\/.*\.pf_fragment$/.test(file));
  expect(fragments.length).toBeGreaterThan(0);
  const seed = fragments
    .map(
      (file) =>
        JSON.parse(
          gunzipSync(readFileSync(join(DIST, file)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string },
    )
    .find((fragment) => fragment.url.endsWith(`/${SEED.path}`));
  expect(seed?.content).toContain('Lisbon');
  expect(seed?.content).not.toMatch(/¶\s?\d|link to paragraph|Section titled/);
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

test('a pointer over the header search starts the engine: its code, Pagefind and its entry file are fetched side by side', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(SEED.path);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => /pagefind|\.js$/.test(p))).toEqual([]);
  await headerSearch(page).hover();
  await expect.poll(() => requested.some((p) => p.endsWith('/pagefind/pagefind-entry.json'))).toBe(true);
  expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(requested.some((p) => /\/search-dialog\.[\w-]+\.js$/.test(p))).toBe(true);
  // Nothing on screen changed.
  await expect(dialog(page)).toHaveCount(0);
});

test.describe('the engine starts at intent', () => {
  test.use({ serviceWorkers: 'block' }); // page.route() does not see requests a service worker handles

  test("without waiting for the dialog's code: with it held back, Pagefind fetches its meta and wasm", async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/search-dialog\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(SEED.path);
    await page.waitForLoadState('networkidle');
    await headerSearch(page).hover();
    try {
      await expect
        .poll(() => [requested.some((p) => /\/wasm\.\w+\.pagefind$/.test(p)), requested.some((p) => p.endsWith('.pf_meta'))], {
          timeout: 10_000,
        })
        .toEqual([true, true]);
    } finally {
      release();
    }
    // The dialog arrives and searches with the engine already started.
    await headerSearch(page).fill('missile');
    await headerSearch(page).press('Enter');
    await expect(dialog(page).locator('.search-result')).toHaveCount(1);
  });
});

test.describe('the files the engine starts with', () => {
  test.use({ serviceWorkers: 'block' });

  test("are asked for as soon as the list of bundles arrives, not after Pagefind's module, and each is fetched once", async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/pagefind\/pagefind\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(SEED.path);
    await page.waitForLoadState('networkidle');
    await headerSearch(page).hover();
    const started = () => [requested.some((p) => /\/wasm\.\w+\.pagefind$/.test(p)), requested.some((p) => p.endsWith('.pf_meta'))];
    try {
      await expect.poll(started, { timeout: 10_000 }).toEqual([true, true]);
    } finally {
      release();
    }
    await headerSearch(page).fill('missile');
    await headerSearch(page).press('Enter');
    await expect(dialog(page).locator('.search-result')).toHaveCount(1);
    // Pagefind's own fetch took the early request: nothing was fetched twice.
    const starts = requested.filter((p) => /\/wasm\.\w+\.pagefind$|\.pf_meta$/.test(p));
    expect(starts).toHaveLength(2);
    expect(new Set(starts).size).toBe(2);
  });
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
    await expect(page.getByRole('heading', { name: 'Browse the archive' })).toBeHidden();
    await expect(page.getByText('Searching needs JavaScript')).toHaveCount(0);

    await page.getByRole('searchbox', { name: 'Search the full text of every article' }).fill('Medvedev');
    await expect(page).toHaveURL(/\/search\/\?q=Medvedev$/);
    await expect(result.locator('.search-passages a').first()).toHaveAttribute('href', /#p1$/);
  });

  test('filters by author, year and topic, kept in the URL, with counts and the choice announced', async ({ page }) => {
    await page.goto(`search/?q=missile&author=${encodeURIComponent(SEED.author)}&year=2010`);
    const form = page.locator('.search-page-form');
    await expect(form.getByRole('combobox', { name: 'Author' })).toHaveValue(SEED.author);
    await expect(form.getByRole('combobox', { name: 'Year' })).toHaveValue('2010');
    await expect(page.locator('.search-page .search-result')).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'matches' })).toHaveText(
      `1 article matches “missile” (Author: ${SEED.author}, Year: 2010).`,
    );
    const topic = form.getByRole('combobox', { name: 'Topic' });
    await expect(topic.getByRole('option', { name: 'NATO (1)' })).toHaveCount(1);
    await topic.focus();
    await topic.selectOption('NATO');
    await expect(page).toHaveURL(/[?&]topic=NATO(&|$)/);
    await expect(page.getByRole('status').filter({ hasText: 'matches' })).toContainText('Topic: NATO');
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

  test('without JavaScript: the header form submits to /search/, which says so and offers the browsing pages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SEED.path);
    await headerSearch(page).fill('missile');
    await headerButton(page).click();
    await expect(page).toHaveURL(/\/search\/\?q=missile$/);
    await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
    const browse = page.locator('.browse-archive');
    await expect(page.getByRole('heading', { name: 'Browse the archive' })).toBeVisible();
    await expect(browse.getByRole('link', { name: 'By author' })).toHaveAttribute('href', /\/authors\/$/);
    await expect(browse.getByRole('link', { name: 'By topic' })).toHaveAttribute('href', /\/topics\/$/);
    await browse.getByRole('link', { name: SEED.date.slice(0, 4) }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED.date.slice(0, 4) })).toBeVisible();
    await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
    await context.close();
  });
});

test('the 404 page links to search', async ({ page }) => {
  await page.goto('404/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Search the articles' })).toHaveAttribute('href', /\/search\/$/);
});
