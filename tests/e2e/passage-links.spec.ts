// Passage links measured the way readers use them: random selections (fixed seed) made in
// the page, the link copied with the "Copy link to passage" control, then opened in a fresh
// page where ::target-text is painted in a colour found nowhere else, so the characters
// Chromium highlights can be read back from a screenshot. Our fallback (markPassage) must
// mark the same characters.
//
// Always on: a sample of 16 selections (two of each kind) on the seed article in the site
// under test. With PASSAGE_E2E=1: the full measurement, 120 selections over the seed, a
// fixture of repeated phrases and inline markup (tests/fixtures/passages) and a Russian
// article (tests/fixtures/i18n-content), built here into a site of their own.
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server.ts';
import { SEED } from './helpers.ts';

const FULL = !!process.env['PASSAGE_E2E'];
const ARTICLES = FULL
  ? [
      { path: SEED.path, count: 56 },
      { path: 'articles/passage-fixture/', count: 32 },
      { path: 'articles/rechnye-paromy-zimoy/', count: 32 },
    ]
  : [{ path: SEED.path, count: 16 }];
const KINDS = ['inside', 'inside', 'inside', 'mid-word', 'short', 'across', 'triple-click', 'past-end'] as const;
type Kind = (typeof KINDS)[number];

// A tall viewport, so the whole highlight of a long passage is on screen once Chromium has scrolled to it.
test.use({ permissions: ['clipboard-read', 'clipboard-write'], bypassCSP: true, viewport: { width: 1280, height: 1800 } });

/** A small seeded generator (mulberry32), so every run makes the same selections. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Expected {
  paragraph: string; // the id where the selected words start
  words: string; // the selected article text widened to whole words, whitespace removed
}

/** Makes a selection of `kind` with numbers r1..r3 in [0, 1); returns what it should highlight. */
async function select(page: Page, kind: Kind, r: number[]): Promise<Expected | null> {
  if (kind === 'triple-click') {
    const count = await page.locator('.prose > p[id]').count();
    const p = page.locator('.prose > p[id]').nth(Math.floor(r[0]! * count));
    await p.scrollIntoViewIfNeeded();
    await p.click({ clickCount: 3, position: { x: 30, y: 8 } });
  }
  return page.evaluate(
    ({ kind, r }) => {
      const paragraphs = [...document.querySelectorAll<HTMLElement>('.prose > p[id]')];
      const article = (n: Node) => !n.parentElement?.closest('[data-screen-only], .para-anchor, button');
      const textNodes = (p: Element) => {
        const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const out: Text[] = [];
        while (w.nextNode()) if (article(w.currentNode)) out.push(w.currentNode as Text);
        return out;
      };
      /** The DOM point at character `i` of a paragraph's article text. */
      const point = (p: Element, i: number): [Text, number] => {
        for (const node of textNodes(p)) {
          if (i <= node.data.length) return [node, i];
          i -= node.data.length;
        }
        const last = textNodes(p).at(-1)!;
        return [last, last.data.length];
      };
      const plain = (p: Element) =>
        textNodes(p)
          .map((n) => n.data)
          .join('');
      const words = (s: string) => [...new Intl.Segmenter('en', { granularity: 'word' }).segment(s)].filter((x) => x.isWordLike);
      const pick = (x: number, n: number) => Math.min(n - 1, Math.floor(x * n));
      const sel = getSelection()!;
      if (kind !== 'triple-click') {
        // Across: two paragraphs with nothing between them (a heading's text would be selected too).
        const adjacent = paragraphs.flatMap((p, i) => (p.nextElementSibling === paragraphs[i + 1] ? [i] : []));
        const pi = kind === 'across' ? adjacent[pick(r[0]!, adjacent.length)]! : pick(r[0]!, paragraphs.length);
        const p = paragraphs[pi]!;
        const ws = words(plain(p));
        const range = document.createRange();
        const a = pick(r[1]!, ws.length);
        let from = ws[a]!.index;
        if (kind === 'mid-word') from += Math.floor(r[2]! * ws[a]!.segment.length);
        range.setStart(...point(p, from));
        if (kind === 'across') {
          const q = paragraphs[pi + 1]!;
          const qs = words(plain(q));
          const b = qs[pick(r[2]!, Math.min(qs.length, 12))]!;
          range.setEnd(...point(q, b.index + b.segment.length));
        } else if (kind === 'past-end') {
          range.setEnd(p.parentElement!, [...p.parentElement!.childNodes].indexOf(p) + 1);
        } else {
          const length = kind === 'short' ? 1 + Math.floor(r[2]! * 2) : 1 + Math.floor(r[2]! * 25);
          const b = ws[Math.min(ws.length - 1, a + length - 1)]!;
          let to = b.index + b.segment.length;
          if (kind === 'mid-word' && b.segment.length > 1) to -= Math.floor(r[3]! * (b.segment.length - 1));
          range.setEnd(...point(p, to));
        }
        sel.removeAllRanges();
        sel.addRange(range);
      }
      // What the reader chose: the article text inside the selection, widened to whole words.
      const range = sel.getRangeAt(0);
      let first: Element | null = null;
      let chosen = '';
      for (const p of paragraphs) {
        const text = plain(p);
        let start = -1;
        let end = -1;
        let at = 0;
        for (const node of textNodes(p)) {
          for (let i = 0; i < node.data.length; i++) {
            const inside = range.comparePoint(node, i) === 0 && !(range.endContainer === node && range.endOffset === i);
            if (inside && !/\s/.test(node.data[i]!)) {
              if (start === -1) start = at + i;
              end = at + i + 1;
            }
          }
          at += node.data.length;
        }
        if (start === -1) continue;
        for (const w of words(text)) {
          if (w.index < start && w.index + w.segment.length > start) start = w.index;
          if (w.index < end && w.index + w.segment.length > end) end = w.index + w.segment.length;
        }
        first ??= p;
        chosen += text.slice(start, end);
      }
      return first ? { paragraph: first.id, words: chosen.replace(/\s+/g, '') } : null;
    },
    { kind, r },
  );
}

