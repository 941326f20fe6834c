// BibTeX and RIS records of every article, made at build time: /cite/<id>.bib, /cite/<id>.ris.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { bibtex, ris } from '../../lib/citation/formats.ts';
import { citationInput } from '../../lib/citation/article.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.flatMap((entry) => [
    { params: { file: `${entry.id}.bib` }, props: { entry, format: 'bib' } },
    { params: { file: `${entry.id}.ris` }, props: { entry, format: 'ris' } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry, format } = props as { entry: CollectionEntry<'articles'>; format: 'bib' | 'ris' };
  const input = citationInput(entry.id, entry.data, site);
  return format === 'bib'
    ? new Response(bibtex(input), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } })
    : new Response(ris(input), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
