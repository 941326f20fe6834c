// When search code loads: the header's form (SearchForm.astro) works without JavaScript; here
// Enter or the button, and Ctrl/Cmd+K, open the search dialog, which is fetched only when the
// reader starts to search. Typing alone changes nothing (WCAG 3.2.2), and there is no single-key
// shortcut (2.1.4). The /search/ page loads its code at once; an article reached from a
// result loads the highlighter.
import { HIGHLIGHT_PARAM } from '../site.ts';
import { load } from './load.ts';

function wireHeaderSearch(form: HTMLFormElement, input: HTMLInputElement) {
  function open(query: string) {
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
  // Focusing the box is the start of a search: fetch the engine while the reader types.
  input.addEventListener(
    'focus',
    () =>
      void load('search-dialog')
        .then((dialog) => dialog.warmUp())
        .catch(() => undefined),
    { once: true },
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
