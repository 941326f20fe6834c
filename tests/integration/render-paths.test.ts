// Articles reach HTML by one of two paths (src/collection/loader.ts): plain MDX is parsed by
// Sätteri and rendered by our pipeline in the page; MDX with components, expressions or
// imports is compiled by @astrojs/mdx. These tests hold the fast path to the compiled one.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../tools/generate-corpus.ts';
import { needsModule, parseMdx } from '../../src/markdown/render-article.ts';
import { builtSite } from './build-fixture.ts';

const bodyOf = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '').trim();

/** A tree without positions, for comparing two parsers' output. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'position' && key !== 'data')
      .map(([key, value]) => [key, shape(value)]),
  );
}

describe('Sätteri parses MDX into the tree remark-mdx and remark-gfm give', () => {
  const remark = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const seed = readFileSync('content/articles/turning-a-happy-hour-into-a-happy-alliance.mdx', 'utf8');
  const dir = 'tests/fixtures/render-paths';
  const fixtures = readdirSync(dir).map((file) => [`${dir}/${file}`, readFileSync(join(dir, file), 'utf8')] as const);
  const cases: (readonly [string, string])[] = [['seed', seed], ...fixtures, ...generateCorpus({ count: 200 }, seed)];

  it.each(cases.map(([name, mdx]) => [name, bodyOf(mdx)]))('%s', (_name, body) => {
    expect(shape(parseMdx(body))).toEqual(shape(remark.runSync(remark.parse(body))));
  });

  it('finds what only a module can render', () => {
    expect(needsModule(parseMdx('Plain prose with \\{escapes\\}.'))).toBe(false);
    for (const mdx of ['{1 + 1}', '<abbr>NATO</abbr>', 'export const a = 1', '{/* a comment */}', '![a photo](./photo.jpg)']) {
      expect(needsModule(parseMdx(mdx)), mdx).toBe(true);
    }
  });
});

describe('a built site with both kinds of article', () => {
  let outDir = '';
  const page = (id: string) => readFileSync(join(outDir, 'articles', id, 'index.html'), 'utf8');
  const prose = (id: string) => /<div class="prose">([\s\S]*?)<\/div><footer class="article-end">/.exec(page(id))?.[1] ?? '';
  // Serialisation differences only (`<br>`/`<br/>`, `>`/`&gt;`), gone after a parse; the blank
  // line the MDX comment leaves; line breaks between table rows and cells, which JSX drops;
  // and MDX writes a cell's alignment as a style attribute (the CSP blocks it), the fast path as `align`.
  const normalised = (html: string) =>
    toHtml(fromHtml(html, { fragment: true }))
      .replace(/>\n+</g, '>\n<')
      .replace(/<table>[\s\S]*?<\/table>/g, (table) => table.replace(/>\n</g, '><'))
      .replace(/ style="text-align:(\w+)"/g, ' align="$1"')
      .trim();

  beforeAll(async () => {
    outDir = await builtSite('tests/fixtures/render-paths');
  });

  it('renders plain MDX as @astrojs/mdx renders the same text', () => {
    expect(prose('plain')).toContain('<table>');
    expect(normalised(prose('plain'))).toBe(normalised(prose('compiled')));
  });

  it('renders an article with an expression, JSX and an export through @astrojs/mdx', () => {
    expect(prose('with-component')).toContain('<abbr title="North Atlantic Treaty Organization">NATO</abbr> in its name and 42 members');
  });

  it('gives both kinds a table of contents, reading time and print links', () => {
    for (const id of ['plain', 'compiled']) {
      const html = page(id);
      expect(html, id).toMatch(/<nav class="toc" aria-label="Contents">[\s\S]*href="#a-section-with-a-link-in-its-title"/);
      expect(html, id).toMatch(/<span class="reading-time">1 min read<\/span>/);
      expect(html, id).toMatch(/<section class="print-links"[\s\S]*<li><a href="https:\/\/example.com\/a" dir="ltr">/);
    }
  });

  it('gives every article page the same Content-Security-Policy, so dist/_headers does not grow with the articles', () => {
    const csp = (id: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page(id))?.[1];
    expect(csp('plain')).toMatch(/script-src/);
    expect(csp('compiled')).toBe(csp('plain'));
    expect(csp('with-component')).toBe(csp('plain'));
  });
});
