// Sharing: ¶ and heading links copied by keyboard (with the clipboard, and with the
// fallback field when it is refused), passage links, landing on links, the cite block,
// and the same links with no JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { BASE, distFiles } from './built-site.ts';
import { SEED, axeViolations, selectPassage } from './helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The article's public address, as its canonical link gives it. */
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function tabTo(page: Page, locator: ReturnType<Page['locator']>) {
  for (let i = 0; i < 80 && !(await locator.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(locator).toBeFocused();
}

test.describe('paragraph links', () => {
  test('every paragraph has a named ¶ link, reachable by Tab, at least 24×24, always shown', async ({ page }) => {
    await page.goto(SEED.path);
    const paragraphs = page.locator('.prose > p[data-paragraph]');
    const count = await paragraphs.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const p = paragraphs.nth(i);
      const n = await p.getAttribute('data-paragraph');
      expect(await p.getAttribute('id')).toBe(`p${n}`);
      const link = p.getByRole('link', { name: `¶${n}, link to paragraph ${n}`, exact: true });
      await expect(link).toHaveAttribute('href', `#p${n}`);
      await expect(link).toHaveText(`¶${n}`); // the number readers cite, as in print
      await expect(link).not.toHaveAttribute('aria-hidden', /.*/);
    }
    // Screen only: print.css hides every .para-anchor (print sets the numbers in the margin).
    await page.emulateMedia({ media: 'print' });
    await expect(paragraphs.locator('.para-anchor')).toHaveCount(count);
    for (const link of await paragraphs.locator('.para-anchor').all()) await expect(link).toBeHidden();
    await page.emulateMedia({ media: null });
    const link7 = page.getByRole('link', { name: '¶7, link to paragraph 7', exact: true });
    await expect(link7).toHaveCSS('opacity', '1');
    await tabTo(page, link7);
    const box = (await link7.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  });

  test('are always visible on a touch screen', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(SEED.path);
    await expect(page.getByRole('link', { name: '¶3, link to paragraph 3', exact: true })).toHaveCSS('opacity', '1');
    await context.close();
  });

  test('a keyboard reader copies a paragraph link; it is announced and the paragraph becomes the target', async ({ page }) => {
    await page.goto(SEED.path);
    const link = page.getByRole('link', { name: '¶7, link to paragraph 7', exact: true });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Link to paragraph 7 copied.');
    expect(await clipboard(page)).toBe(`${await canonical(page)}#p7`);
    await expect(page).toHaveURL(/#p7$/);
    await expect(page.locator('#p7')).toBeInViewport();
  });

  test('a keyboard reader copies a heading link', async ({ page }) => {
    await page.goto(SEED.path);
    const link = page.getByRole('link', { name: 'Section titled “Source”', exact: true });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Link to this section copied.');
    expect(await clipboard(page)).toBe(`${await canonical(page)}#source`);
  });

  test('when the clipboard refuses, the link is shown selected in a read-only field', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.goto(SEED.path);
    await tabTo(page, page.getByRole('link', { name: '¶2, link to paragraph 2', exact: true }));
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: /Copying is not allowed here\. The link to paragraph 2 is selected/ });
    await expect(field).toBeVisible();
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(`${await canonical(page)}#p2`);
    expect(await field.evaluate((el: HTMLInputElement) => [el.readOnly, el.selectionStart, el.selectionEnd === el.value.length])).toEqual([
      true,
      0,
      true,
    ]);
    await expect(field).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(field).toBeHidden();
    await expect(page.getByRole('link', { name: '¶2, link to paragraph 2', exact: true })).toBeFocused();
  });
});

