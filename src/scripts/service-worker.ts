/// <reference lib="webworker" />
// The offline service worker, bundled into <base>sw.js at build time by
// src/integrations/offline.ts, which defines the three constants below for that build.
// Pages (HTML): network first, so a reader online always gets the current deploy; each page
// opened is kept for reading offline. Content-hashed files: cache first (a name never changes
// meaning, so versions never mix). Anything else (search index, feeds) goes to the network.
// Why these choices: docs/offline.md.
/** This worker's global scope (the project's types describe a window). */
const sw = globalThis as unknown as ServiceWorkerGlobalScope;
/** The site's base path, ending in "/". */
declare const FOLIO_BASE: string;
/** The build's version: a hash of the shell's files. */
declare const FOLIO_VERSION: string;
/** The hashed files every page needs (the style sheet), precached on install with the offline page. */
declare const FOLIO_SHELL: string[];

const SHELL_CACHE = `folio-shell-${FOLIO_VERSION}`;
/** Pages the reader opened, refreshed on every visit made online. */
const PAGES_CACHE = 'folio-pages';
/** Content-hashed files the kept pages need. */
const ASSETS_CACHE = 'folio-assets';
const OFFLINE_PAGE = `${FOLIO_BASE}offline/`;
const HASHED = [`${FOLIO_BASE}_astro/`];
/** Pages never kept: the search page needs the network, and the offline page is in the shell. */
const NOT_KEPT = [`${FOLIO_BASE}search/`, OFFLINE_PAGE];
/** Pagefind's index, read only from the network (the fetch handler leaves it alone too). */
const SEARCH_INDEX = `${FOLIO_BASE}pagefind/`;

/** The install event where the browser has static routing (Chromium): routes it applies without waking the worker. */
type RoutingInstallEvent = ExtendableEvent & {
  addRoutes?: (rules: { condition: { urlPattern: unknown }; source: 'network' }[]) => Promise<void>;
};

sw.addEventListener('install', (event: RoutingInstallEvent) => {
  // A search's index files go straight to the network: through the fetch handler each one would
  // wait for the worker's thread first. Browsers without static routing take the handler's path.
  if (event.addRoutes && typeof URLPattern === 'function')
    // A route refused must not fail the install: the fetch handler leaves these requests alone too.
    event.waitUntil(
      event
        .addRoutes([{ condition: { urlPattern: new URLPattern({ pathname: `${SEARCH_INDEX}*` }) }, source: 'network' }])
        .catch(() => undefined),
    );
  event.waitUntil(
    (async () => {
      await (await caches.open(SHELL_CACHE)).add(OFFLINE_PAGE);
      await (await caches.open(ASSETS_CACHE)).addAll(FOLIO_SHELL);
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('folio-shell-') && name !== SHELL_CACHE) await caches.delete(name);
      await pruneAssets();
      await sw.clients.claim();
      // The page that registered the worker loaded before it: keep it too.
      for (const client of await sw.clients.matchAll({ type: 'window' })) await keep(new URL(client.url));
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin || !url.pathname.startsWith(FOLIO_BASE)) return;
  if (url.pathname.startsWith(SEARCH_INDEX)) return;
  if (request.mode === 'navigate') event.respondWith(page(request, url));
  else if (HASHED.some((prefix) => url.pathname.startsWith(prefix))) event.respondWith(hashed(request));
});

/** The cache key of a page: its path, without the query (?highlight=…) or fragment. */
const pageKey = (url: URL) => `${url.origin}${url.pathname}`;
const keepable = (url: URL) => !NOT_KEPT.some((prefix) => url.pathname.startsWith(prefix));

async function keep(url: URL): Promise<void> {
  if (!keepable(url)) return;
  try {
    const response = await fetch(pageKey(url));
    if (response.ok) await (await caches.open(PAGES_CACHE)).put(pageKey(url), response);
  } catch {
    // Offline: it will be kept on the next visit.
  }
}

async function page(request: Request, url: URL): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && keepable(url)) {
      const copy = response.clone();
      void caches.open(PAGES_CACHE).then((cache) => cache.put(pageKey(url), copy));
    }
    return response;
  } catch {
    const kept = await caches.match(pageKey(url), { cacheName: PAGES_CACHE });
    return kept ?? (await caches.match(OFFLINE_PAGE, { cacheName: SHELL_CACHE })) ?? Response.error();
  }
}

async function hashed(request: Request): Promise<Response> {
  const hit = await caches.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    void caches.open(ASSETS_CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

/** Drops hashed files that no kept page and no part of this build's shell refers to. */
async function pruneAssets(): Promise<void> {
  const used = new Set(FOLIO_SHELL.map((path) => new URL(path, sw.location.href).href));
  const pages = await caches.open(PAGES_CACHE);
  for (const request of await pages.keys()) {
    const html = await (await pages.match(request))!.text();
    for (const [, path] of html.matchAll(/(?:href|src|data-script)="([^"]+)"/g)) used.add(new URL(path!, request.url).href);
  }
  const assets = await caches.open(ASSETS_CACHE);
  for (const request of await assets.keys()) if (!used.has(request.url)) await assets.delete(request);
}
