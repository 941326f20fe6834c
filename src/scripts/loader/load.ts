// Imports a feature's module once, from its hashed address: the one way browser code reaches a page.
import { scripts } from 'virtual:folio/scripts';

/** What each feature's module exports. */
interface Modules {
  share: typeof import('../share.ts');
  'search-dialog': typeof import('../search/dialog.ts');
  'search-page': typeof import('../search/page.ts');
  'search-highlight': typeof import('../search/highlight.ts');
}

const loading = new Map<keyof Modules, Promise<unknown>>();

export function load<F extends keyof Modules>(feature: F): Promise<Modules[F]> {
  let module = loading.get(feature);
  if (!module) loading.set(feature, (module = import(/* @vite-ignore */ scripts[feature])));
  return module as Promise<Modules[F]>;
}
