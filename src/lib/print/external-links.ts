// The article's links to other sites, numbered for the print edition's "Links" endnotes.
// Each distinct URL gets one number, in order of first appearance; a link that repeats a
// URL repeats its number. Same-site, fragment, mailto: and other non-http links get none.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** An href with a scheme ("https:", "mailto:") or a host ("//example.org"); without either it is relative. */
const SCHEME_OR_HOST = /^(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i;

/** True when `href` is an http(s) URL on another origin than `site` (relative hrefs are this site's). */
export function isExternalHref(href: string, site: string): boolean {
  const trimmed = href.trim();
  // A relative href (every ¶ link is "#pN") is this site's: no URL to parse.
  if (!SCHEME_OR_HOST.test(trimmed)) return false;
  let url: URL;
  try {
    url = new URL(trimmed, site);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== originOf(site);
}

// One site for the whole build: its origin parsed once.
let lastSite: string | undefined;
let lastOrigin = '';
function originOf(site: string): string {
  if (site !== lastSite) [lastSite, lastOrigin] = [site, new URL(site).origin];
  return lastOrigin;
}

/** An MDX JSX element (`<a href="…">` written as JSX in MDX), as much of it as we read. */
interface JsxElement {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

/**
 * Marks every external link in `tree` with `data-link-note="N"` and returns the
 * numbered URLs (index 0 is note 1).
 */
export function numberExternalLinks(tree: Root, site: string): string[] {
  const urls: string[] = [];
  const noteFor = (href: string): number => {
    const url = href.trim();
    const known = urls.indexOf(url);
    if (known >= 0) return known + 1;
    return urls.push(url);
  };
  visit(tree, (node) => {
    if (node.type === 'element') {
      const el = node as Element;
      const href = el.properties?.['href'];
      if (el.tagName === 'a' && typeof href === 'string' && isExternalHref(href, site)) {
        el.properties['dataLinkNote'] = String(noteFor(href));
      }
      return;
    }
    const jsx = node as unknown as JsxElement;
    if ((jsx.type === 'mdxJsxTextElement' || jsx.type === 'mdxJsxFlowElement') && jsx.name === 'a') {
      const href = jsx.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href')?.value;
      if (typeof href === 'string' && isExternalHref(href, site)) {
        jsx.attributes.push({ type: 'mdxJsxAttribute', name: 'data-link-note', value: String(noteFor(href)) });
      }
    }
  });
  return urls;
}

/** The endnote URLs the rehype plugin stored in a rendered entry's frontmatter (none when absent). */
export function printLinksOf(frontmatter: Record<string, unknown> | undefined): string[] {
  const links = frontmatter?.['printLinks'];
  return Array.isArray(links) ? links.filter((l): l is string => typeof l === 'string') : [];
}