test.describe('landing on links', () => {
  test('a paragraph link puts the paragraph in view, below the top edge, highlighted', async ({ page }) => {
    await page.goto(`${SEED.path}#p6`);
    const p6 = page.locator('#p6');
    await expect(p6).toBeInViewport();
    expect(await p6.evaluate((p) => p.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    const [target, other] = await page.evaluate(() => [
      getComputedStyle(document.getElementById('p6')!).backgroundColor,
      getComputedStyle(document.getElementById('p5')!).backgroundColor,
    ]);
    expect(target).not.toBe(other);
    await expect(p6.locator('.para-anchor')).toHaveCSS('opacity', '1');
  });

  test('with reduced motion, nothing animates on the target', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${SEED.path}#p6`);
    const [animation, transition] = await page
      .locator('#p6')
      .evaluate((p) => [getComputedStyle(p).animationName, getComputedStyle(p).transitionDuration]);
    expect(animation).toBe('none');
    expect(parseFloat(transition!)).toBeLessThan(0.01);
    await context.close();
  });
});

test.describe('passage links', () => {
  test('a keyboard reader copies a link to a selected passage, and it lands highlighted and in view', async ({ page }) => {
    await page.goto(SEED.path);
    const passage = 'cooperation on weapon systems with European NATO countries';
    await selectPassage(page, '#p5', passage);
    const button = page.getByRole('button', { name: 'Copy link to passage' });
    await expect(button).toBeVisible();
    // Next in Tab order after the selected paragraph's ¶ link.
    await page.getByRole('link', { name: '¶5, link to paragraph 5', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Link to the passage in paragraph 5 copied.');
    const link = await clipboard(page);
    expect(link).toBe(`${await canonical(page)}#p5:~:text=cooperation%20on%20weapon%20systems%20with%20European%20NATO%20countries`);

    const other = await page.context().newPage();
    await other.goto(link.replace(/^https?:\/\/[^/]+\//, new URL(page.url()).origin + '/'));
    // In view: the passage's own box, found in the page text, comes inside the viewport.
    await expect
      .poll(() =>
        other.evaluate((text) => {
          const node = [...document.getElementById('p5')!.childNodes].find((n) => n.textContent!.includes(text))!;
          const range = document.createRange();
          range.setStart(node, node.textContent!.indexOf(text));
          range.setEnd(node, node.textContent!.indexOf(text) + text.length);
          const r = range.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }, passage),
      )
      .toBe(true);
    // Highlighted: the browser's ::target-text is styled with the theme's mark colours.
    const mark = await other.evaluate(() => getComputedStyle(document.getElementById('p5')!, '::target-text').backgroundColor);
    expect(mark).toBe('rgb(255, 230, 128)');
  });

  test('in a browser without text fragments, our script scrolls to the passage and marks it', async ({ page }) => {
    await page.goto(SEED.path);
    // Such a browser keeps the directive in location.hash (Chromium strips it, so it is handed over here).
    const module = `${BASE}${distFiles().find((f) => /^_astro\/share\.\w+\.js$/.test(f))}`;
    await page.evaluate(async (module) => {
      const share = await import(module);
      share.markPassage('#p7:~:text=NATO%E2%80%99s%202008%20Bucharest%20summit,Russia%20and%20Georgia');
    }, module);
    const mark = page.locator('#p7 mark.passage-mark');
    await expect(mark).toHaveText(/^NATO’s 2008 Bucharest summit .* between Russia and Georgia$/);
    await expect(mark).toBeInViewport();
    expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgb(255, 230, 128)');
  });

  test('the button goes away when the selection is gone', async ({ page }) => {
    await page.goto(SEED.path);
    await page.locator('#p3').selectText();
    const button = page.getByRole('button', { name: 'Copy link to passage' });
    await expect(button).toBeVisible();
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await expect(button).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('¶ links are plain links and the cite block still opens', async ({ page }) => {
    await page.goto(SEED.path);
    await page.getByRole('link', { name: '¶4, link to paragraph 4', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#p4$/);
    await expect(page.locator('#p4')).toBeInViewport();
    await page.getByText('Cite this article').click();
    await expect(page.locator('#cite-chicago')).toBeVisible();
    await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
  });
});

test.describe('cite this article', () => {
  test('opens by keyboard, shows both editions in the three styles and copies one', async ({ page }) => {
    await page.goto(SEED.path);
    const summary = page.locator('.cite-this summary');
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    const url = await canonical(page);
    // The default: the original newspaper article with its own URL.
    await expect(page.locator('#cite-chicago')).toHaveText(
      `Trenin, Dmitry. “Turning a Happy Hour into a Happy Alliance.” Moscow Times, November 21, 2010. ${SEED.sourceUrl}.`,
    );
    await expect(page.locator('#cite-chicago i')).toHaveText('Moscow Times');
    await expect(page.locator('#cite-apa')).toHaveText(
      `Trenin, D. (2010, November 21). Turning a happy hour into a happy alliance. The Moscow Times. ${SEED.sourceUrl}`,
    );
    // This edition: reprinted in Folio, with its URL; MLA's access date is the reader's day.
    await expect(page.locator('#cite-chicago-reprint')).toContainText(`November 21, 2010. Reprinted in Folio. ${url}.`);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getDate()} ${['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'][d.getMonth()]} ${d.getFullYear()}`;
    });
    await expect(page.locator('#cite-mla-reprint')).toContainText(`Folio, ${url!.replace(/^https?:\/\//, '')}. Accessed ${today}.`);
    await expect(page.locator('.cite-this')).toContainText('(Trenin, 2010, para. 1)');
    // After a paragraph link, the pinpoints cite that paragraph.
    await page.getByRole('link', { name: '¶6, link to paragraph 6', exact: true }).click();
    await expect(page.locator('.cite-this')).toContainText('(Trenin, 2010, para. 6)');
    await expect(page.locator('.cite-this')).toContainText('reprinted in Folio, par. 6, ');
    const copyApa = page.getByRole('button', { name: 'Copy APA, original' });
    await tabTo(page, copyApa);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('APA citation of the original copied.');
    expect(await clipboard(page)).toBe(await page.locator('#cite-apa').innerText());
    // A button copies the citation before it (this edition's, past its pinpoint line), named in the announcement.
    await page.getByRole('button', { name: 'Copy Chicago, this edition' }).click();
    await expect(page.getByRole('status')).toHaveText('Chicago citation of this edition copied.');
    expect(await clipboard(page)).toBe(await page.locator('#cite-chicago-reprint').innerText());
  });

  test('BibTeX and RIS files download', async ({ page, request }) => {
    await page.goto(SEED.path);
    const url = await canonical(page);
    await page.locator('.cite-this summary').click();
    const bib = await request.get((await page.getByRole('link', { name: 'BibTeX' }).getAttribute('href'))!);
    expect(bib.status()).toBe(200);
    expect(await bib.text()).toContain(`@article{trenin2010turning,\n  author = {Trenin, Dmitry},`);
    expect(await bib.text()).toContain(`url = {${SEED.sourceUrl}}`);
    expect(await bib.text()).toContain(`note = {Reprinted in Folio: ${url}}`);
    const ris = await request.get((await page.getByRole('link', { name: 'RIS' }).getAttribute('href'))!);
    expect(await ris.text()).toMatch(/^TY {2}- NEWS\r\nAU {2}- Trenin, Dmitry\r\n/);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 390]) {
    test(`axe: no violation with the cite block open, a paragraph targeted and a link copied (${colorScheme}, ${width}px)`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        colorScheme,
        viewport: { width, height: 900 },
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page = await context.newPage();
      await page.goto(`${SEED.path}#p3`);
      await page.locator('.cite-this summary').click();
      await page.getByRole('link', { name: '¶3, link to paragraph 3', exact: true }).click();
      await expect(page.getByRole('status')).not.toBeEmpty();
      await page.locator('#p4').selectText();
      await expect(page.getByRole('button', { name: 'Copy link to passage' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
}
