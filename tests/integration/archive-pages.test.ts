// The browsing pages on a generated archive of 80 articles (3 authors, 20 years, topics that
// repeat) plus two authors whose names slug alike: one page each, pagination with rel=prev/next
// links, one <h1> per page, and every listing in the sitemap.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateCorpus } from '../../tools/generate-corpus.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { BUDGET, largestHtml } from '../../tools/bench/scale.ts';
import { buildEnv } from './build-env.ts';

const seedText = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');
const byAuthor = (name: string, date: string) =>
  seedText.replace(/^author:\n(?: {2}.*\n)+/m, `author:\n  name: "${name}"\n`).replace(/^date: .*$/m, `date: "${date}"`);

let dir: string;
const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
const pageExists = (path: string) => existsSync(join(dir, 'dist', path, 'index.html'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-archive-'));
  // Inside the project (git-ignored tmp/): Astro cannot build content from outside its root.
  const content = join('tmp', 'archive-content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  for (const [name, mdx] of generateCorpus({ count: 80 }, seedText)) writeFileSync(join(content, name), mdx);
  writeFileSync(join(content, 'garcia-1.mdx'), byAuthor('José García', '2014-05-02'));
  writeFileSync(join(content, 'garcia-2.mdx'), byAuthor('Jose Garcia', '2015-07-09'));
  // Enough more authors that /authors/ needs a second page.
  for (let i = 1; i <= PAGE_SIZE; i++)
    writeFileSync(join(content, `guest-${i}.mdx`), byAuthor(`Guest Writer ${String(i).padStart(2, '0')}`, '2016-03-01'));
  const run = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    env: buildEnv({ FOLIO_CONTENT_DIR: content }),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const h1 = (html: string) => [...html.matchAll(/<h1[^>]*>(.*?)<\/h1>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
const links = (html: string, rel: string) => [...html.matchAll(new RegExp(`<a href="([^"]+)" rel="${rel}"`, 'g'))].map((m) => m[1]);

it('gives two authors whose names slug alike a page each, and each byline leads to its own', () => {
  expect(h1(page('authors/jose-garcia'))).toEqual(['Jose Garcia']);
  expect(h1(page('authors/jose-garcia-2'))).toEqual(['José García']);
  expect(page('articles/garcia-1')).toMatch(/<a href="\/authors\/jose-garcia-2\/" rel="author">José García<\/a>/);
  expect(page('articles/garcia-2')).toMatch(/<a href="\/authors\/jose-garcia\/" rel="author">Jose Garcia<\/a>/);
});

it('paginates a long listing at PAGE_SIZE with rel=prev/next links between its pages', () => {
  const authors = readdirSync(join(dir, 'dist/authors'));
  const paged = authors.find((a) => pageExists(`authors/${a}/page/2`))!;
  expect(paged, 'an author with more than one page').toBeDefined();
  const first = page(`authors/${paged}`);
  const second = page(`authors/${paged}/page/2`);
  expect(first.match(/class="article-card"/g)).toHaveLength(PAGE_SIZE);
  expect(links(first, 'next')).toEqual([`/authors/${paged}/page/2/`]);
  expect(links(first, 'prev')).toEqual([]);
  expect(links(second, 'prev')).toEqual([`/authors/${paged}/`]);
  expect(h1(second)[0]).toMatch(/, page 2 of \d+$/);
});

it('paginates the list of authors at PAGE_SIZE names, each page saying which names it holds', () => {
  const first = page('authors');
  const second = page('authors/page/2');
  const names = (html: string) => html.match(/<ul class="count-list">.*?<\/ul>/s)![0].match(/<li>/g)!.length;
  expect(names(first)).toBe(PAGE_SIZE);
  expect(names(second), '3 generated authors, 2 García and PAGE_SIZE guests').toBe(5);
  expect(links(first, 'next')).toEqual(['/authors/page/2/']);
  expect(links(second, 'prev')).toEqual(['/authors/']);
  expect(h1(second)[0]).toMatch(/^Authors, page 2 of \d+$/);
  // Each name isolated, so a right-to-left name cannot carry " to " or the full stop along with it.
  expect(second).toMatch(/This page: <bdi>[^<]+<\/bdi> to <bdi>[^<]+<\/bdi>\./);
  expect(readFileSync(join(dir, 'dist/sitemap-0.xml'), 'utf8')).toContain('/authors/page/2/</loc>');
});

it('lists every year with its count, and each year its articles under month headings', () => {
  const archive = page('archive');
  const counts = [...archive.matchAll(/<a href="\/archive\/(\d{4})\/" dir="auto">\d{4}<\/a> <span class="count">(\d+) articles?<\/span>/g)];
  expect(counts.length).toBeGreaterThan(10);
  expect(counts.reduce((sum, m) => sum + Number(m[2]), 0)).toBe(82 + PAGE_SIZE);
  const [, year, count] = counts[0]!;
  const firstPage = page(`archive/${year}`);
  expect(firstPage).toMatch(/<h2 id="m\d+">(January|February|March|April|May|June|July|August|September|October|November|December)<\/h2>/);
  expect(firstPage.match(/class="article-card"/g)).toHaveLength(Math.min(Number(count), PAGE_SIZE));
});

it('gathers topics from tags, and an article links its topics and up to three more by its author', () => {
  const topics = readdirSync(join(dir, 'dist/topics'), { withFileTypes: true }).filter((d) => d.isDirectory());
  expect(topics.length).toBeGreaterThan(5);
  const article = page('articles/generated-00001');
  const aside = /<aside class="more-from-archive"[\s\S]*?<\/aside>/.exec(article)![0];
  expect(aside).toMatch(/<a href="\/topics\/[a-z0-9-]+\/">/);
  expect(aside.match(/class="article-card"/g)).toHaveLength(3);
  expect(aside).not.toContain('generated-00001/');
  expect(aside).toContain('data-screen-only');
});

it('gives every browsing page one <h1>, and puts it in the sitemap', () => {
  const sitemap = readFileSync(join(dir, 'dist/sitemap-0.xml'), 'utf8');
  const listings = ['authors/', 'archive/', 'topics/', 'authors/jose-garcia/', 'archive/2014/'];
  for (const path of listings) {
    expect(h1(page(path)), path).toHaveLength(1);
    expect(sitemap, path).toContain(`/${path}</loc>`);
  }
});

it('keeps /search/ from listing every article', () => {
  const search = page('search');
  expect(search).not.toContain('generated-00001');
  expect(search).toContain('href="/authors/"');
});

it('keeps every HTML page within the 100 KB budget (bench:scale checks it at 10,000 articles)', () => {
  const largest = largestHtml(join(dir, 'dist'));
  expect(largest.bytes, largest.path).toBeGreaterThan(0);
  expect(largest.bytes, largest.path).toBeLessThanOrEqual(BUDGET.pageBytes);
});
