// The search dialog: a native modal <dialog> with a search box, a live status line and
// the results. Built on first use, so none of it is downloaded until the reader searches.
// Its styles are in the shared style sheet (src/styles/search.css).
import { BASE } from '../site.ts';
import { cancel, countsFor, filterTotals, loadPagefind, preload, searchPageUrl, showResults, type ResultsView } from './engine.ts';
import { SearchFilters } from './filters.ts';
import { text } from './strings.ts';

const RESULTS_SHOWN = 5;
/** Milliseconds of quiet after a keystroke before searching. */
const DEBOUNCE_MS = 150;
let built: { dialog: HTMLDialogElement; input: HTMLInputElement; view: ResultsView } | undefined;
let returnFocus: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function build() {
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  // Named "Search", so the field's own name, "Search articles", is not heard twice on opening.
  dialog.setAttribute('aria-label', text('title'));
  dialog.setAttribute('data-screen-only', '');
  dialog.setAttribute('data-pagefind-ignore', 'all');
  const action = `${BASE}search/`;
  dialog.innerHTML = `
    <form class="search-dialog-form" role="search" action="${action}" method="get">
      <label id="search-dialog-label" for="search-dialog-q" aria-hidden="true"></label>
      <div class="search-dialog-row">
        <input id="search-dialog-q" type="search" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-labelledby="search-dialog-label" aria-describedby="search-dialog-status">
        <button type="button" class="search-dialog-close"></button>
      </div>
      <details class="search-dialog-filters"><summary></summary></details>
    </form>
    <p id="search-dialog-status" class="search-status" role="status"></p>
    <ol class="search-results"></ol>
    <p class="search-dialog-foot"><a class="search-dialog-more" href="${action}" hidden></a><span aria-hidden="true"></span></p>`;
  // Strings go in as text (never as HTML): they come from the page.
  dialog.querySelector('#search-dialog-label')!.textContent = text('label');
  dialog.querySelector('.search-dialog-close')!.textContent = text('close');
  dialog.querySelector('.search-dialog-foot span')!.textContent = text('escCloses');
  document.body.append(dialog);
  const input = dialog.querySelector('input')!;
  const more = dialog.querySelector<HTMLAnchorElement>('.search-dialog-more')!;
  const panel = dialog.querySelector('details')!;
  const summary = panel.querySelector('summary')!;
  // The filters are built when the reader first opens them: the first query does not wait for them.
  let filters: SearchFilters | undefined;
  const chosen = () => filters?.values() ?? {};
  const showSummary = () => {
    const on = Object.keys(chosen()).length;
    summary.textContent = on ? text('filtersOn', { count: on }) : text('filtersToggle');
  };
  showSummary();
  const view: ResultsView = {
    status: dialog.querySelector<HTMLElement>('.search-status')!,
    list: dialog.querySelector<HTMLElement>('.search-results')!,
    level: 2,
    limit: RESULTS_SHOWN,
    filters: chosen,
    onDone: (query, total, counts) => {
      // Always a way to the same search on /search/, whose address can be shared.
      more.hidden = !query;
      more.href = searchPageUrl(query, chosen());
      more.textContent = total > RESULTS_SHOWN ? text('allResults', { count: total }) : text('openOnPage');
      filters?.showCounts(query ? counts : undefined);
    },
  };
  const buildFilters = () => {
    if (filters) return filters;
    const built = (filters = new SearchFilters('search-dialog'));
    panel.append(built.fieldset);
    built.onChange(() => {
      showSummary();
      clearTimeout(timer);
      void showResults(input.value, view);
    });
    return built;
  };
  // Built before the panel opens, so it never opens empty for a frame.
  summary.addEventListener('click', buildFilters, { once: true });
  // The choices and their counts are fetched only when the reader first opens the filters.
  panel.addEventListener(
    'toggle',
    () => {
      const built = buildFilters();
      void filterTotals().then(
        async (totals) => {
          built.setTotals(totals);
          // The search shown was counted before the filters' index parts were fetched: count it again.
          built.showCounts(await countsFor(input.value, built.values()));
        },
        () => undefined,
      );
    },
    { once: true },
  );

  input.addEventListener('input', () => schedule(input, view));
  dialog.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void showResults(input.value, view);
  });
  dialog.querySelector('.search-dialog-close')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    const inside = event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
    if (!inside) dialog.close();
  });
  // Keep Tab inside the dialog: showModal makes the page inert, but Tab could still leave for the browser's own UI.
  dialog.addEventListener('keydown', (event) => {
    // Esc closes at once (in a filled search box the browser would first only clear it).
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')].filter(
      (e) => !e.hidden && e.getClientRects().length > 0,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  });
  dialog.addEventListener('close', () => {
    clearTimeout(timer);
    (returnFocus?.isConnected ? returnFocus : readingPlace())?.focus({ preventScroll: true });
    returnFocus = null;
  });
  return { dialog, input, view };
}

/**
 * Where a reader who had nothing focused was reading: the first block of the main content whose
 * top is in view (made focusable for the moment), so the next Tab goes on from there.
 */
function readingPlace(): HTMLElement | null {
  const blocks = document.querySelectorAll<HTMLElement>('main :is(p, h1, h2, h3, h4, li, blockquote, pre, table)');
  const place = [...blocks].find((b) => b.getClientRects().length > 0 && b.getBoundingClientRect().bottom > 0) ?? null;
  if (place && place.tabIndex < 0 && !place.hasAttribute('tabindex')) {
    place.tabIndex = -1;
    place.addEventListener('blur', () => place.removeAttribute('tabindex'), { once: true });
  }
  return place;
}

/** Searches for what is in the box after a pause in typing. */
function schedule(input: HTMLInputElement, view: ResultsView) {
  clearTimeout(timer);
  cancel();
  preload(input.value);
  timer = setTimeout(() => void showResults(input.value, view, { live: true }), DEBOUNCE_MS);
}

/** Opens the dialog with `query` in its box (or the last one, selected); Esc or Close gives focus back to `opener`. */
export function openSearch(query: string, opener: HTMLElement | null): void {
  built ??= build();
  const { dialog, input, view } = built;
  loadPagefind().catch(() => undefined); // warm the engine up while the reader types
  // The words go in before the dialog is shown, so its style and layout are computed once.
  if (query) {
    input.value = query;
    input.setSelectionRange(query.length, query.length);
  }
  if (!dialog.open) {
    // Nothing focused (the reader was reading): focus goes back to the text in view on closing.
    returnFocus = opener === document.body ? null : opener;
    dialog.showModal();
  }
  input.focus();
  if (query)
    void showResults(query, view); // asked for by Enter or the button: at once, announced at once
  else input.select(); // the last query, if any, is replaced by what is typed next
}

/** Fetches the index chunks for what is typed in the header's box, before Enter. */
export { preload };
