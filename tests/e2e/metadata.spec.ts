// What machines read: head metadata consistent with the visible page, citation_* tags,
// the Open Graph image, the feed, the sitemap and robots.txt. Read from the raw HTML.
import { expect, test, type APIRequestContext } from '@playwright/test';
import FeedParser from 'feedparser';
import { Readable } from 'node:stream';
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
  // X falls back to og:image; saying it twice costs every page ~100 bytes.
  expect(meta('name', 'twitter:image')).toEqual([]);
  expect(meta('name', 'twitter:image:alt')[0]).toContain(h1);
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

test('og:locale is language_TERRITORY', async ({ request }) => {
  const { meta } = await head(request);
  expect(meta('property', 'og:locale')).toEqual(['en_US']);
});

// Zotero's "Embedded Metadata" translator: the item type comes from a Highwire tag when one
// implies it (citation_journal_title → journal article), else from the RDF it reads in the
// meta tags (DC.type "News Item" → newspaper article); prism.publicationName is the
// publication, article:section the section; citation_* give title, authors ("Last, First"),
// date, language and URL. The URL is the newspaper's, as in the default citation.
test('the tags Zotero reads make a newspaper article that matches the default citation', async ({ request }) => {
  const { meta, html } = await head(request);
  for (const journalOnly of [
    'citation_journal_title',
    'citation_conference_title',
    'citation_book_title',
    'citation_inbook_title',
    'citation_dissertation_institution',
    'citation_technical_report_institution',
    'citation_isbn',
  ])
    expect(meta('name', journalOnly), `${journalOnly} would change Zotero's item type`).toEqual([]);
  expect(meta('name', 'DC.type')).toEqual(['News Item']);
  expect(meta('name', 'prism.publicationName')).toEqual(['The Moscow Times']);
  expect(meta('name', 'citation_title')).toEqual([SEED.title]);
  expect(meta('name', 'citation_author')).toEqual(['Trenin, Dmitry']);
  expect(meta('name', 'citation_publication_date')).toEqual(['2010/11/21']);
  expect(meta('property', 'article:section')).toEqual(['Opinion']);
  expect(meta('name', 'citation_language')).toEqual(['en']);
  expect(meta('name', 'citation_public_url')).toEqual([SEED.sourceUrl]);
  // The default (original) citation names the same newspaper and URL.
  const chicago = /<p class="citation-text" id="cite-chicago">(.*?)<\/p>/.exec(html)![1]!;
  expect(chicago).toContain('<i>Moscow Times</i>, November 21, 2010.');
  expect(chicago).toContain(SEED.sourceUrl);
});

test('BibTeX, RIS and CSL-JSON records are served beside the article', async ({ request }) => {
  const id = 'turning-a-happy-hour-into-a-happy-alliance';
  const bib = await request.get(`cite/${id}.bib`);
  expect(await bib.text()).toMatch(/^@article\{trenin2010turning,[\s\S]*entrysubtype = \{newspaper\}[\s\S]*month = nov,/);
  expect(await (await request.get(`cite/${id}.ris`)).text()).toMatch(/^TY {2}- NEWS\r\n/);
  const csl = await (await request.get(`cite/${id}.json`)).json();
  expect(csl[0]).toMatchObject({ type: 'article-newspaper', URL: SEED.sourceUrl, issued: { 'date-parts': [[2010, 11, 21]] } });
});

/** The feed read by a feed parser (feedparser, strict XML: any error rejects). */
async function parseFeed(xml: string) {
  const parser = new FeedParser({ normalize: true, addmeta: true });
  const items: FeedParser.Item[] = [];
  parser.on('readable', () => {
    for (let item; (item = parser.read());) items.push(item);
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('end', resolve).on('error', reject);
    Readable.from([xml]).pipe(parser);
  });
  return { meta: parser.meta, items };
}

test('the feed carries every paragraph, the attribution and disclaimer, absolute links, no page-only attributes', async ({
  request,
  baseURL,
}) => {
  const { canonical, html } = await head(request);
  const feedHref = /<link rel="alternate" type="application\/rss\+xml" title="Folio" href="([^"]+)"/.exec(html)![1]!;
  const response = await request.get(new URL(feedHref, baseURL).href);
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain(`<link>${canonical[0]}</link>`);
  expect(xml).toContain('<dc:creator>Dmitry Trenin</dc:creator>');
  expect(xml).toMatch(/<atom:link href="https?:\/\/[^"]+\/feed\.xml" rel="self" type="application\/rss\+xml"\/>/);

  const { meta, items } = await parseFeed(xml);
  // The feed's own address, from atom:link rel="self" (the W3C validator's warning when absent).
  expect(meta.xmlurl).toMatch(/\/feed\.xml$/);
  const item = items.find((i) => i.link === canonical[0])!;
  const content = item.description;
  expect(content).toContain('backed up by concrete action.');
  expect(content).toContain(`Originally published in <a href="${SEED.sourceUrl}">The Moscow Times</a> on 21 November 2010.`);
  expect(content).toContain(SEED.disclaimer);
  expect(content).not.toMatch(/\s(id|data-[\w-]+)=/);
  expect(content).not.toContain('para-anchor');
  expect(content).not.toContain('Link to paragraph');
  for (const [, href] of content.matchAll(/\s(?:href|src)="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
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
