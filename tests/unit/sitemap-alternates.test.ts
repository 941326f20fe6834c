// The sitemap's language links read only the head of each article file (src/lib/articles/sitemap-alternates.ts):
// a frontmatter longer than that head must still be read whole.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { sitemapAlternates } from '../../src/lib/articles/sitemap-alternates.ts';

const dir = mkdtempSync(join(tmpdir(), 'folio-alternates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('links the language versions of a piece, however long their frontmatter', () => {
  const long = `description: "${'Ж'.repeat(6000)}"\n`; // 12,000 bytes before the key
  writeFileSync(join(dir, 'ferries.mdx'), `---\ntitle: "Ferries"\ntranslationKey: "ferries"\n---\n\nText.\n`);
  writeFileSync(join(dir, 'paromy.mdx'), `---\n${long}lang: "ru"\ntranslationKey: "ferries"\n---\n\nТекст.\n`);
  writeFileSync(join(dir, 'alone.mdx'), `---\ntitle: "Alone"\n---\n\ntranslationKey: "ferries" in the body is not a key.\n`);
  const links = sitemapAlternates(dir, (id) => `/articles/${id}/`);
  const both = [
    { url: '/articles/ferries/', lang: 'en' },
    { url: '/articles/paromy/', lang: 'ru' },
  ];
  expect(Object.fromEntries(links)).toEqual({ '/articles/ferries/': both, '/articles/paromy/': both });
});
