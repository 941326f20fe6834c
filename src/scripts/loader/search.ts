// When search code loads: the header's form (SearchForm.astro) works without JavaScript; with the loader
// Enter or the button, and Ctrl/Cmd+K, open the search dialog. Typing alone changes nothing on screen
// (WCAG 3.2.2), and there is no single-key shortcut (2.1.4). The head script (src/scripts/head.ts)
// starts Pagefind and fetches the dialog's code at the first sign of a search, before this arrives.
// The /search/ page loads its code at once; an article reached from a result loads the highlighter.
import { HIGHLIGHT_PARAM, isModK } from '../site.ts';
import { load } from './load.ts';

function wireHeaderSearch(form: HTMLFormElement, input: HTMLInputElement, queued: Event[]) {
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
  // What is typed fetches its part of the index, unseen; so do words typed before the loader arrived.
  const preload = () =>
    load('search-dialog')
      .then((dialog) => dialog.preload(input.value))
      .catch(() => undefined);
  input.addEventListener('input', preload);
  if (input.value.trim()) void preload();
  document.addEventListener('keydown', (event) => {
    if (!isModK(event) || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    open('');
  });
  // What the reader did before the loader arrived (the head script held back a submit and Ctrl/Cmd+K).
  for (const event of queued) {
    if (event.type === 'submit' && event.target === form) open(input.value);
    else if (event instanceof KeyboardEvent && event.type === 'keydown' && isModK(event)) open('');
  }
}

export function wireSearch(queued: Event[]): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (form && input) wireHeaderSearch(form, input, queued);
  if (document.querySelector('[data-search-page-form]')) load('search-page').catch(() => undefined);
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) load('search-highlight').catch(() => undefined);
}
