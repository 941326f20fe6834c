// Pagefind fetches each bundle's entry file as <bundle>pagefind-entry.json?ts=<metaCacheTag>, its
// meta and wasm by name, and fetch() takes a preload of that same address: asked for early, a file
// is not one round trip behind whatever Pagefind waits for before it asks (its module, its entry
// file; for a merged language, the primary wasm).

/** Asks for `url` as Pagefind's fetch() will, so that fetch finds it on its way or arrived. */
export function preloadFile(url: string): void {
  const hint = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
  hint.href = url;
  document.head.append(hint);
}

/** Asks for the entry file of the Pagefind bundle at `bundle` (a path ending in "/"), under `tag`. */
export const preloadEntry = (bundle: string, tag: string): void => preloadFile(`${bundle}pagefind-entry.json?ts=${tag}`);
