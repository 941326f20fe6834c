// A page's Content-Security-Policy <meta> cut down to what that page needs: Astro puts the hashes
// of every inline script and style of the build into every page's policy.
import { createHash } from 'node:crypto';

export const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Inline elements a hash can allow: scripts that run (not data blocks such as JSON-LD, nor src=) and <style>. */
const INLINE = /<(script|style)((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/gi;

/** The 'sha256-…' sources that `html`'s own inline scripts and styles need. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag, attributes = '', content = ''] of html.matchAll(INLINE)) {
    if (tag!.toLowerCase() === 'script' && (/\ssrc=/i.test(attributes) || /type="application\/(ld\+)?json"/i.test(attributes))) continue;
    hashes.add(`'sha256-${createHash('sha256').update(content).digest('base64')}'`);
  }
  return hashes;
}

/** `policy` without the hash sources that none of `needed` is. */
export function keepHashes(policy: string, needed: Set<string>): string {
  return policy.replace(/\s*'sha(?:256|384|512)-[^']*'/g, (source) => (needed.has(source.trim()) ? source : ''));
}

/**
 * `html` with its CSP <meta> keeping only the hashes of its own inline scripts and styles, and
 * that policy (undefined when the page has no CSP <meta>). A page already cut comes back as it is.
 */
export function trimPagePolicy(html: string): { html: string; policy: string | undefined } {
  const found = META_CSP.exec(html);
  if (!found) return { html, policy: undefined };
  const written = found[1]!;
  const policy = keepHashes(written.replace(/&#39;/g, "'"), inlineHashes(html));
  const rewritten = written.includes('&#39;') ? policy.replace(/'/g, '&#39;') : policy;
  return { html: rewritten === written ? html : html.replace(written, rewritten), policy };
}
