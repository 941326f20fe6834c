// An author's own RSS feed: their newest FEED_SIZE articles, each with its standfirst and a link
// (the full text is in the site's main feed; this one stays cheap to build for every author).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../collection/archive.ts';
import { absolute, articleUrl } from '../../../lib/articles/links.ts';
import { FEED_SIZE } from '../../../lib/feed.ts';
import { SITE_NAME, withBase } from '../../../lib/site.ts';
import { SITE_LANG, t } from '../../../i18n/index.ts';

export const getStaticPaths = (async () => {
  const { authors } = await getArchive();
  return authors.map((author) => ({ params: { author: author.slug }, props: { author } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { author } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return rss({
    title: `${author.name} – ${SITE_NAME}`,
    description: author.bio ?? t(SITE_LANG, 'author.description', { name: author.name }),
    site: absolute(withBase(`authors/${author.slug}/`), site),
    items: author.articles.slice(0, FEED_SIZE).map((entry) => ({
      title: entry.data.title,
      link: articleUrl(entry.id, site),
      pubDate: entry.data.date,
      description: entry.data.description,
      categories: entry.data.tags,
    })),
    customData: `<language>${SITE_LANG}</language>`,
  });
};
