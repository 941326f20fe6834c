// The theme switch: Auto / Light / Dark in the header, set before the first paint, kept
// across pages, absent without JavaScript, allowed by the CSP's hash, and never in print.
import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PAGES, SEED, axeViolations } from './helpers.ts';
import { builtPages, readDist } from './built-site.ts';

// axe on a full page takes most of the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const SCHEMES = ['light', 'dark'] as const;
const BG = { light: 'rgb(252, 251, 248)', dark: 'rgb(21, 22, 26)' };
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Starts every page of the context with `theme` chosen, as a reader who picked it earlier. */
async function choose(context: BrowserContext, theme: 'light' | 'dark') {
  await context.addInitScript((t) => localStorage.setItem('folio-theme', t), theme);
}

test('the control is a labelled select, and picking a theme applies it, keeps it and carries it to other pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(SEED.path);
  const select = page.getByLabel('Theme');
  await expect(select).toBeVisible();
  await expect(select).toHaveValue('auto');
  expect(await background(page)).toBe(BG.light);

  await select.focus();
  await page.keyboard.press('ArrowDown'); // keyboard: Auto → Light
  await page.keyboard.press('ArrowDown'); // Light → Dark
  await expect(select).toHaveValue('dark');
  // Applied by the loader, which the first interaction fetches (it is handed the change if it comes first).
  await expect.poll(() => background(page)).toBe(BG.dark);
  expect(await page.evaluate(() => localStorage.getItem('folio-theme'))).toBe('dark');

  await page.goto('');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await background(page)).toBe(BG.dark);

  await page.getByLabel('Theme').selectOption('auto');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('folio-theme'))).toBeNull();
  expect(await background(page)).toBe(BG.light);
});

test('Auto follows the system setting live', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(SEED.path);
  expect(await background(page)).toBe(BG.light);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(BG.dark);
});

for (const system of SCHEMES) {
  for (const theme of SCHEMES) {
    test(`${theme} chosen on a ${system} system: set before the body is parsed, so the first paint is ${theme}`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: system });
      await choose(context, theme);
      // Records the theme at the moment <body> appears: nothing of the page can be painted before it.
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'none';
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await page.goto(SEED.path);
      expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe(theme);
      expect(await background(page)).toBe(BG[theme]);
      await expect(page.getByLabel('Theme')).toHaveValue(theme);
      await context.close();
    });

    for (const path of PAGES) {
      test(`axe finds no WCAG 2.2 AA violation on /${path} with ${theme} chosen on a ${system} system`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme: system });
        await choose(context, theme);
        const page = await context.newPage();
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  for (const theme of SCHEMES) {
    test(`body text has at least 7:1 contrast with ${theme} chosen on a ${system} system`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: system });
      await choose(context, theme);
      const page = await context.newPage();
      await page.goto(SEED.path);
      const results = await new AxeBuilder({ page }).include('article').withRules(['color-contrast-enhanced']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`))).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(0);
      await context.close();
    });
  }
}

test('print is dark on white whatever the theme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  await choose(context, 'dark');
  const page = await context.newPage();
  await page.goto(SEED.path);
  await page.emulateMedia({ media: 'print' });
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.prose p')!).color)).toBe('rgb(0, 0, 0)');
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the control is not shown and the system setting applies', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(SEED.path);
    await expect(page.locator('#theme-select')).toBeHidden();
    expect(await background(page)).toBe(BG.dark);
  });
});

test('every page runs the same head script and its CSP <meta> allows it by hash', () => {
  const hashes = new Set<string>();
  for (const { file } of builtPages()) {
    const html = readDist(file);
    const script = /<head>.*?<script>(.*?)<\/script>/s.exec(html)?.[1];
    expect(script, `${file} has no head script`).toBeTruthy();
    const hash = `'sha256-${createHash('sha256').update(script!).digest('base64')}'`;
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(policy, file).toContain(hash);
    hashes.add(hash);
  }
  expect(hashes.size).toBe(1);
});
