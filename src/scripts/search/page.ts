// The /search/ page (loaded at once there): reads ?q= and the filters (?author=…&year=2010) from
// the address, shows results, and keeps both in the address as the reader types or chooses, so a
// search can be shared. Without JavaScript the page offers the browsing pages instead.
import { countsFor, filterTotals, searchPageUrl, showResults, type ResultsView } from './engine.ts';
import { FILTER_NAMES, SearchFilters } from './filters.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-page-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
document.querySelector('[data-search-nojs]')?.remove();
const all = document.querySelector<HTMLElement>('[data-all-articles]')!;
const filters = new SearchFilters('search-page');
form.querySelector('[data-search-page-filters]')?.replaceWith(filters.fieldset);
const view: ResultsView = {
  filters: () => filters.values(),
  status: document.querySelector<HTMLElement>('#search-page-status')!,
  list: document.querySelector<HTMLElement>('[data-search-page-results]')!,
  level: 2,
  limit: 20,
  onDone: (query, _total, counts) => {
    all.hidden = query !== '';
    // Each choice shows how many of the matching articles it keeps (all articles before a search).
    filters.showCounts(query ? counts : undefined);
  },
};

/** Searches, and keeps the words and filters in the address. */
function search(query: string, live = false) {
  const url = new URL(searchPageUrl(query, filters.values()), location.href);
  url.hash = location.hash;
  history.replaceState(null, '', url);
  void showResults(query, view, { live });
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => search(input.value, true), 150);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  search(input.value);
});
filters.onChange(() => search(input.value));

const params = new URLSearchParams(location.search);
filters.set(Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name)])));
const initial = params.get('q') ?? '';
input.value = initial;
// The choices and their counts over every article; a search shown meanwhile brings its own counts.
filterTotals().then(
  async (totals) => {
    filters.setTotals(totals);
    // A search shown before the filters' index parts arrived was counted without them: count it again.
    filters.showCounts(await countsFor(input.value, filters.values()));
  },
  () => undefined,
);
if (initial.trim()) void showResults(initial, view);
