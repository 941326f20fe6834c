// When search code loads: the header's form (SearchForm.astro) works without JavaScript; here
// Enter or the button, and Ctrl/Cmd+K, open the search dialog, which is fetched only when the
// reader starts to search. Typing alone changes nothing on screen (WCAG 3.2.2), and there is no
// single-key shortcut (2.1.4). The /search/ page loads its code at once; an article reached from a
// result loads the highlighter.
import { HIGHLIGHT_PARAM } from '../site.ts';
import { startPagefind } from '../search/pagefind-start.ts';
import { load } from './load.ts';

let warming = false;

/**
 * Starts Pagefind (its module, entry file, then meta and wasm) and fetches the dialog's code side
 * by side; once. Pagefind would otherwise wait for the dialog's code to arrive and run.
 */
function warmUp(): void {
  if (warming) return;
  warming = true;
  startPagefind();
  load('search-dialog').catch(() => undefined);
}

function wireHeaderSearch(form: HTMLFormElement, input: HTMLInputElement) {
  function open(query: string) {
    warmUp(); // Ctrl/Cmd+K may come first
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    load('search-dialog')
      .then((dialog) => {
        dialog.openSearch(query, opener);
        input.value = ''; // the words now live in the dialog's box
      })
      .catch(() => form.submit());
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    open(input.value);
  });
  // The first sign of a search (a pointer over the form, a touch, focus) starts the engine, so it is
  // ready by the time the words are typed; what is typed fetches its part of the index, unseen.
  for (const type of ['pointerenter', 'pointerdown', 'touchstart', 'focusin'])
    form.addEventListener(type, warmUp, { once: true, passive: true });
  input.addEventListener('input', () =>
    load('search-dialog')
      .then((dialog) => dialog.preload(input.value))
      .catch(() => undefined),
  );
  document.addEventListener('keydown', (event) => {
    const modK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    if (!modK || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    open('');
  });
}

export function wireSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (form && input) wireHeaderSearch(form, input);
  if (document.querySelector('[data-search-page-form]')) load('search-page').catch(() => undefined);
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) load('search-highlight').catch(() => undefined);
}
