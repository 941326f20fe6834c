// When search code loads: the header's form (SearchForm.astro) works without JavaScript; here the
// button, typing in the box, Ctrl/Cmd+K and "/" open the search dialog, which is fetched only when
// the reader starts to search. The /search/ page loads its code at once; an article reached from a
// result loads the highlighter.
import { HIGHLIGHT_PARAM } from '../site.ts';
import { load } from './load.ts';

const editing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

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
  // Typing in the box moves to the dialog; the whole box value goes along, so keys
  // typed while the dialog loads are kept.
  input.addEventListener('input', () => open(input.value));
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
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editing(event.target);
    if ((!modK && !slash) || document.querySelector('dialog[open]')) return;
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
