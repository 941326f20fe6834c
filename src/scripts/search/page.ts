// The /search/ page (loaded at once there): reads ?q=, shows results, and keeps ?q= in the
// address as the reader types, so results can be shared. Without JavaScript the page lists every article.
import { showResults, type ResultsView } from './engine.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-page-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
document.querySelector('[data-search-nojs]')?.remove();
const all = document.querySelector<HTMLElement>('[data-all-articles]')!;
const view: ResultsView = {
  status: document.querySelector<HTMLElement>('#search-page-status')!,
  list: document.querySelector<HTMLElement>('[data-search-page-results]')!,
  level: 2,
  limit: 20,
  onDone: (query) => {
    all.hidden = query !== '';
  },
};

/** Searches, and keeps ?q= in the address. */
function search(query: string, live = false) {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
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

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
if (initial.trim()) void showResults(initial, view);
