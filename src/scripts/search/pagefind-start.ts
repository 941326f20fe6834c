// Starts the search engine once per page: Pagefind's module, our options, its init (the entry
// file, then the meta and the wasm) and every other bundle merged in (languages.ts). Both the
// inline loader (at the first sign of a search) and the search code call it; they are separate
// bundles, so the one start is kept on the window.
import { BASE, HIGHLIGHT_PARAM, PAGEFIND_SCRIPT } from '../site.ts';
import { preloadEntry, preloadFile } from './entry-hint.ts';
import { mergeLanguages, readIndexList } from './languages.ts';

/** The part of Pagefind's module API that starting it uses. */
interface PagefindModule {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: object): Promise<void>;
}

const KEY = Symbol.for('folio.pagefind');

/** Pagefind's module, started and merged; rejects when there is no index (e.g. under `npm run dev`), and a later call tries again. */
export function startPagefind(): Promise<unknown> {
  const page = globalThis as unknown as Record<symbol, Promise<unknown> | undefined>;
  let started = page[KEY];
  if (!started) {
    started = page[KEY] = start();
    started.catch(() => (page[KEY] = undefined));
  }
  return started;
}

async function start(): Promise<PagefindModule> {
  // Pagefind splits each query with Intl.Segmenter, and a page's first one loads ICU's data (tens
  // of milliseconds): make it now, while the files download, not when the first query waits.
  setTimeout(() => new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'grapheme' }));
  // The entry file's ?ts= tag, unique to this visit, so nothing stale is read from a cache; asked
  // for beside the module and the list of bundles, not one round trip after them.
  const tag = String(Date.now());
  preloadEntry(`${BASE}pagefind/`, tag);
  // The list names the other bundles, the meta files and the wasm: all asked for when it arrives,
  // beside the module (Pagefind would ask for a merged bundle's files only once its own wasm is compiled).
  const list = readIndexList().then(
    (l) => {
      l?.parts.forEach(({ dir }) => preloadEntry(`${BASE}${dir}`, tag));
      l?.preload?.forEach((file) => preloadFile(`${BASE}${file}`));
      return l;
    },
    () => undefined,
  );
  const options = { baseUrl: BASE, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, excerptEllipsis: '…', metaCacheTag: tag };
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as PagefindModule;
  // noWorker: on the main thread a search of a few thousand pages takes milliseconds, and it saves
  // fetching and starting pagefind-worker.js on the first query.
  await pagefind.options({ ...options, noWorker: true });
  await pagefind.init(); // returns at once: Pagefind fetches its entry, meta and wasm meanwhile
  // Not awaited: each bundle joins Pagefind's search when mergeIndex is called, and a search waits
  // for each bundle's start itself, so the page's own bundle searches meanwhile (a merge that fails
  // fails the search).
  mergeLanguages(pagefind, options, await list).catch(() => undefined);
  return pagefind;
}
