// Numbering an article's external links for the print edition's "Links" endnotes.
import type { Element, Root } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { isExternalHref, numberExternalLinks, printLinksOf } from '../../src/lib/print/external-links.ts';
import rehypePrintLinks from '../../src/markdown/rehype-print-links.ts';

const SITE = 'https://folio.example';

describe('isExternalHref', () => {
  it.each([
    ['https://www.nato.int/x', true],
    ['http://example.com', true],
    ['//example.com/x', true],
    ['https://folio.example/articles/x/', false],
    ['/articles/x/', false],
    ['#p2', false],
    ['mailto:a@example.org', false],
    ['javascript:alert(1)', false],
    ['http://[not a url', false],
    ['  https://example.com/padded  ', true],
    ['/\\example.com/x', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['articles/x/', false],
    ['?q=nato', false],
  ])('%s → %s', (href, external) => {
    expect(isExternalHref(href, SITE)).toBe(external);
  });

  it('follows the site it is given', () => {
    expect(isExternalHref('https://folio.example/x', 'https://other.example')).toBe(true);
    expect(isExternalHref('https://folio.example/x', SITE)).toBe(false);
  });
});

/** Markdown → hast → the plugin; returns each link's [href, note] and the stored list. */
function render(markdown: string, file = new VFile({ value: markdown })) {
  const tree = toHast(unified().use(remarkParse).parse(markdown)) as Root;
  rehypePrintLinks({ site: SITE })(tree, file);
  const anchors: [unknown, unknown][] = [];
  visit(tree, 'element', (el: Element) => {
    if (el.tagName === 'a') anchors.push([el.properties['href'], el.properties['dataLinkNote']]);
  });
  const fm = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  return { anchors, links: printLinksOf(fm), frontmatter: fm };
}

describe('rehype-print-links', () => {
  it('numbers each distinct external URL once, in order, and stores the list', () => {
    const { anchors, links } = render(
      '[a](https://a.example/1) [same site](https://folio.example/x/) [b](http://b.example/) [a again](https://a.example/1) [fragment](#p1) [mail](mailto:x@y.z) [root](/)',
    );
    expect(links).toEqual(['https://a.example/1', 'http://b.example/']);
    expect(anchors).toEqual([
      ['https://a.example/1', '1'],
      ['https://folio.example/x/', undefined],
      ['http://b.example/', '2'],
      ['https://a.example/1', '1'],
      ['#p1', undefined],
      ['mailto:x@y.z', undefined],
      ['/', undefined],
    ]);
  });

  it('keeps frontmatter already there and stores an empty list for an article without links', () => {
    const { frontmatter } = render('Just text.', new VFile({ data: { astro: { frontmatter: { title: 'T' } } } }));
    expect(frontmatter).toEqual({ title: 'T', printLinks: [] });
  });

  it('numbers links written as MDX JSX elements too', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'mdxJsxTextElement',
          name: 'a',
          attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: 'https://jsx.example/' }],
          children: [],
        },
      ],
    } as unknown as Root;
    expect(numberExternalLinks(tree, SITE)).toEqual(['https://jsx.example/']);
    expect(JSON.stringify(tree)).toContain('{"type":"mdxJsxAttribute","name":"data-link-note","value":"1"}');
  });
});

describe('printLinksOf', () => {
  it('reads the stored list and ignores anything else', () => {
    expect(printLinksOf({ printLinks: ['https://a.example/', 3] })).toEqual(['https://a.example/']);
    expect(printLinksOf({})).toEqual([]);
    expect(printLinksOf(undefined)).toEqual([]);
  });
});
