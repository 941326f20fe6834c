import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

export const SEED = {
  path: 'articles/turning-a-happy-hour-into-a-happy-alliance/',
  title: 'Turning a Happy Hour Into a Happy Alliance',
  author: 'Dmitry Trenin',
  date: '2010-11-21',
  longDate: '21 November 2010',
  sourceUrl: 'https://www.themoscowtimes.com/2010/11/21/turning-a-happy-hour-into-a-happy-alliance-a3127',
  bio: 'Dmitry Trenin is director of the Carnegie Moscow Center and counselor of the Commission on the Euro-Atlantic Security Initiative.',
  disclaimer: 'The views expressed in opinion pieces do not necessarily reflect the position of The Moscow Times.',
};

/** The build under test: "i18n" for the fixture corpus of `npm run test:i18n`, otherwise the seed site. */
export const FIXTURE = process.env['FOLIO_FIXTURE'] ?? '';

/**
 * The i18n fixture's articles (tests/fixtures/i18n-content: English, Russian, Arabic, Chinese;
 * the English and Russian ones are translations of each other), with what each page must show.
 */
export const I18N_ARTICLES = {
  en: { path: 'articles/river-ferries-in-winter/', lang: 'en', dir: 'ltr', by: 'By Anna Volkova', date: '3 January 2011', word: 'lantern' },
  ru: {
    path: 'articles/rechnye-paromy-zimoy/',
    lang: 'ru',
    dir: 'ltr',
    by: 'Автор: Анна Волкова',
    date: '5 января 2011 г.',
    word: 'фонарь',
  },
  ar: { path: 'articles/almaktabat-alqadima/', lang: 'ar', dir: 'rtl', by: 'بقلم ليلى حداد', date: '14 مارس 2012', word: 'مكتب' },
  zh: { path: 'articles/chayuan-de-chuntian/', lang: 'zh', dir: 'ltr', by: '作者：李明', date: '2013年4月2日', word: '采茶' },
} as const;

/** The article pages of the build under test. */
export const ARTICLE_PATHS: string[] = FIXTURE === 'i18n' ? Object.values(I18N_ARTICLES).map((a) => a.path) : [SEED.path];

/** Every page a reader can reach, relative to the site's base URL. */
export const PAGES =
  FIXTURE === 'i18n'
    ? ['', 'search/', '404/', ...ARTICLE_PATHS, 'authors/', 'authors/anna-volkova/', 'archive/', 'archive/2012/', 'topics/']
    : ['', SEED.path, '404/', 'authors/', 'authors/dmitry-trenin/', 'archive/2010/', 'topics/nato/'];

/** Selects the first occurrence of `text` inside one text node of the element at `selector`, as a reader's drag would. */
export async function selectPassage(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).evaluate((p, passage) => {
    const node = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(passage))!;
    const start = node.textContent!.indexOf(passage);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + passage.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, text);
}

/** axe-core WCAG 2.2 A/AA violations on the page, as readable strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Declares the checks every page gets: axe in light and dark at 1280 and 390 px, and no sideways scroll at 320 px. */
export function pageChecks(paths: readonly string[]): void {
  for (const path of paths) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 390]) {
        test(`axe finds no WCAG 2.2 AA violation on /${path} (${colorScheme}, ${width}px)`, async ({ browser }) => {
          const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
          const page = await context.newPage();
          await page.goto(path);
          expect(await axeViolations(page)).toEqual([]);
          await context.close();
        });
      }
    }

    test(`/${path} does not scroll sideways at 320px`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.close();
    });
  }
}
