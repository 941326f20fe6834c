// @ts-check
// Marks the searched words on an article reached from a search result (?highlight=…),
// with Pagefind's highlighter from the built bundle. Loaded only on such visits.
// addStyles:false: its injected <style> would break the CSP; highlight.css styles the marks.
const BASE = new URL('../', import.meta.url).pathname;
const HIGHLIGHT_PARAM = 'highlight'; // as in engine.js

const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = `${BASE}search-ui/highlight.css`;
document.head.append(style);

const { default: PagefindHighlight } = await import(`${BASE}pagefind/pagefind-highlight.js`);
new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
// Bring the linked paragraph back into view once the marks are in.
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
target?.scrollIntoView({ block: 'start' });
