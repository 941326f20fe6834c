// The hashed address of each feature's module, and of the chunks it imports, made by
// src/integrations/client-scripts.ts (in `astro dev`, the source file that Vite serves, and no chunks).
declare module 'virtual:folio/scripts' {
  type Feature = 'share' | 'search-dialog' | 'search-page' | 'search-highlight' | 'epub';
  export const scripts: Record<Feature, string>;
  export const chunks: Partial<Record<Feature, string[]>>;
}
// What the head script (src/scripts/head.ts) imports: the loader's address, and the dialog's with its chunks.
declare module 'virtual:folio/head' {
  export const head: { loader: string; dialog: string[] };
}
// The head script's text, bundled, for BaseLayout.astro to inline.
declare module 'virtual:folio/head-script' {
  export const text: string;
}
// The search's interface strings in the site's language (src/integrations/client-scripts.ts).
declare module 'virtual:folio/search-strings' {
  const strings: Partial<Record<import('../../i18n/search-keys.ts').SearchStringName, string>>;
  export default strings;
}
