// The one inline script of every page, a classic one in its <head> (bundled by
// src/integrations/client-scripts.ts, allowed in the CSP by its hash). It runs before the body is
// parsed, so the reader's theme is set before the first paint. The rest waits for the reader: the
// first sign of interaction imports the loader (src/scripts/loader/) and hands it every event seen
// until it arrives; a header search submitted or Ctrl/Cmd+K pressed meanwhile is held for it (sent on
// as without JavaScript if it cannot load). A sign of a search (the header's box hovered, touched or
// focused, Ctrl/Cmd+K) also starts Pagefind here and fetches the dialog's code, before the loader:
// the search waits for no fetch of the loader's.
import { head } from 'virtual:folio/head';
import { startPagefind } from './search/pagefind-start.ts';
import { BASE, HIGHLIGHT_PARAM, isModK, THEME_KEY } from './site.ts';

/** The events that bring the loader: each a first sign of a reader's intent (a touch begins with pointerover too). */
const INTENT_EVENTS = ['pointerover', 'focusin', 'keydown', 'selectionchange', 'change', 'click', 'submit'];

const root = document.documentElement;
try {
  const theme = localStorage.getItem(THEME_KEY);
  if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;
} catch {
  // storage refused (private mode): the system's theme applies
}
root.classList.add('js');

const queued: Event[] = [];
/** The loader's import; true once it has run or failed, when its own listeners (or none) take over. */
let loader: Promise<void> | true | undefined;
const loadLoader = () =>
  (loader ??= import(/* @vite-ignore */ head.loader).then(
    (module: { start(queued: Event[]): void }) => {
      loader = true;
      module.start(queued);
    },
    () => {
      loader = true;
      for (const event of queued) if (event.type === 'submit' && event.defaultPrevented) (event.target as HTMLFormElement).submit();
    },
  ));

let searching = false;
/**
 * Pagefind's start and the dialog's code, asked for at once; the loader only once Pagefind has its
 * module and has asked for its meta and wasm, so that it takes none of the browser's few
 * connections to the site before them (a search held for the loader waits for Pagefind anyway).
 */
function startSearch(): void {
  if (searching) return;
  searching = true;
  startPagefind()
    .catch(() => undefined)
    .then(() => void loadLoader());
  for (const url of head.dialog) import(/* @vite-ignore */ url).catch(() => undefined);
}

function onIntent(event: Event): void {
  const inSearch = event.target instanceof Element && event.target.closest('[data-search-form]') !== null;
  const modK = event.type === 'keydown' && isModK(event as KeyboardEvent);
  if (inSearch || modK) startSearch();
  if (loader === true) return;
  if (modK || (inSearch && event.type === 'submit')) event.preventDefault();
  queued.push(event);
  if (!searching) void loadLoader();
}
for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, true);

// URLs that need code on arrival: a passage link the browser left to us, a search result's highlight.
if (location.hash.includes(':~:') || new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void loadLoader();
document.addEventListener('DOMContentLoaded', () => {
  const select = document.getElementById('theme-select') as HTMLSelectElement | null;
  if (select) select.value = root.dataset['theme'] ?? 'auto';
  if (document.querySelector('[data-search-page-form]')) void loadLoader();
});
addEventListener('load', () => {
  navigator.serviceWorker?.register(`${BASE}sw.js`, { scope: BASE }).catch(() => undefined);
});
