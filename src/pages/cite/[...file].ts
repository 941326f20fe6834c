// Reference-manager records of every article, made at build time: /cite/<id>.bib (BibTeX),
// /cite/<id>.ris (RIS) and /cite/<id>.json (CSL-JSON).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { bibtex, cslJson, ris } from '../../lib/citation/records.ts';
import { citationInput } from '../../lib/citation/article.ts';

const FORMATS = {
  bib: { make: bibtex, type: 'application/x-bibtex' },
  ris: { make: ris, type: 'application/x-research-info-systems' },
  json: {
    // Unindented: a machine reads it, and indenting made it half again as large.
    make: (input: Parameters<typeof cslJson>[0]) => `${JSON.stringify(cslJson(input))}\n`,
    type: 'application/vnd.citationstyles.csl+json',
  },
} as const;
type Format = keyof typeof FORMATS;

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.flatMap((entry) =>
    (Object.keys(FORMATS) as Format[]).map((format) => ({ params: { file: `${entry.id}.${format}` }, props: { entry, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry, format } = props as { entry: CollectionEntry<'articles'>; format: Format };
  const { make, type } = FORMATS[format];
  return new Response(make(citationInput(entry.id, entry.data, site)), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
