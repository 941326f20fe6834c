// Articles an author writes in ordinary MDX (tests/fixtures/reading: every GFM feature, an
// image, footnotes, Cyrillic names; without "¶" markers, with them, and with some), built
// into their own site: accessible, valid, linked, printable and searchable.
import { expect, test } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server.ts';
import { axeViolations } from './helpers.ts';

const BASE = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const ARTICLES = ['articles/every-feature/', 'articles/every-feature-marked/', 'articles/partly-marked/'];

test.describe('the reading fixtures', () => {
  // One build for all the tests; axe on a long page needs more than the default 30 s on a busy machine.
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let outDir = '';
  let server: RunningServer;
  const url = (path: string) => new URL(path, server.url).href;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    outDir = mkdtempSync(join(tmpdir(), 'folio-reading-'));
    const env = { ...process.env, FOLIO_CONTENT_DIR: 'tests/fixtures/reading', ASTRO_TELEMETRY_DISABLED: '1' };
    for (const [command, args] of [
      ['npx', ['astro', 'build', '--outDir', outDir]],
      ['node', ['tools/index-search.ts', outDir]],
    ] as const) {
      const run = spawnSync(command, args, { env, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`fixture build failed:\n${run.stdout}\n${run.stderr}`);
    }
    server = await serveStatic(outDir, BASE);
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  test('pages are valid HTML and every #fragment resolves', async () => {
    const validator = new HtmlValidate(htmlValidateConfig);
    const problems: string[] = [];
    for (const path of ARTICLES) {
      const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
      const report = await validator.validateString(html, path);
      for (const r of report.results) for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const [, fragment] of html.matchAll(/href="#([^"]+)"/g))
        if (!ids.has(fragment)) problems.push(`${path}: #${fragment} has no target`);
    }
    expect(problems).toEqual([]);
  });

  for (const path of ARTICLES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        test(`axe: no violation on /${path} (${colorScheme}, ${width}px)`, async ({ browser }) => {
          const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
          const page = await context.newPage();
          await page.goto(url(path));
          expect(await axeViolations(page)).toEqual([]);
          await context.close();
        });
      }
    }
    test(`/${path} does not scroll sideways at 320px`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(url(path));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.close();
    });
  }

  test('the unmarked article is numbered by position; the partly marked one with letters', async ({ page }) => {
    await page.goto(url(ARTICLES[0]!));
    expect(await page.locator('.prose > p[data-paragraph]').evaluateAll((ps) => ps.map((p) => p.id))).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
    ]);
    await page.goto(url(ARTICLES[2]!));
    expect(await page.locator('.prose > p[data-paragraph]').evaluateAll((ps) => ps.map((p) => p.id))).toEqual(['p1', 'p1a', 'p2', 'p2a']);
  });

  test('a wide table scrolls in its own named, focusable region; headers have scope; numbers align right', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(url(ARTICLES[0]!));
    const region = page.getByRole('region', { name: 'Table 2' });
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
    await expect(page.getByRole('region', { name: 'Ships and duty by year, from the second copy' })).toBeVisible();
    await expect(page.locator('#table-1 th').first()).toHaveAttribute('scope', 'col');
    expect(
      await page
        .locator('#table-1 td.align-right')
        .first()
        .evaluate((td) => getComputedStyle(td).textAlign),
    ).toBe('right');
  });

  test('footnotes: back-links return to the reference; sidenotes show only on wide screens, hidden from assistive tech', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url(ARTICLES[0]!));
    await expect(page.locator('.sidenote').first()).toBeVisible();
    await expect(page.locator('.sidenote').first()).toHaveAttribute('aria-hidden', 'true');
    await page.getByRole('link', { name: 'Back to reference 1' }).click();
    await expect(page).toHaveURL(/#user-content-fnref-copies$/);
    const snapshot = await page.locator('.prose').ariaSnapshot();
    expect(snapshot.match(/private collection in Vienna/g)).toHaveLength(1);
    await page.setViewportSize({ width: 390, height: 800 });
    await expect(page.locator('.sidenote').first()).toBeHidden();
  });

  test('search finds table text, footnote text and list items, each landing on its block', async ({ page }) => {
    await page.goto(url(ARTICLES[0]!));
    const subResults = (query: string) =>
      page.evaluate(
        async ([q, base]) => {
          const pagefind = await import(`${base}pagefind/pagefind.js`);
          const search = await pagefind.search(q);
          const all = await Promise.all(search.results.map((r: { data: () => Promise<unknown> }) => r.data()));
          const hit = (all as { url: string; sub_results: { url: string }[] }[]).find((d) => d.url.includes('/every-feature/'));
          return hit?.sub_results.map((s) => s.url.replace(/^.*#/, '#')) ?? [];
        },
        [query, BASE] as const,
      );
    expect(await subResults('careening')).toContain('#table-2');
    expect(await subResults('Сидоров')).toContain('#table-1');
    expect(await subResults('museum')).toContain('#user-content-fn-copies');
    expect(await subResults('manifest')).toContain('#p4-list');
  });

  test("the image's sizes attribute is the width the column lays it out at", async ({ browser }) => {
    for (const width of [390, 700, 1000, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(url(ARTICLES[0]!));
      const [chosen, laidOut] = await page.locator('.prose figure img').evaluate((img: HTMLImageElement) => {
        // The length the browser takes from sizes: the first entry whose media condition matches.
        const entries = img.sizes.split(/,\s*(?![^()]*\))/);
        const entry = entries.find((e) => !e.startsWith('(') || matchMedia(e.slice(0, e.indexOf(')') + 1)).matches)!;
        const probe = document.createElement('div');
        probe.style.width = entry.startsWith('(') ? entry.slice(entry.indexOf(')') + 1).trim() : entry;
        document.body.append(probe);
        return [probe.getBoundingClientRect().width, img.getBoundingClientRect().width];
      });
      expect(Math.abs(chosen - laidOut), `${width}px: sizes gives ${chosen}, the column ${laidOut}`).toBeLessThan(1.5);
      await page.close();
    }
  });

  test('prints: tables whole rows and within the page, notes as numbered endnotes, the figure with its caption', async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto(url(ARTICLES[0]!));
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(
      () =>
        [...document.querySelectorAll('.prose table, .prose figure, .prose pre')].filter(
          (e) => e.scrollWidth > e.parentElement!.clientWidth + 1,
        ).length,
    );
    expect(overflow).toBe(0);
    expect(
      await page
        .locator('.prose tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).breakInside),
    ).toBe('avoid');
    const dir = mkdtempSync(join(tmpdir(), 'folio-reading-pdf-'));
    try {
      const pdf = join(dir, 'a.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const words of [
        'Ships and duty by year',
        'careening',
        // Narrow columns keep their words whole (the widest column wraps between words instead).
        'Tonnage',
        'Sardinian',
        'NOTES',
        'private collection in Vienna',
        'The harbour as the clerks saw it',
      ])
        expect(text).toContain(words);
      expect(text.match(/private collection in Vienna/g)).toHaveLength(1); // no sidenote copy on paper
      expect(text).not.toContain('↩');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await page.close();
    }
  });
});
