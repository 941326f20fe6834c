// Imports a feature's module once, from its hashed address: the one way browser code reaches a page.
import { chunks, scripts } from 'virtual:folio/scripts';

/** What each feature's module exports. */
interface Modules {
  share: typeof import('../share.ts');
  'search-dialog': typeof import('../search/dialog.ts');
  'search-page': typeof import('../search/page.ts');
  'search-highlight': typeof import('../search/highlight.ts');
  epub: typeof import('../epub.ts');
}

const loading = new Map<keyof Modules, Promise<unknown>>();

export function load<F extends keyof Modules>(feature: F): Promise<Modules[F]> {
  let module = loading.get(feature);
  if (!module) {
    // The chunks it imports, fetched beside it: the browser would find them only once it has the module.
    for (const chunk of chunks[feature] ?? []) import(/* @vite-ignore */ chunk).catch(() => undefined);
    loading.set(feature, (module = import(/* @vite-ignore */ scripts[feature])));
  }
  return module as Promise<Modules[F]>;
}
