// Gates in Chromium on every built page: no request leaves the site's own host, and the
// page works under its Content-Security-Policy with no console error, both as the <meta>
// Astro writes and as the HTTP header from the generated _headers file (with Pagefind search).
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../tools/lib/static-server.ts';
import { BASE, DIST, builtPages, readDist } from './built-site.ts';

const pages = builtPages();

/** Loads a page and returns everything that went wrong on it: foreign requests, console errors, CSP violations. */
async function problemsLoading(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    const requested = new URL(request.url());
    if (!['data:', 'blob:'].includes(requested.protocol) && requested.origin !== origin) problems.push(`requested ${request.url()}`);
  });
  page.on('console', (message) => {
    // The 404 page is meant to be served with status 404; Chromium logs that as an error.
    if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Scroll through the page so lazy images, fonts and scripts load too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  return problems;
}

test('every page has a CSP <meta> without unsafe-inline or unsafe-eval', () => {
  for (const { file } of pages) {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readDist(file))?.[1];
    expect(policy, `${file} has no CSP <meta>`).toBeTruthy();
    expect(policy, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy, file).toMatch(/default-src 'self'/);
  }
});

for (const { path } of pages) {
  test(`/${path} loads nothing from another host and has no console error or CSP violation`, async ({ page, baseURL }) => {
    expect(await problemsLoading(page, new URL(path, baseURL).href)).toEqual([]);
  });
}

test.describe('with the policy sent as an HTTP header from _headers', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  test.beforeAll(async () => {
    server = await serveStatic(DIST, BASE, { headers: true });
  });
  test.afterAll(() => server.close());

  test('the header carries the same policy, frame-ancestors and security headers', async ({ request }) => {
    const response = await request.get(server.url);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBeTruthy();
  });

  for (const { path } of pages) {
    test(`/${path} works under the header policy`, async ({ page }) => {
      expect(await problemsLoading(page, new URL(path, server.url).href)).toEqual([]);
    });
  }

  test('the search dialog finds articles under the header policy (Pagefind compiles WebAssembly)', async ({ page }) => {
    const problems = await problemsLoading(page, server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    // A word each content set has: the seed's, or the i18n fixture's English article's.
    const word = process.env['FOLIO_FIXTURE'] === 'i18n' ? 'ferry' : 'alliance';
    await page.locator('dialog.search-dialog').getByRole('searchbox', { name: 'Search articles' }).fill(word);
    // Several language indexes load and the WebAssembly compiles first: slow on a busy machine.
    await expect(page.locator('dialog.search-dialog .search-result').first()).toBeVisible({ timeout: 20_000 });
    expect(problems).toEqual([]);
  });
});
