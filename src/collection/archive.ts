// The archive (authors, years, topics) of the articles collection, built once per build and
// shared by every page that needs it; rebuilt on each request in `astro dev`, where content changes.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from '../lib/archive/model.ts';
import { withBase } from '../lib/site.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

let built: Promise<Archive<ArticleEntry>> | undefined;

export function getArchive(): Promise<Archive<ArticleEntry>> {
  if (import.meta.env.DEV || !built) built = getCollection('articles').then(buildArchive);
  return built;
}

export const authorPath = (slug: string): string => withBase(`authors/${slug}/`);
export const topicPath = (slug: string): string => withBase(`topics/${slug}/`);
export const yearPath = (year: number): string => withBase(`archive/${year}/`);
