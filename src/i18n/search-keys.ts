// The interface strings the browser's search code shows (dialog and /search/ page). The build
// bundles them, in the site's language, into the search code (src/integrations/client-scripts.ts),
// so the browser gets one language's words, only when it searches, and no page carries them.
import type { UiKey } from './en.ts';

export const BROWSER_SEARCH_KEYS = [
  'search.title',
  'search.label',
  'search.close',
  'search.escCloses',
  'search.filters',
  'search.filtersToggle',
  'search.filtersOn',
  'search.filterAuthor',
  'search.anyAuthor',
  'search.filterYear',
  'search.anyYear',
  'search.filterTopic',
  'search.anyTopic',
  'search.filterLanguage',
  'search.anyLanguage',
  'search.choice',
  'search.clearFilters',
  'search.allResults',
  'search.openOnPage',
  'search.keepTyping',
  'search.unavailable',
  'search.offline',
  'search.noResults',
  'search.countOne',
  'search.countFew',
  'search.countMany',
  'search.countOther',
  'search.filteredBy',
  'search.showingFirst',
  'search.paragraph',
] as const satisfies readonly UiKey[];

/** A browser string's name: its key without "search.". */
export type SearchStringName = (typeof BROWSER_SEARCH_KEYS)[number] extends `search.${infer N}` ? N : never;

/** The strings `translate` gives, by name, as the search code reads them. */
export function searchStrings(translate: (key: UiKey) => string): Record<SearchStringName, string> {
  return Object.fromEntries(BROWSER_SEARCH_KEYS.map((key) => [key.slice('search.'.length), translate(key)])) as Record<
    SearchStringName,
    string
  >;
}
