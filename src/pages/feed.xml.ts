// The RSS feed: the newest FEED_SIZE articles (src/lib/feed.ts) with their full text, the
// attribution to the original publication and its disclaimer, every link absolute, and the
// screen-only controls and page-only attributes left out. Each language version of a piece is
// its own item, marked with its language and linked to the other versions (atom:link hreflang).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getCollection } from 'astro:content';
import { renderArticleBody } from '../collection/body.ts';
import { articleUrl, absolute } from '../lib/articles/links.ts';
import { byDateDesc, longDate } from '../lib/dates.ts';
import { FEED_SIZE } from '../lib/feed.ts';
import { SITE_DESCRIPTION, SITE_NAME, withBase } from '../lib/site.ts';
import { otherVersions } from '../lib/articles/translations.ts';
import { SITE_LANG } from '../i18n/index.ts';

/** `value` (an attribute's escaped text) made absolute against `base`. */
const absoluteIn = (value: string, base: string) => new URL(value.replace(/&amp;/g, '&'), base).href.replace(/&/g, '&amp;');

/**
 * Drops our screen-only ¶ links, heading anchors (a feed reader shows their hidden "Section
 * titled …" as text) and retired-paragraph notices and the attributes meant for
 * the page (Pagefind's data-pagefind-*, ids); makes every link and source absolute against
 * the article's `url` (a #fragment then points at the page, where the id still is).
 */
export function feedHtml(html: string, url: string): string {
  return html
    .replace(/ ?<a class="(?:para|heading)-anchor"[^>]*>.*?<\/a>/g, '')
    .replace(/<p[^>]*class="retired-paragraph"[^>]*>.*?<\/p>/g, '')
    .replace(/<[a-z][^>]*>/gi, (tag) =>
      tag
        .replace(/\s(?:data-[\w-]+|id)(?:="[^"]*")?(?=[\s/>])/g, '')
        .replace(/\s(href|src)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${absoluteIn(value, url)}"`),
    );
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The attribution and disclaimer that close each item, as they close the article page. */
export function feedFooter(data: { date: Date; source: { url: string; publisher: string }; disclaimer: string }): string {
  return (
    `<hr /><p><em>Originally published in <a href="${escapeXml(data.source.url)}">${escapeXml(data.source.publisher)}</a>` +
    ` on ${longDate(data.date)}.</em></p><p><em>${escapeXml(data.disclaimer)}</em></p>`
  );
}

export const GET: APIRoute = async ({ site }) => {
  // Articles with MDX components render through Astro's container API; the others are HTML already.
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const all = await getCollection('articles');
  const articles = [...all].sort(byDateDesc).slice(0, FEED_SIZE);
  const items = await Promise.all(
    articles.map(async (entry) => {
      const { html, Content } = await renderArticleBody(entry);
      const url = articleUrl(entry.id, site);
      return {
        title: entry.data.title,
        link: url,
        pubDate: entry.data.date,
        description: entry.data.description,
        customData: [
          ...entry.data.authors.map((a) => `<dc:creator>${escapeXml(a.name)}</dc:creator>`),
          `<dc:language>${entry.data.lang}</dc:language>`,
          ...otherVersions(entry, all).map(
            (v) => `<atom:link rel="alternate" hreflang="${v.data.lang}" href="${escapeXml(articleUrl(v.id, site))}"/>`,
          ),
        ].join(''),
        categories: [entry.data.section, ...entry.data.tags],
        content: feedHtml(Content ? await container.renderToString(Content) : (html ?? ''), url) + feedFooter(entry.data),
      };
    }),
  );
  const self = absolute(withBase('feed.xml'), site);
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: absolute(withBase('/'), site),
    items,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${SITE_LANG}</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
  });
};
