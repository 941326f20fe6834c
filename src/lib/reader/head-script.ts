// The one classic inline script in every page's <head>. It runs before the body is parsed, so
// the reader's chosen theme is set before the first paint (no flash of the other theme), and
// it carries the theme control's behaviour by delegation, so no file is fetched for it. After
// load it registers the offline service worker. Its text is fixed per build (it depends only on
// the base path), so astro.config.mjs allows it in the CSP by its hash.
import { createHash } from 'node:crypto';

/** localStorage key of the reader's theme: 'light' or 'dark'; absent means follow the system. */
export const THEME_KEY = 'folio-theme';

export function headScript(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  // Plain ES2020, written by hand and kept short: it is sent with every page.
  return `(()=>{const d=document.documentElement,k=${JSON.stringify(THEME_KEY)},s=(t)=>{t==="light"||t==="dark"?d.dataset.theme=t:delete d.dataset.theme};try{s(localStorage.getItem(k))}catch{}d.classList.add("js");document.addEventListener("change",(e)=>{const t=e.target;if(t.id!=="theme-select")return;s(t.value);try{t.value==="auto"?localStorage.removeItem(k):localStorage.setItem(k,t.value)}catch{}});document.addEventListener("DOMContentLoaded",()=>{const t=document.getElementById("theme-select");if(t)t.value=d.dataset.theme||"auto"});addEventListener("load",()=>{navigator.serviceWorker?.register(${JSON.stringify(`${root}sw.js`)},{scope:${JSON.stringify(root)}}).catch(()=>{})})})()`;
}

/** The hash of headScript(base) as security.csp wants it ("sha256-…", no quotes). */
export function headScriptHash(base: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(headScript(base)).digest('base64')}`;
}
