// What axe cannot see: a keyboard and screen-reader reader's walk through an article
// (issue 15). Focus never sits under something else, names start with what is shown,
// separators are heard as pauses, not symbols, and marks survive forced colours.
import { expect, test, type Page } from '@playwright/test';
import { SEED } from './helpers.ts';
import { heard, heardText } from './ax-tree.ts';

/** Why the focused element is hidden behind another one at its centre, or null when it is not. */
const obscured = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    // The first line box: a link that wraps has nothing of its own at its bounding box's centre.
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const describe = (e: Element | null) =>
      e ? `${e.tagName.toLowerCase()}#${e.id}.${e.className} “${e.textContent?.trim().slice(0, 30)}”` : 'nothing';
    return top && (top === el || el.contains(top)) ? null : `${describe(el)} is under ${describe(top)}`;
  });

const refuseClipboard = (page: Page) =>
  page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });

for (const [width, height] of [
  [1280, 800],
  [320, 256],
] as const) {
  test(`with the clipboard refused, nothing covers the focused element (${width}×${height})`, async ({ browser }) => {
    test.setTimeout(90_000); // some 40 key presses, each followed by a look at the page
    // Reduced motion: focus scrolls at once, so what is at the focused element's centre is final.
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await refuseClipboard(page);
    await page.goto(SEED.path);
    const field = page.locator('#copy-fallback-input');
    const problems: string[] = [];
    const walk = async (key: string, times: number) => {
      for (let i = 0; i < times; i++) {
        await page.keyboard.press(key);
        const why = await obscured(page);
        if (why) problems.push(`${key} ${i + 1}: ${why}`);
      }
    };

    // A citation's Copy button, then back and forth around it.
    await page.getByText('Cite this article').click();
    await page.getByRole('button', { name: 'Copy APA, original' }).focus();
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    await expect(field).toBeInViewport();
    await walk('Shift+Tab', 8);
    await walk('Tab', 16);
    await page.keyboard.press('Escape');

    // A paragraph link.
    await page.locator('#p2 .para-anchor').focus();
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    expect(await obscured(page)).toBeNull();
    await walk('Shift+Tab', 4);
    await walk('Tab', 8);
    expect(problems).toEqual([]);
    await context.close();
  });
}

test.describe('paragraph links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the spoken name starts with the visible ¶ number, and the description says it copies', async ({ page }) => {
    await page.goto(SEED.path);
    const link = page.locator('#p7 .para-anchor');
    await expect(link).toHaveText('¶7');
    await expect(link).toHaveAccessibleName('¶7, link to paragraph 7');
    await link.focus(); // loads the sharing script, which fills in the description
    await expect(link).toHaveAccessibleDescription(/copies the link/i);
  });

  test('after copying, focus stays on the link and Tab goes on to the next one', async ({ page }) => {
    await page.goto(SEED.path);
    const link = page.locator('#p7 .para-anchor');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Link to paragraph 7 copied.');
    await expect(link).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('#p8 .para-anchor')).toBeFocused();
  });

  test('a copied paragraph holds only its words, not the link’s number or name', async ({ page }) => {
    await page.goto(SEED.path);
    await page.locator('#p1').evaluate((p) => getSelection()!.selectAllChildren(p));
    await page.keyboard.press('ControlOrMeta+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('President Dmitry Medvedev');
    expect(copied).not.toMatch(/¶|link to paragraph/i);
  });

  test('on a wide screen the number is always shown, quietly, in the margin at the first line', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(SEED.path);
    const link = page.locator('#p3 .para-anchor');
    await expect(link).toHaveCSS('opacity', '1');
    const [a, p] = [(await link.boundingBox())!, (await page.locator('#p3').boundingBox())!];
    expect(a.x + a.width).toBeLessThanOrEqual(p.x);
    expect(a.y).toBeLessThan(p.y + 20);
    expect(await link.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeLessThan(
      await page.locator('#p3').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
  });

  test('on a phone the number is shown at the paragraph’s end', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(SEED.path);
    const link = page.locator('#p3 .para-anchor');
    await expect(link).toHaveCSS('opacity', '1');
    const [a, p] = [(await link.boundingBox())!, (await page.locator('#p3').boundingBox())!];
    expect(a.x).toBeGreaterThanOrEqual(p.x);
    expect(a.y + a.height).toBeGreaterThan(p.y + p.height - 40);
  });
});

test('in forced colours, a paragraph reached by its link is still marked', async ({ browser }) => {
  const context = await browser.newContext({ forcedColors: 'active' });
  const page = await context.newPage();
  await page.goto(`${SEED.path}#p4`);
  const outline = (id: string) => page.locator(id).evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth]);
  const [style, width] = await outline('#p4');
  expect(style).not.toBe('none');
  expect(parseFloat(width!)).toBeGreaterThan(0);
  expect((await outline('#p5'))[0]).toBe('none');
  await context.close();
});

for (const [width, height] of [
  [320, 256],
  [1280, 800],
] as const) {
  test(`“Copy link to passage” covers no text of the article (${width}×${height})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(SEED.path);
    await page.locator('#p5').evaluate((p) => {
      p.scrollIntoView();
      const range = document.createRange();
      range.selectNodeContents(p.firstChild!);
      range.setStart(p.firstChild!, 10);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const button = page.getByRole('button', { name: 'Copy link to passage' });
    await expect(button).toBeAttached();
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeVisible();
    const covered = await button.evaluate((b) => {
      const box = b.getBoundingClientRect();
      const walker = document.createTreeWalker(document.querySelector('.prose')!, NodeFilter.SHOW_TEXT);
      const hits: string[] = [];
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        if (!node.data.trim() || b.contains(node)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom) hits.push(node.data.slice(0, 40));
        }
      }
      return hits;
    });
    expect(covered).toEqual([]);
    await context.close();
  });
}

test('the title is heard before the kicker, which is not read in capitals', async ({ page }) => {
  await page.goto(SEED.path);
  const header = await heard(page, '.article-header');
  const title = header.findIndex((n) => n.role === 'heading' && n.name === SEED.title);
  const kicker = header.findIndex((n) => n.role === 'StaticText' && /^opinion$/i.test(n.name));
  expect(title).toBeGreaterThanOrEqual(0);
  expect(kicker).toBeGreaterThan(title);
  expect(header[kicker]!.name).toBe('Opinion');
  // And it is still shown above the title.
  expect((await page.locator('.kicker').boundingBox())!.y).toBeLessThan((await page.locator('h1').boundingBox())!.y);
});

test('separators are heard as commas, not symbols, in the byline and on the home page', async ({ page }) => {
  await page.goto(SEED.path);
  expect((await heardText(page, '.byline')).replace(/ ,/g, ',')).toBe(`By ${SEED.author}, ${SEED.longDate}, 5 min read`);
  // Still seen as a dot.
  expect(
    await page
      .locator('.byline-sep')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content),
  ).toContain('·');
  await page.goto('');
  expect(await heardText(page, '.article-card-meta')).toMatch(new RegExp(`^${SEED.author} ?, \\d+ \\w+ \\d{4} ?, \\d+ min read$`));
});

test('Tab after a click inside a paragraph goes to the next control after it', async ({ page }) => {
  await page.goto(SEED.path);
  const p5 = page.locator('#p5');
  await p5.scrollIntoViewIfNeeded();
  const box = (await p5.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + 10);
  await page.keyboard.press('Tab');
  await expect(page.locator('#p5 .para-anchor')).toBeFocused();
});
