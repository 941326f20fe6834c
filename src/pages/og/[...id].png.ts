// One Open Graph image per article, made at build time: /og/<id>.png.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { authorNames } from '../../lib/articles/authors.ts';
import { longDate } from '../../lib/dates.ts';
import { cardWorker } from '../../lib/og/cards.ts';
import { ogPng, type OgCard } from '../../lib/og/image.ts';
import { SITE_NAME } from '../../lib/site.ts';

// In a build every card is asked for here, before any page is rendered, and drawn on a worker
// thread while Astro renders the pages; each GET below then finds its card ready. In
// `astro dev` a card is drawn when it is requested.
export const getStaticPaths = (async () => {
  const entries = await getCollection('articles');
  const draw = import.meta.env.DEV ? undefined : cardWorker(entries.length);
  return entries.map(({ id, data }) => {
    const card: OgCard = {
      siteName: SITE_NAME,
      section: data.section,
      title: data.title,
      author: authorNames(data.authors),
      source: `${data.source.publisher}, ${longDate(data.date)}`,
    };
    const png = draw?.(card);
    png?.catch(() => {}); // a failure surfaces in GET, which awaits the same promise
    return { params: { id }, props: { card, png } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card, png } = props as { card: OgCard; png?: Promise<Buffer> };
  return new Response(new Uint8Array(await (png ?? ogPng(card))), { headers: { 'Content-Type': 'image/png' } });
};
