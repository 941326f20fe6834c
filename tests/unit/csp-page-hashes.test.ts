import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, keepHashes, trimPagePolicy } from '../../src/lib/csp/page-policy.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe("each page's CSP keeps only the hashes its own inline code needs", () => {
  const html =
    '<head><script>a()</script><script type="application/ld+json">{"x":1}</script><script type="module" src="/x.js"></script></head>' +
    '<body><script type="module">b()</script><style>p{}</style></body>';

  it('hashes inline scripts and styles, not JSON data blocks or scripts loaded by src', () => {
    expect(inlineHashes(html)).toEqual(new Set([hash('a()'), hash('b()'), hash('p{}')]));
  });

  it('drops the other hashes and keeps every other source', () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} ${hash('gone()')} ${hash('b()')}; style-src 'self' ${hash('q{}')};`;
    expect(keepHashes(policy, inlineHashes(html))).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} ${hash('b()')}; style-src 'self';`,
    );
  });
});

describe("a page's CSP <meta>, cut as the page is rendered", () => {
  const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}">`;
  const page = (policy: string) => `<html><head>${meta(policy)}<script>a()</script></head><body><p>x</p></body></html>`;
  const full = `default-src 'self'; script-src 'self' ${hash('a()')} ${hash('gone()')}; style-src 'self' ${hash('q{}')};`;
  const cut = `default-src 'self'; script-src 'self' ${hash('a()')}; style-src 'self';`;

  it('keeps only its own hashes and gives the policy', () => {
    expect(trimPagePolicy(page(full))).toEqual({ html: page(cut), policy: cut });
  });

  it('leaves a page already cut as it is, so the pass after the build writes nothing again', () => {
    const once = trimPagePolicy(page(full)).html;
    expect(trimPagePolicy(once)).toEqual({ html: once, policy: cut });
  });

  it('gives no policy for a page without one', () => {
    expect(trimPagePolicy('<p>x</p>')).toEqual({ html: '<p>x</p>', policy: undefined });
  });
});
