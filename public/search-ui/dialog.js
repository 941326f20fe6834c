// @ts-check
// The search dialog: a native modal <dialog> with a search box, a live status line and
// the results. Built on first use, so none of it is downloaded until the reader searches.
import { BASE, cancel, loadPagefind, preload, showResults } from './engine.js';

const RESULTS_SHOWN = 5;
/** Milliseconds of quiet after a keystroke before searching. */
const DEBOUNCE_MS = 150;
/** @type {{ dialog: HTMLDialogElement, input: HTMLInputElement, view: import('./engine.js').ResultsView } | undefined} */
let built;
/** @type {HTMLElement | null} */
let returnFocus = null;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;

function build() {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = `${BASE}search-ui/search.css`;
  document.head.append(style);

  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-dialog-label');
  dialog.setAttribute('data-screen-only', '');
  dialog.setAttribute('data-pagefind-ignore', 'all');
  const action = `${BASE}search/`;
  dialog.innerHTML = `
    <form class="search-dialog-form" role="search" action="${action}" method="get">
      <label id="search-dialog-label" for="search-dialog-q">Search articles</label>
      <div class="search-dialog-row">
        <input id="search-dialog-q" type="search" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-describedby="search-dialog-status">
        <button type="button" class="search-dialog-close">Close</button>
      </div>
    </form>
    <p id="search-dialog-status" class="search-status" role="status"></p>
    <ol class="search-results"></ol>
    <p class="search-dialog-foot"><a class="search-dialog-more" href="${action}" hidden></a><span aria-hidden="true">Esc closes</span></p>`;
  document.body.append(dialog);
  const input = /** @type {HTMLInputElement} */ (dialog.querySelector('input'));
  const more = /** @type {HTMLAnchorElement} */ (dialog.querySelector('.search-dialog-more'));
  /** @type {import('./engine.js').ResultsView} */
  const view = {
    status: /** @type {HTMLElement} */ (dialog.querySelector('.search-status')),
    list: /** @type {HTMLElement} */ (dialog.querySelector('.search-results')),
    level: 2,
    limit: RESULTS_SHOWN,
    onDone: (query, total) => {
      more.hidden = total <= RESULTS_SHOWN;
      more.href = `${action}?q=${encodeURIComponent(query)}`;
      more.textContent = `All ${total} results on the search page`;
    },
  };

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
    const focusable = [...dialog.querySelectorAll('a[href], button, input')].filter(
      (e) => e instanceof HTMLElement && !e.hidden && e.getClientRects().length > 0,
    );
    const first = /** @type {HTMLElement | undefined} */ (focusable[0]);
    const last = /** @type {HTMLElement | undefined} */ (focusable[focusable.length - 1]);
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
    if (returnFocus?.isConnected) returnFocus.focus();
    returnFocus = null;
  });
  return { dialog, input, view };
}

/**
 * Searches for what is in the box after a pause in typing.
 * @param {HTMLInputElement} input
 * @param {import('./engine.js').ResultsView} view
 */
function schedule(input, view) {
  clearTimeout(timer);
  cancel();
  preload(input.value);
  timer = setTimeout(() => void showResults(input.value, view, { live: true }), DEBOUNCE_MS);
}

/**
 * Opens the dialog with `query` in its box; Esc or Close gives focus back to `opener`.
 * @param {string} query
 * @param {HTMLElement | null} opener
 */
export function openSearch(query, opener) {
  built ??= build();
  const { dialog, input, view } = built;
  if (!dialog.open) {
    returnFocus = opener;
    dialog.showModal();
  }
  loadPagefind().catch(() => undefined); // warm the engine up while the reader types
  if (query) input.value = query;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  schedule(input, view);
}

// The header's inlined loader adds this file as a <script type="module"> and then calls this.
Object.assign(window, { folioSearch: { openSearch, warmUp: () => loadPagefind().catch(() => undefined) } });