const MAGENTA = [255, 0, 255];

/** The characters Chromium highlights on screen (article text only, whitespace removed) and where they start. */
async function highlighted(page: Page): Promise<{ text: string; paragraph: string | null }> {
  for (let attempt = 0; attempt < 8; attempt++) {
    // Chromium scrolls to the passage after load: measure only once the page holds still.
    const scrolled = () =>
      page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY)))));
    const before = await scrolled();
    const chars = await page.evaluate(() => {
      const out: { c: string; x: number; y: number; p: string | null; control: boolean }[] = [];
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      while (w.nextNode()) {
        const node = w.currentNode as Text;
        const el = node.parentElement!;
        if (!el.checkVisibility() || el.closest('script, style')) continue;
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.bottom < 0 || box.top > innerHeight) continue;
        const control = !!el.closest('[data-screen-only], .para-anchor, button');
        for (let i = 0; i < node.data.length; i++) {
          if (/\s/.test(node.data[i]!)) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (!r.width || !r.height) continue;
          out.push({
            c: node.data[i]!,
            // Viewport coordinates, as in the screenshot.
            x: r.left + r.width / 2,
            y: r.top + r.height / 2,
            p: el.closest('p[id]')?.id ?? null,
            control,
          });
        }
      }
      return out;
    });
    const shot = await page.screenshot();
    if ((await scrolled()) !== before) continue;
    if (process.env['PASSAGE_SHOTS']) await sharp(shot).toFile(`tmp/passage-${Date.now()}.png`);
    const { data, info } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
    const lit = chars.filter(({ x, y }) => {
      const i = (Math.floor(y) * info.width + Math.floor(x)) * info.channels;
      return MAGENTA.every((v, k) => Math.abs(data[i + k]! - v) < 8);
    });
    if (process.env['PASSAGE_PROGRESS'])
      console.log(`attempt ${attempt}: ${chars.length} characters on screen, ${lit.length} lit, scroll ${before}`);
    if (lit.length) {
      const text = lit
        .filter((ch) => !ch.control)
        .map((ch) => ch.c)
        .join('');
      return { text, paragraph: lit.find((ch) => !ch.control)?.p ?? null };
    }
    await page.waitForTimeout(250);
  }
  return { text: '', paragraph: null };
}

