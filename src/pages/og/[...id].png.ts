// One Open Graph image per article, made at build time: /og/<id>.png (about 13 KB).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { longDate } from '../../lib/dates.ts';
import { ogPng } from '../../lib/og-image.ts';
import { SITE_NAME } from '../../lib/site.ts';

export const getStaticPaths = (async () =>
  (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { data } = (props as { entry: CollectionEntry<'articles'> }).entry;
  const png = await ogPng({ siteName: SITE_NAME, section: data.section, title: data.title, author: data.author.name, source: `${data.source.publisher}, ${longDate(data.date)}` });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
