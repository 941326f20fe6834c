// Facts about the site that browser code needs, defined once.

/** The site's base path ("/" or "/folio/"): Astro sets BASE_URL in dev, the client-scripts integration in the build. */
export const BASE = /* @__PURE__ */ import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The URL parameter that carries a search's words to the article, for Pagefind's highlighter. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Pagefind's search module, written by the build (tools/index-search.ts) into the site's pagefind/ folder. */
export const PAGEFIND_SCRIPT = `${BASE}pagefind/pagefind.js`;

/** localStorage key of the reader's theme: 'light' or 'dark'; absent means follow the system. */
export const THEME_KEY = 'folio-theme';

/** Ctrl/Cmd+K, which opens the search dialog. */
export const isModK = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && event.key?.toLowerCase() === 'k';
