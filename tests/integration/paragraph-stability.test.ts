// Links to paragraphs survive editing: build an edited copy of the seed article (a paragraph
// inserted before ¶5, ¶8 deleted and recorded as retired) and check that every old link,
// #p1…#p10, lands on the same words it did before, or on a notice that says the paragraph is gone.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './build-fixture.ts';
import { chromiumLaunchOptions } from '../../tools/lib/find-chromium.ts';
import { serveStatic } from '../../tools/lib/static-server.ts';

const SEED = 'content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx';
const source = readFileSync(SEED, 'utf8');
/** The original text of each paragraph, by number, as written in the MDX. */
const original = new Map([...source.matchAll(/^¶(\d+[a-z]*) (.+)$/gm)].map((m) => [m[1]!, m[2]!]));

const INSERTED = 'An editor’s inserted paragraph, which must not take over anyone’s old link.';
const edited = source
  .replace('\n---\n', '\nretiredParagraphs:\n  "8": "It repeated the argument of paragraph 7 (correction of 28 November 2026)."\n---\n')
  .replace(/^¶5 /m, `¶4a ${INSERTED}\n\n¶5 `)
  .replace(/^¶8 .+\n\n/m, '');

/** Visible text of the element with this id in the built page ('' when there is none). */
function textOf(html: string, id: string): string {
  const m = new RegExp(`<p id="${id}"[^>]*>(.*?)</p>`, 's').exec(html);
  if (!m) return '';
  return m[1]!
    .replace(/<a class="para-anchor".*?<\/a>/s, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;|’/g, "'")
    .replace(/&quot;|[“”]/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}
const plain = (s: string) => s.replace(/’/g, "'").replace(/[“”]/g, '"');

let dist: string;
let html: string;

beforeAll(async () => {
  // Inside the project (git-ignored tmp/): Astro cannot build content from outside its root.
  const content = join('tmp', 'stability-content');
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'turning-a-happy-hour-into-a-happy-alliance.mdx'), edited);
  dist = await builtSite(content);
  html = readFileSync(join(dist, 'articles/turning-a-happy-hour-into-a-happy-alliance/index.html'), 'utf8');
});

describe('after inserting a paragraph before ¶5 and deleting ¶8', () => {
  it('every old link lands on the same text or on a notice, never on other text', () => {
    for (const [n, text] of original) {
      const landed = textOf(html, `p${n}`);
      if (n === '8') {
        expect(landed).toBe(
          'Paragraph 8 has been removed from this article. It repeated the argument of paragraph 7 (correction of 28 November 2026).',
        );
      } else {
        expect(plain(landed), `#p${n}`).toBe(plain(text));
      }
    }
  });

  it('the new paragraph has its own id and number, in reading order', () => {
    expect(textOf(html, 'p4a')).toBe(plain(INSERTED));
    const order = [...html.matchAll(/<p id="(p[^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['p1', 'p2', 'p3', 'p4', 'p4a', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10']);
    expect(html).toMatch(/<p id="p4a" data-paragraph="4a"[ >]/);
  });

  it('in a browser with no JavaScript, #p8 shows the notice in view; elsewhere it stays hidden', async () => {
    // Served over HTTP, as a reader gets it: the page's style sheet is a file at the site root.
    const server = await serveStatic(dist);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
      const file = new URL('articles/turning-a-happy-hour-into-a-happy-alliance/', server.url).href;
      await page.goto(`${file}#p8`);
      expect(await page.locator('#p8').isVisible()).toBe(true);
      // Fragment scrolling can finish after load on a busy machine: wait for it.
      const inView = () =>
        page.locator('#p8').evaluate((p) => p.getBoundingClientRect().top >= 0 && p.getBoundingClientRect().bottom <= innerHeight);
      await expect.poll(inView, { timeout: 10_000 }).toBe(true);
      await page.goto(`${file}#p7`);
      expect(await page.locator('#p8').isVisible()).toBe(false);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);

  it('the retired notice carries no paragraph number (print, search) and is screen-only', () => {
    expect(html).toMatch(/<p id="p8" class="retired-paragraph" data-pagefind-ignore data-screen-only>/);
  });
});
