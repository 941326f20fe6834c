// The /search/ page (loaded at once there): reads ?q=, shows results, and keeps ?q= in the
// address as the reader types, with the author, year and topic filters (?author=…&year=2010), so
// results can be shared. Without JavaScript the page offers the browsing pages instead.
import { showResults, type ResultsView } from './engine.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-page-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
document.querySelector('[data-search-nojs]')?.remove();
const all = document.querySelector<HTMLElement>('[data-all-articles]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
const view: ResultsView = {
  filters: () => Object.fromEntries(selects.map((s) => [s.name, s.value])),
  status: document.querySelector<HTMLElement>('#search-page-status')!,
  list: document.querySelector<HTMLElement>('[data-search-page-results]')!,
  level: 2,
  limit: 20,
  onDone: (query, _total, counts) => {
    all.hidden = query !== '';
    // Each choice shows how many of the matching articles it keeps (all articles before a search).
    for (const select of selects)
      for (const option of select.querySelectorAll<HTMLOptionElement>('option[data-count-label]')) {
        const inResults = counts?.[select.name];
        option.textContent = `${option.value} (${inResults ? (inResults[option.value] ?? 0) : option.dataset['total']})`;
      }
  },
};

/** Searches, and keeps ?q= in the address. */
function search(query: string, live = false) {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  for (const s of selects) {
    if (s.value) url.searchParams.set(s.name, s.value);
    else url.searchParams.delete(s.name);
  }
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

for (const s of selects) s.addEventListener('change', () => search(input.value));

const params = new URLSearchParams(location.search);
for (const s of selects) s.value = params.get(s.name) ?? '';
const initial = params.get('q') ?? '';
input.value = initial;
if (initial.trim()) void showResults(initial, view);
