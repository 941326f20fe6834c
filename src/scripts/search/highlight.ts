// Marks the searched words on an article reached from a search result (?highlight=…),
// with Pagefind's highlighter from the built bundle. Loaded only on such visits.
// addStyles:false: its injected <style> would break the CSP; src/styles/search.css styles the marks.
import { BASE, HIGHLIGHT_PARAM } from '../site.ts';

type Highlighter = new (options: { highlightParam: string; addStyles: boolean }) => unknown;
const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind-highlight.js`)) as {
  default: Highlighter;
};
new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
// Bring the linked paragraph back into view once the marks are in.
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
target?.scrollIntoView({ block: 'start' });
