// The citation facts of an article entry: original publication and its URL, this edition's
// URL, and the access date (the day this edition was built; the page's script moves it to
// the reader's day).
import type { ArticleData } from '../articles/schema.ts';
import type { CitationInput } from './formats.ts';
import { articleUrl } from '../articles/links.ts';
import { SITE_NAME } from '../site.ts';

/** The day of the build: today, or SOURCE_DATE_EPOCH's (seconds; the reproducible-builds convention). Article pages show it, so it is in their cache key. */
export const BUILT = new Date(`${epochDate(process.env['SOURCE_DATE_EPOCH']).toISOString().slice(0, 10)}T00:00:00Z`);

function epochDate(epoch: string | undefined): Date {
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export function citationInput(id: string, data: ArticleData, site: URL | undefined): CitationInput {
  return {
    title: data.title,
    authors: data.authors,
    publisher: data.source.publisher,
    date: data.date,
    url: data.source.url,
    lang: data.lang,
    section: data.section,
    edition: { site: SITE_NAME, url: articleUrl(id, site) },
    accessed: BUILT,
  };
}
