// Pagefind fetches each bundle's entry file as <bundle>pagefind-entry.json?ts=<metaCacheTag>, and
// fetch() takes a preload of that same address: asked for early, the file is not one round trip
// behind whatever Pagefind waits for before it asks (its module; for a merged language, the wasm).

/** Asks for the entry file of the Pagefind bundle at `bundle` (a path ending in "/"), under `tag`. */
export function preloadEntry(bundle: string, tag: string): void {
  const hint = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
  hint.href = `${bundle}pagefind-entry.json?ts=${tag}`;
  document.head.append(hint);
}
