// The hashed address of each feature's module, made by src/integrations/client-scripts.ts
// (in `astro dev`, the source file that Vite serves).
declare module 'virtual:folio/scripts' {
  export const scripts: Record<'share' | 'search-dialog' | 'search-page' | 'search-highlight', string>;
}
