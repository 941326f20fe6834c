import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, keepHashes } from '../../src/integrations/security-headers.ts';

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