let server: RunningServer | undefined;
let outDir = '';
test.beforeAll(async () => {
  if (!FULL) return;
  test.setTimeout(600_000);
  // The fixtures' own site: the seed, the repeated-phrase fixture and the Russian article.
  const content = mkdtempSync(join('tmp', 'passage-content-'));
  outDir = `${content}-dist`;
  mkdirSync(content, { recursive: true });
  cpSync('content/articles', content, { recursive: true });
  cpSync('tests/fixtures/passages/passage-fixture.mdx', join(content, 'passage-fixture.mdx'));
  cpSync('tests/fixtures/i18n-content/rechnye-paromy-zimoy.mdx', join(content, 'rechnye-paromy-zimoy.mdx'));
  const env = { ...process.env, FOLIO_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { env, encoding: 'utf8' });
  rmSync(content, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
  server = await serveStatic(outDir, (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/'));
});
test.afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('passage links highlight exactly the selected words, in Chromium and with our fallback', async ({ page, context }) => {
  test.setTimeout(FULL ? 3_600_000 : 600_000);
  const url = (path: string) => (server ? new URL(path, server.url).href : path);
  const next = random(20101121);
  const tally: Record<string, { n: number; links: number; paragraph: number; exact: number; fallback: number }> = {};
  const failures: string[] = [];
  let total = 0;
  for (const { path, count } of ARTICLES) {
    await page.goto(url(path));
    for (let i = 0; i < count; i++) {
      const kind = KINDS[i % KINDS.length]!;
      await page.evaluate(() => getSelection()?.removeAllRanges());
      const expected = await select(page, kind, [next(), next(), next(), next()]);
      if (!expected) continue;
      const row = (tally[`${path.split('/')[1]} ${kind}`] ??= { n: 0, links: 0, paragraph: 0, exact: 0, fallback: 0 });
      row.n++;
      total++;
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.getByRole('button', { name: 'Copy link to passage' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      row.links++;
      // The sharing module this page loaded, for the fallback below.
      const shareModule = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .find((name) => /\/share\.[\w-]+\.js$/.test(name)),
      );
      const fresh = await context.newPage();
      await fresh.goto(link.replace(/^https?:\/\/[^/]+\//, `${new URL(page.url()).origin}/`));
      await fresh.addStyleTag({
        content: '::target-text { background-color: rgb(255, 0, 255) !important; color: rgb(255, 0, 255) !important; }',
      });
      const seen = await highlighted(fresh);
      const hashParagraph = /#([^:]+)/.exec(link)?.[1];
      if (hashParagraph === expected.paragraph && (seen.paragraph === null || seen.paragraph === expected.paragraph)) row.paragraph++;
      if (seen.text === expected.words) row.exact++;
      else
        failures.push(
          `${path} ${kind}: expected “${expected.words.slice(0, 80)}” got “${seen.text.slice(0, 80)}” from ${link.split('#')[1]}`,
        );
      // Our fallback, handed the same link, marks the same characters.
      const marked = await fresh.evaluate(
        async ([hash, module]) => {
          const share = await import(module!);
          await share.markPassage(hash);
          return [...document.querySelectorAll('mark.passage-mark')]
            .filter((m) => !m.closest('[data-screen-only], .para-anchor, button'))
            .map((m) => m.textContent)
            .join('')
            .replace(/\s+/g, '');
        },
        [`#${link.split('#')[1]}`, shareModule] as const,
      );
      if (marked === seen.text) row.fallback++;
      else failures.push(`${path} ${kind}: fallback marked “${marked.slice(0, 80)}”, Chromium “${seen.text.slice(0, 80)}”`);
      await fresh.close();
      if (process.env['PASSAGE_PROGRESS']) console.log(`${path} ${i} ${kind} ${row.exact}/${row.n} ${link.split('#')[1]}`);
    }
  }
  const lines = Object.entries(tally).map(([k, r]) => `| ${k} | ${r.n} | ${r.links} | ${r.paragraph} | ${r.exact} | ${r.fallback} |`);
  console.log(
    [
      '| selections | n | links made | right paragraph | exact words | fallback agrees |',
      '|---|---|---|---|---|---|',
      ...lines,
      ...failures,
    ].join('\n'),
  );
  const sum = (key: 'paragraph' | 'exact' | 'fallback') => Object.values(tally).reduce((s, r) => s + r[key], 0);
  expect(total).toBeGreaterThanOrEqual(FULL ? 100 : 16);
  expect(sum('paragraph'), failures.join('\n')).toBe(total);
  expect(sum('exact') / total, failures.join('\n')).toBeGreaterThanOrEqual(0.99);
  expect(sum('fallback') / total, failures.join('\n')).toBeGreaterThanOrEqual(0.99);
});
