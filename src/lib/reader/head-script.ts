// The one inline script of every page, a classic one in its <head>. It runs before the body is
// parsed, so the reader's chosen theme is set before the first paint (no flash of the other
// theme). Everything else the page's scripts do waits for the reader: the first sign of
// interaction imports the loader (src/scripts/loader/), which is handed the events seen so far,
// so none is lost; a search submitted or Ctrl/Cmd+K pressed meanwhile is held for it, and sent
// on as without JavaScript if the loader cannot load. A URL that needs code on arrival (a passage
// link the browser left to us, a search result's highlight, the search page) imports it at once.
// After load it registers the offline service worker. Its text is fixed per build (the base path
// and the loader's hashed address), so the CSP allows it by its hash (src/integrations/client-scripts.ts).
import { createHash } from 'node:crypto';
import { HIGHLIGHT_PARAM, THEME_KEY } from './keys.ts';

export { THEME_KEY };

/** The events that start the loader: each a first sign of a reader's intent (a touch begins with pointerover too). */
export const INTENT_EVENTS = ['pointerover', 'focusin', 'keydown', 'selectionchange', 'change', 'click', 'submit'];

export function headScript(base: string, loader: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const json = JSON.stringify;
  // Plain ES2020, written by hand and kept short: it is sent with every page.
  return `(()=>{const d=document,r=d.documentElement,q=[];let b;try{const t=localStorage.getItem(${json(THEME_KEY)});if(t==="light"||t==="dark")r.dataset.theme=t}catch{}r.classList.add("js");const g=()=>b??=import(${json(loader)}).then(m=>{b=1;m.start(q)},()=>{b=1;for(const e of q)e.type==="submit"&&e.defaultPrevented&&e.target.submit()}),f=e=>{if(b===1)return;q.push(e);if(e.type==="submit"&&e.target.matches("[data-search-form]")||e.type==="keydown"&&(e.ctrlKey||e.metaKey)&&!e.altKey&&e.key.toLowerCase()==="k")e.preventDefault();g()};for(const t of${json(INTENT_EVENTS.join(' '))}.split(" "))d.addEventListener(t,f,!0);(location.hash.includes(":~:")||new URLSearchParams(location.search).has(${json(HIGHLIGHT_PARAM)}))&&g();d.addEventListener("DOMContentLoaded",()=>{const s=d.getElementById("theme-select");if(s)s.value=r.dataset.theme||"auto";d.querySelector("[data-search-page-form]")&&g()});addEventListener("load",()=>{navigator.serviceWorker?.register(${json(`${root}sw.js`)},{scope:${json(root)}}).catch(()=>{})})})()`;
}

/** The hash of headScript(base, loader) as security.csp wants it ("sha256-…", no quotes). */
export function headScriptHash(base: string, loader: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(headScript(base, loader)).digest('base64')}`;
}
