// Names shared by the head script (built as text in Node) and the browser code it loads.

/** localStorage key of the reader's theme: 'light' or 'dark'; absent means follow the system. */
export const THEME_KEY = 'folio-theme';

/** The URL parameter that carries a search's words to the article, for Pagefind's highlighter. */
export const HIGHLIGHT_PARAM = 'highlight';
