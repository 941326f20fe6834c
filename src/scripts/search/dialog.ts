// The search dialog: a native modal <dialog> with a search box, a live status line and
// the results. Built on first use, so none of it is downloaded until the reader searches.
// Its styles are in the shared style sheet (src/styles/search.css).
import { BASE } from '../site.ts';
import { cancel, loadPagefind, preload, showResults, type ResultsView } from './engine.ts';

const RESULTS_SHOWN = 5;
/** Milliseconds of quiet after a keystroke before searching. */
const DEBOUNCE_MS = 150;
let built: { dialog: HTMLDialogElement; input: HTMLInputElement; view: ResultsView } | undefined;
let returnFocus: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function build() {
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
  const input = dialog.querySelector('input')!;
  const more = dialog.querySelector<HTMLAnchorElement>('.search-dialog-more')!;
  const view: ResultsView = {
    status: dialog.querySelector<HTMLElement>('.search-status')!,
    list: dialog.querySelector<HTMLElement>('.search-results')!,
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
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button, input')].filter(
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
    if (returnFocus?.isConnected) returnFocus.focus();
    returnFocus = null;
  });
  return { dialog, input, view };
}

/** Searches for what is in the box after a pause in typing. */
function schedule(input: HTMLInputElement, view: ResultsView) {
  clearTimeout(timer);
  cancel();
  preload(input.value);
  timer = setTimeout(() => void showResults(input.value, view, { live: true }), DEBOUNCE_MS);
}

/** Opens the dialog with `query` in its box; Esc or Close gives focus back to `opener`. */
export function openSearch(query: string, opener: HTMLElement | null): void {
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

/** Starts loading Pagefind while the reader types in the header's box. */
export function warmUp(): void {
  loadPagefind().catch(() => undefined);
}
