// Reference-manager records of every article: /cite/<id>.bib (BibTeX), /cite/<id>.ris (RIS)
// and /cite/<id>.json (CSL-JSON). `astro dev` serves them from this route; `astro build` lists
// no paths here and hands the files to src/integrations/cite-files.ts, which writes them all at once.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationInput } from '../../lib/citation/article.ts';
import { CITE_FORMATS, citeFiles, citeFormats, type CiteFormat } from '../../lib/citation/files.ts';
import { handOverCiteFiles } from '../../integrations/cite-files.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  if (!import.meta.env.DEV) {
    const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
    handOverCiteFiles(function* () {
      for (const entry of articles) yield* citeFiles(entry.id, citationInput(entry.id, entry.data, site));
    });
    return [];
  }
  return articles.flatMap((entry) =>
    citeFormats.map((format) => ({ params: { file: `${entry.id}.${format}` }, props: { entry, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry, format } = props as { entry: CollectionEntry<'articles'>; format: CiteFormat };
  const { make, type } = CITE_FORMATS[format];
  return new Response(make(citationInput(entry.id, entry.data, site)), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
