// What machines read: head metadata consistent with the visible page, citation_* tags,
// the Open Graph image, the feed, the sitemap and robots.txt. Read from the raw HTML.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { SEED } from './helpers.ts';

async function head(request: APIRequestContext) {
  const html = await (await request.get(SEED.path)).text();
  const meta = (attr: 'property' | 'name', key: string) =>
    [...html.matchAll(new RegExp(`<meta ${attr}="${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" content="([^"]*)"`, 'g'))].map((m) =>
      m[1]!
        .replace(/&amp;/g, '&')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"'),
    );
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
  const canonical = [...html.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]);
  return { html, meta, jsonLd, canonical };
}

test('title, description, one absolute self canonical, equal to og:url and the JSON-LD url', async ({ request, baseURL }) => {
  const { html, meta, jsonLd, canonical } = await head(request);
  expect(html).toContain(`<title>${SEED.title} – Folio</title>`);
  expect(canonical).toHaveLength(1);
  expect(canonical[0]).toMatch(/^https?:\/\/[^/]+\/.*articles\/turning-a-happy-hour-into-a-happy-alliance\/$/);
  expect(new URL(canonical[0]!).pathname).toBe(new URL(SEED.path, baseURL).pathname);
  expect(meta('property', 'og:url')).toEqual(canonical);
  expect(jsonLd.url).toBe(canonical[0]);
  expect(meta('name', 'description')[0]).toMatch(/^President Dmitry Medvedev/);
});

test('JSON-LD, Open Graph and the visible byline and date agree', async ({ request, page }) => {
  const { meta, jsonLd } = await head(request);
  await page.goto(SEED.path);
  const h1 = await page.locator('h1').innerText();
  const author = await page.locator('.byline-author').innerText();
  const date = await page.locator('.byline time').getAttribute('datetime');

  expect(jsonLd['@type']).toBe('OpinionNewsArticle');
  expect(jsonLd.headline).toBe(h1);
  expect(`By ${jsonLd.author.name}`).toBe(author);
  expect(jsonLd.author['@type']).toBe('Person');
  expect(jsonLd.datePublished).toBe(date);
  expect(jsonLd.publisher).toMatchObject({ '@type': 'Organization', name: 'The Moscow Times' });
  expect(jsonLd.isBasedOn).toBe(SEED.sourceUrl);
  expect(await page.locator('.source-line a').getAttribute('href')).toBe(jsonLd.isBasedOn);

  expect(meta('property', 'og:type')).toEqual(['article']);
  expect(meta('property', 'og:title')).toEqual([h1]);
  expect(meta('property', 'og:description')).toEqual([jsonLd.description]);
  expect(meta('property', 'article:published_time')[0]!.slice(0, 10)).toBe(date);
  expect(Date.parse(meta('property', 'article:published_time')[0]!)).not.toBeNaN();
  expect(meta('property', 'article:author')).toEqual([SEED.author]);
  expect(meta('property', 'article:section')).toEqual(['Opinion']);
  expect(meta('property', 'og:image')).toEqual([jsonLd.image.url]);
  expect(meta('property', 'og:image:alt')[0]).toContain(h1);
  expect(meta('name', 'twitter:card')).toEqual(['summary_large_image']);
  expect(meta('name', 'twitter:image')).toEqual([jsonLd.image.url]);
});

test('the Open Graph image is a 1200×630 PNG served by this site', async ({ request, baseURL }) => {
  const { meta } = await head(request);
  const url = new URL(meta('property', 'og:image')[0]!);
  const response = await request.get(new URL(url.pathname, baseURL).href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('citation_* tags for reference managers', async ({ request }) => {
  const { meta, canonical } = await head(request);
  expect(meta('name', 'citation_title')).toEqual([SEED.title]);
  expect(meta('name', 'citation_author')).toEqual(['Trenin, Dmitry']);
  expect(meta('name', 'citation_publication_date')).toEqual(['2010/11/21']);
  expect(meta('name', 'citation_journal_title')).toEqual(['The Moscow Times']);
  expect(meta('name', 'citation_fulltext_html_url')).toEqual(canonical);
});

test('the feed carries every paragraph of the article, with absolute links and no screen-only controls', async ({ request, baseURL }) => {
  const { canonical, html } = await head(request);
  const feedHref = /<link rel="alternate" type="application\/rss\+xml" title="Folio" href="([^"]+)"/.exec(html)![1]!;
  const response = await request.get(new URL(feedHref, baseURL).href);
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain(`<link>${canonical[0]}</link>`);
  expect(xml).toContain('<dc:creator>Dmitry Trenin</dc:creator>');
  const content = /<content:encoded>(.*?)<\/content:encoded>/s.exec(xml)![1]!;
  for (const n of [1, 5, 9]) expect(content).toContain(`id=&quot;p${n}&quot;`);
  expect(content).toContain('backed up by concrete action.');
  expect(content).not.toContain('para-anchor');
  expect(content).not.toContain('Link to paragraph');
  // Every page announces the feed, the home page too.
  expect(await (await request.get('')).text()).toContain(
    `<link rel="alternate" type="application/rss+xml" title="Folio" href="${feedHref}">`,
  );
});

// Served addresses are the configured site's; fetch their paths from the test server.
const local = (url: string, baseURL: string | undefined) => new URL(new URL(url).pathname, baseURL).href;

test('the sitemap lists the article and robots.txt points to the sitemap', async ({ request, baseURL }) => {
  const { canonical } = await head(request);
  const robots = await (await request.get(new URL('robots.txt', baseURL).href)).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
  expect(new URL(sitemapUrl).origin).toBe(new URL(canonical[0]!).origin);
  const index = await (await request.get(local(sitemapUrl, baseURL))).text();
  const first = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
  const sitemap = await (await request.get(local(first, baseURL))).text();
  expect(sitemap).toContain(`<loc>${canonical[0]}</loc>`);
});
