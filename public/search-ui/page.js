// @ts-check
// The /search/ page: reads ?q=, shows results, and keeps ?q= in the address as the
// reader types, so results can be shared. Without JavaScript the page lists every article.
import { showResults } from './engine.js';

const form = /** @type {HTMLFormElement} */ (document.querySelector('[data-search-page-form]'));
const input = /** @type {HTMLInputElement} */ (form.querySelector('input[name="q"]'));
document.querySelector('[data-search-nojs]')?.remove();
const all = /** @type {HTMLElement} */ (document.querySelector('[data-all-articles]'));
/** @type {import('./engine.js').ResultsView} */
const view = {
  status: /** @type {HTMLElement} */ (document.querySelector('#search-page-status')),
  list: /** @type {HTMLElement} */ (document.querySelector('[data-search-page-results]')),
  level: 2,
  limit: 20,
  onDone: (query) => {
    all.hidden = query !== '';
  },
};

/** Searches, and keeps ?q= in the address. */
function search(/** @type {string} */ query, live = false) {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  void showResults(query, view, { live });
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
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
