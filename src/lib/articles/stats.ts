// What the pages need to know about an article's body without the body itself: the reading
// time, and the first paragraph's number (the default pinpoint of a citation). The articles
// loader works these out once and keeps them with the entry, so the body text need not be
// stored (and bundled into the build) beside it.
import type { CollectionEntry } from 'astro:content';
import { readingMinutes } from './reading-time.ts';

export interface ArticleStats {
  minutes: number;
  firstParagraph: string;
  /** The article uses MDX's JavaScript features, so @astrojs/mdx renders it as a module. */
  needsModule: boolean;
}

/** `firstParagraph` is the first paragraph's number (src/lib/paragraphs/numbering.ts). */
export function bodyStats(body: string, needsModule: boolean, firstParagraph = '1', lang = 'en'): ArticleStats {
  return { minutes: readingMinutes(body, lang), firstParagraph, needsModule };
}

/** The stats the articles loader stored with `entry` (src/collection/loader.ts). */
export function articleStats(entry: CollectionEntry<'articles'>): ArticleStats {
  const stats = entry.rendered?.metadata?.['stats'] as ArticleStats | undefined;
  if (!stats) throw new Error(`Article "${entry.id}" has no stats: it was not loaded by the articles loader (src/collection/loader.ts).`);
  return stats;
}
