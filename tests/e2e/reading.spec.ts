// Typography for long reading, measured in the browser: line length, size and spacing after
// WCAG 2.2's visual presentation (1.4.8), text spacing (1.4.12), resize (1.4.4) and reflow (1.4.10).
import { expect, test, type Page } from '@playwright/test';
import { SEED } from './helpers.ts';

/** Characters on each full line of the body paragraphs (each paragraph's last line dropped). */
async function charactersPerLine(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const counts: number[] = [];
    for (const p of document.querySelectorAll('.prose > p')) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? '').length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const top = Math.round(rect.top / 4);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      counts.push(...[...lines.values()].slice(0, -1));
    }
    return counts;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)]!;

test.describe('reading typography', () => {
  test('desktop: 18px+ body, 1.5–1.7 line height, 60–70 characters a line, never over 75, not justified', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(SEED.path);
    const p = page.locator('.prose > p').first();
    const style = await p.evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight), align: s.textAlign };
    });
    expect(style.size).toBeGreaterThanOrEqual(18);
    expect(style.lineHeight / style.size).toBeGreaterThanOrEqual(1.5);
    expect(style.lineHeight / style.size).toBeLessThanOrEqual(1.7);
    expect(style.align).not.toBe('justify');
    const cpl = await charactersPerLine(page);
    expect(median(cpl)).toBeGreaterThanOrEqual(60);
    expect(median(cpl)).toBeLessThanOrEqual(70);
    expect(percentile(cpl, 0.95)).toBeLessThanOrEqual(75);
    await page.close();
  });

  test('phone: 16px+ body and at least 30 characters a line', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(SEED.path);
    const size = await page
      .locator('.prose > p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);
    expect(median(await charactersPerLine(page))).toBeGreaterThanOrEqual(30);
    await page.close();
  });

  test('text follows the reader’s default font size', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const session = await page.context().newCDPSession(page);
    await page.goto(SEED.path);
    const normal = await page
      .locator('.prose > p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await session.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.reload();
    const large = await page
      .locator('.prose > p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(large).toBeGreaterThan(normal * 1.5);
    await page.close();
  });

  test('WCAG 1.4.12 text spacing clips nothing and adds no sideways scroll', async ({ browser }) => {
    for (const width of [1280, 320]) {
      // The reader's own style sheet (an extension or bookmarklet) is not bound by the page's CSP.
      const page = await browser.newPage({ viewport: { width, height: 800 }, bypassCSP: true });
      await page.goto(SEED.path);
      await page.addStyleTag({
        content: '*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important} p{margin-bottom:2em!important}',
      });
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => !el.closest('.visually-hidden') && el.innerText?.trim())
          .filter((el) => {
            const s = getComputedStyle(el);
            const clips = /hidden|clip/.test(s.overflowX + s.overflowY);
            return clips && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
          })
          .map((el) => el.className || el.tagName),
      );
      expect(clipped).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.close();
    }
  });

  test('reduced motion: no smooth scrolling and no animation', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${SEED.path}#p7`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await context.close();
  });

  test('the article page needs no JavaScript to read', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SEED.path);
    await expect(page.locator('.prose > p')).toHaveCount(10);
    await expect(page.locator('.prose > p').last()).toBeVisible();
    await context.close();
  });
});
