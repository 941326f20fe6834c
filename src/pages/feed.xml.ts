// The RSS feed: the newest FEED_SIZE articles (src/lib/feed.ts) with their full text, paragraph
// links made absolute, and the screen-only controls left out.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getCollection } from 'astro:content';
import { renderArticleBody } from '../collection/body.ts';
import { articleUrl, absolute } from '../lib/articles/links.ts';
import { byDateDesc } from '../lib/dates.ts';
import { FEED_SIZE } from '../lib/feed.ts';
import { SITE_DESCRIPTION, SITE_NAME, withBase } from '../lib/site.ts';

/** Drops our screen-only ¶ links and retired-paragraph notices; makes #fragment links absolute. */
export function feedHtml(html: string, url: string): string {
  return html
    .replace(/ ?<a class="para-anchor"[^>]*>.*?<\/a>/g, '')
    .replace(/<p[^>]*class="retired-paragraph"[^>]*>.*?<\/p>/g, '')
    .replace(/href="#/g, `href="${url}#`);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  // Articles with MDX components render through Astro's container API; the others are HTML already.
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const articles = (await getCollection('articles')).sort(byDateDesc).slice(0, FEED_SIZE);
  const items = await Promise.all(
    articles.map(async (entry) => {
      const { html, Content } = await renderArticleBody(entry);
      const url = articleUrl(entry.id, site);
      return {
        title: entry.data.title,
        link: url,
        pubDate: entry.data.date,
        description: entry.data.description,
        customData: entry.data.authors.map((a) => `<dc:creator>${escapeXml(a.name)}</dc:creator>`).join(''),
        categories: [entry.data.section, ...entry.data.tags],
        content: feedHtml(Content ? await container.renderToString(Content) : (html ?? ''), url),
      };
    }),
  );
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: absolute(withBase('/'), site),
    items,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: '<language>en</language>',
  });
};
