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

describe('overwrite (the pass rewrites a page in place)', () => {
  it('leaves exactly the new text, shorter or longer than the old', async () => {
    const { mkdtempSync, readFileSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { overwrite } = await import('../../src/integrations/security-headers.ts');
    const dir = mkdtempSync(join(tmpdir(), 'folio-overwrite-'));
    const file = join(dir, 'index.html');
    try {
      writeFileSync(file, 'é'.repeat(100));
      overwrite(file, 'shorter ¶');
      expect(readFileSync(file, 'utf8')).toBe('shorter ¶');
      overwrite(file, 'x'.repeat(500));
      expect(readFileSync(file, 'utf8')).toBe('x'.repeat(500));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
