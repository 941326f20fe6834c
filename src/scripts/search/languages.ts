// The search index comes in bundles: one per article language, and a language with many pages in
// several parts (tools/index-search.ts lists every bundle but pagefind/ in
// pagefind/folio-languages.json). Merged into the page's search, one query finds every article
// whatever its language or part, and filter counts add up across them. The query is read by the
// page language's Pagefind module; each bundle's words were stemmed by their own language.
import { BASE } from '../site.ts';

interface Mergeable {
  mergeIndex(path: string, options: object): Promise<void>;
}

/** pagefind/folio-languages.json: every bundle to merge into pagefind/, with the language of its pages. */
interface IndexList {
  primary: string;
  parts: { language: string; dir: string }[];
  /** The meta files and the wasm the search starts with, from the site's base path (tools/lib/search-start-files.ts). */
  preload?: string[];
}

/** The list of bundles to merge; undefined when there is none. */
export async function readIndexList(): Promise<IndexList | undefined> {
  const response = await fetch(`${BASE}pagefind/folio-languages.json`).catch(() => undefined);
  return response?.ok ? ((await response.json()) as IndexList) : undefined;
}

/** Merges every bundle of `list` (languages and parts) into `pagefind`, with the same result options. */
export async function mergeLanguages(pagefind: Mergeable, options: object, list: IndexList | undefined): Promise<void> {
  await Promise.all((list?.parts ?? []).map(({ language, dir }) => pagefind.mergeIndex(`${BASE}${dir}`, { ...options, language })));
}
