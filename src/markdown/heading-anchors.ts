// Options for rehype-autolink-headings: the link comes *after* the heading (inside a
// wrapper), so the heading's own name stays clean; the link has a real accessible
// name ("Section titled …") and stays reachable by Tab. The visible "#" is aria-hidden.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';

export const headingAnchorOptions: Options = {
  behavior: 'after',
  test: (el: Element) => el.properties?.['id'] !== 'footnote-label',
  group: () => h('div.heading-wrapper'),
  properties: { className: ['heading-anchor'] },
  content: (heading: Element): ElementContent[] => [
    h('span.anchor-glyph', { ariaHidden: 'true' }, '#'),
    h('span.visually-hidden', `Section titled “${toString(heading)}”`),
  ],
};
