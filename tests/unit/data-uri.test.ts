import { readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { svgDataUri } from '../../src/lib/data-uri.ts';

/** Each element of an SVG document, in order, with its attributes as a browser parses them. */
function elements(svg: string): [string, Element['properties']][] {
  const found: [string, Element['properties']][] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') found.push([node.tagName, node.properties]);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromHtml(svg, { fragment: true }));
  return found;
}

describe('svgDataUri', () => {
  it('percent-encodes what a URL or a double-quoted attribute cannot hold, and nothing else', () => {
    const uri = svgDataUri('<svg xmlns="http://www.w3.org/2000/svg">\n  <rect fill="#fff" width="100%"/>\n</svg>\n');
    expect(uri).toBe("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E %3Crect fill='%23fff' width='100%25'/%3E %3C/svg%3E");
    expect(uri).not.toMatch(/["<>#\s]{2}|[\n"<>#]/);
  });

  it('decodes back to the same drawing: the same elements with the same attribute values', () => {
    const svg = readFileSync('src/assets/favicon.svg', 'utf8');
    const uri = svgDataUri(svg);
    const decoded = decodeURIComponent(uri.slice(uri.indexOf(',') + 1));
    expect(elements(decoded)).toEqual(elements(svg));
    expect(elements(svg).map(([name]) => name)).toEqual(['svg', 'rect', 'path']);
  });
});
