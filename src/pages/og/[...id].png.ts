// One Open Graph image per article, made at build time: /og/<id>.png (about 13 KB).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import pLimit from 'p-limit';
import { longDate } from '../../lib/dates.ts';
import { ogPng } from '../../lib/og-image.ts';
import { SITE_NAME } from '../../lib/site.ts';

// Astro renders one path at a time. So the cards are started here, a few at once: each is
// drawn on the main thread and compressed on Node's thread pool, and compressing one card
// overlaps drawing the next (at 1,000 articles this halved the time the cards take).
const CARDS_AT_ONCE = 4;

export const getStaticPaths = (async () => {
  const limit = pLimit(CARDS_AT_ONCE);
  return (await getCollection('articles')).map(({ id, data }) => {
    const card = { siteName: SITE_NAME, section: data.section, title: data.title, author: data.author.name, source: `${data.source.publisher}, ${longDate(data.date)}` };
    const png = limit(() => ogPng(card));
    png.catch(() => {}); // a failure surfaces in GET, which awaits the same promise
    return { params: { id }, props: { png } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await (props as { png: Promise<Buffer> }).png;
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
