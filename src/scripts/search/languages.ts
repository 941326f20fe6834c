// Articles in other languages are indexed in their own Pagefind bundles (tools/index-search.ts
// lists them in pagefind/folio-languages.json); merged into the page's search, one query finds
// every article whatever its language. The query is read by the page language's Pagefind module;
// each bundle's words were stemmed by their own language when it was built.
import { BASE } from '../site.ts';

interface Mergeable {
  mergeIndex(path: string, options: object): Promise<void>;
}

/** Merges every other language's bundle into `pagefind`, with the same result options; no list, no merge. */
export async function mergeLanguages(pagefind: Mergeable, options: object): Promise<void> {
  const response = await fetch(`${BASE}pagefind/folio-languages.json`).catch(() => undefined);
  if (!response?.ok) return;
  const { others } = (await response.json()) as { others: Record<string, string> };
  await Promise.all(Object.entries(others).map(([language, dir]) => pagefind.mergeIndex(`${BASE}${dir}`, { ...options, language })));
}
